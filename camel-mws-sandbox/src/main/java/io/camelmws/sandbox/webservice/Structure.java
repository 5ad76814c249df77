package io.camelmws.sandbox.webservice;

import io.camelmws.sandbox.response.XmlWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A flat structure of text fields that a request sends as {@code Name.Field} parameters and an answer repeats as
 * elements: the addresses of the fulfilment sections, whose field names differ per section
 * ({@code Line1} outbound, {@code AddressLine1} inbound and merchant fulfilment). The section gives its fields as
 * data ({@link Shape}); reading checks the required ones and writing keeps the shape's order.
 */
public final class Structure {

    /**
     * The fields of one kind of structure, in the order answers write them.
     *
     * @param fields   every field name
     * @param required the fields a request must send
     */
    public record Shape(List<String> fields, Set<String> required) {
        public Shape {
            fields = List.copyOf(fields);
            required = Set.copyOf(required);
            if (!fields.containsAll(required)) {
                throw new IllegalArgumentException("required fields " + required + " are not all in " + fields);
            }
        }

        /**
         * The structure {@code parameters} describe.
         *
         * @throws OperationFailure MissingParameter naming the first required field absent (its whole name)
         */
        public Structure read(WebServiceParameters parameters) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String field : fields) {
                String value = required.contains(field) ? parameters.required(field) : parameters.optional(field);
                if (value != null) {
                    values.put(field, value);
                }
            }
            return new Structure(this, values);
        }

        /** A structure of known values (field, value pairs), for what the sandbox itself makes. */
        public Structure of(String... fieldsAndValues) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
                if (!fields.contains(fieldsAndValues[i])) {
                    throw new IllegalArgumentException("no field " + fieldsAndValues[i] + " in " + fields);
                }
                if (fieldsAndValues[i + 1] != null) {
                    values.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
                }
            }
            return new Structure(this, values);
        }
    }

    private final Shape shape;
    private final Map<String, String> values;

    private Structure(Shape shape, Map<String, String> values) {
        this.shape = shape;
        this.values = Collections.unmodifiableMap(values);
    }

    /** The field's value, or {@code null} when it was not sent. */
    public String get(String field) {
        return values.get(field);
    }

    /** This structure with the fields {@code changes} sent replacing its own (an update request's partial structure). */
    public Structure with(Structure changes) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (String field : shape.fields()) {
            String value = changes.values.containsKey(field) ? changes.values.get(field) : values.get(field);
            if (value != null) {
                merged.put(field, value);
            }
        }
        return new Structure(shape, merged);
    }

    /** {@code <element>} with the fields that have a value, in the shape's order. */
    public XmlWriter write(XmlWriter xml, String element) {
        xml.start(element);
        values.forEach(xml::element);
        return xml.end(element);
    }
}
