package io.camelmws.component.poll;

import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import io.camelmws.component.catalog.PollSpec;
import io.camelmws.component.xml.SafeXml;

/**
 * The items of one list page, as the catalog's {@link PollSpec} names them, and the window's end MWS answered (its
 * {@code before} element) when it has one, and whether the consumer closed the window itself before MWS's present
 * ({@code windowCapped}: more windows follow at once). Each item becomes its own small document without the MWS namespace, so
 * {@code xpath("/Order/OrderStatus")} reads it as it stands.
 */
public record PolledAnswer(List<PolledItem> items, Instant listedUntil, boolean windowCapped) {

    /** A listing whose window ran to MWS's present (or to where MWS closed it). */
    public PolledAnswer(List<PolledItem> items, Instant listedUntil) {
        this(items, listedUntil, false);
    }

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /**
     * @param action the action that answered, for error messages
     * @throws IllegalStateException when the answer lacks what a poll relies on (an item's id or version)
     */
    public static PolledAnswer of(String xml, PollSpec spec, String action) throws SafeXml.UnsafeOrMalformedXmlException {
        return SafeXml.read(xml, reader -> {
            List<PolledItem> items = new ArrayList<>();
            Instant listedUntil = null;
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = reader.getLocalName();
                if (name.equals(spec.before())) {
                    listedUntil = instant(action, name, reader.getElementText());
                } else if (name.equals(spec.item())) {
                    items.add(copyItem(reader, spec, action));
                }
            }
            return new PolledAnswer(items, listedUntil);
        });
    }

    /**
     * Every element named {@code name} of an answer, each as a small document of its own (an order's items).
     *
     * @throws IllegalStateException when the answer is not well-formed XML
     */
    public static List<String> elements(String xml, String name, String action) {
        try {
            return SafeXml.read(xml, reader -> {
                List<String> elements = new ArrayList<>();
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(name)) {
                        elements.add(copy(reader).text());
                    }
                }
                return elements;
            });
        } catch (SafeXml.UnsafeOrMalformedXmlException e) {
            throw new IllegalStateException(action + " answered XML that cannot be read: " + e.getMessage(), e);
        }
    }

    /** Copies the item element the reader stands on, leaving the reader on its end tag. */
    private static PolledItem copyItem(XMLStreamReader reader, PollSpec spec, String action) throws XMLStreamException {
        Copy copy = copy(reader);
        Map<String, String> fields = copy.fields();
        String id = fields.get(spec.id());
        String version = fields.get(spec.version());
        if (id == null || id.isBlank() || version == null || version.isBlank()) {
            throw new IllegalStateException(action + " answered a " + spec.item() + " without " + spec.id() + " or " + spec.version()
                                            + "; a poll cannot tell its versions apart");
        }
        return new PolledItem(id, instant(action, spec.version(), version), copy.text(), fields);
    }

    /** An element as text, and the text of its direct children by name. */
    private record Copy(String text, Map<String, String> fields) {
    }

    /** Copies the element the reader stands on, leaving the reader on its end tag. */
    private static Copy copy(XMLStreamReader reader) throws XMLStreamException {
        StringWriter text = new StringWriter(2048);
        XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(text);
        Map<String, String> fields = new HashMap<>();
        String child = null;
        StringBuilder childText = new StringBuilder();
        int depth = 0;
        do {
            int event = reader.getEventType();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2) {
                    child = reader.getLocalName();
                    childText.setLength(0);
                }
                writer.writeStartElement(reader.getLocalName());
                for (int i = 0; i < reader.getAttributeCount(); i++) {
                    writer.writeAttribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                writer.writeCharacters(reader.getText());
                if (depth == 2) {
                    childText.append(reader.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 2 && child != null) {
                    fields.putIfAbsent(child, childText.toString().trim());
                }
                depth--;
                writer.writeEndElement();
                if (depth == 0) {
                    break;
                }
            }
            reader.next();
        } while (true);
        writer.close();
        return new Copy(text.toString(), fields);
    }

    private static Instant instant(String action, String element, String text) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(action + " answered " + element + " '" + text + "', which is not an ISO-8601 date", e);
        }
    }
}
