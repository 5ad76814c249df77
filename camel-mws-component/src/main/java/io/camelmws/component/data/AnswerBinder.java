package io.camelmws.component.data;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import io.camelmws.component.model.PerItemResults;
import io.camelmws.component.xml.SafeXml;

/**
 * Reads the Result element of an MWS answer ({@code ListOrdersResponse/ListOrdersResult}) into its typed model with
 * Jackson XML, and writes models as typed JSON. The answer has been read whole by the call's scan already, so it is
 * known to be well-formed and free of DOCTYPE and entities; the reader here refuses them as well. Elements a model
 * does not know are ignored: MWS added elements over the years, and an integration must not break on one.
 */
public final class AnswerBinder {

    private static final XmlMapper XML = XmlMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(MwsInstants.module())
            .build();

    /**
     * Typed JSON: numbers as numbers (amounts exactly as sent), booleans as booleans, lists as arrays (empty ones too),
     * dates in ISO 8601; what MWS did not send is left out rather than written as null.
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addModule(MwsInstants.module())
            .build();

    private AnswerBinder() {
    }

    /** Thrown when the answer has no Result element or a value does not fit the model; says which and where. */
    public static final class BindingException extends Exception {
        BindingException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The answer's Result element (the root's first child whose name ends in Result) as {@code type}, or for a
     * {@link PerItemResults} model the whole answer with its Result per item. For answers the call's scan has read
     * whole (so free of DOCTYPE and entities); others go through {@link #read(String, Class)}.
     */
    public static <T> T bind(String answer, Class<T> type) throws BindingException {
        try {
            XMLStreamReader reader = SafeXml.readerOfScanned(answer);
            try {
                if (PerItemResults.class.isAssignableFrom(type)) {
                    if (!toRootElement(reader)) {
                        throw new BindingException("the answer has no element", null);
                    }
                    return XML.readValue(reader, type);
                }
                if (!toResultElement(reader)) {
                    throw new BindingException("the answer has no Result element", null);
                }
                return XML.readValue(reader, type);
            } finally {
                reader.close();
            }
        } catch (SafeXml.UnsafeOrMalformedXmlException | XMLStreamException e) {
            throw new BindingException(e.getMessage(), e);
        } catch (java.io.IOException e) {
            // Jackson's message names the element path and the value it could not read.
            throw new BindingException(e.getMessage(), e);
        }
    }

    /**
     * MWS XML from anywhere (a file, a queue, the consumer's one order) as {@code type}: a whole answer
     * ({@code ListOrdersResponse}) binds its Result element, any other document binds its root element
     * ({@code <Order>} to {@code Order}).
     */
    public static <T> T read(java.io.InputStream xml, Class<T> type) throws BindingException {
        try {
            return read(SafeXml.reader(xml), type);
        } catch (SafeXml.UnsafeOrMalformedXmlException e) {
            throw new BindingException(e.getMessage(), e);
        }
    }

    /** {@link #read(java.io.InputStream, Class)} of XML already decoded into text (its prolog's encoding no longer applies). */
    public static <T> T read(String xml, Class<T> type) throws BindingException {
        try {
            return read(SafeXml.reader(xml), type);
        } catch (SafeXml.UnsafeOrMalformedXmlException e) {
            throw new BindingException(e.getMessage(), e);
        }
    }

    private static <T> T read(XMLStreamReader reader, Class<T> type) throws BindingException {
        try {
            try {
                while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                    // the prolog: comments, processing instructions, whitespace
                }
                if (!reader.isStartElement()) {
                    throw new BindingException("the document has no element", null);
                }
                if (reader.getLocalName().endsWith("Response") && !PerItemResults.class.isAssignableFrom(type)
                    && !toChildEndingInResult(reader)) {
                    throw new BindingException("the answer has no Result element", null);
                }
                return XML.readValue(reader, type);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | java.io.IOException e) {
            throw new BindingException(e.getMessage(), e);
        }
    }

    /**
     * A downloaded XML document (a processing report) as {@code type}, bound at its first element named as the model
     * ({@code AmazonEnvelope/Message/ProcessingReport} to {@code ProcessingReport}).
     */
    public static <T> T readDocument(java.io.InputStream xml, Class<T> type) throws BindingException {
        try {
            XMLStreamReader reader = SafeXml.reader(xml);
            try {
                String element = type.getSimpleName();
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(element)) {
                        return XML.readValue(reader, type);
                    }
                }
                throw new BindingException("the document has no " + element + " element", null);
            } finally {
                reader.close();
            }
        } catch (SafeXml.UnsafeOrMalformedXmlException | XMLStreamException | java.io.IOException e) {
            throw new BindingException(e.getMessage(), e);
        }
    }

    /** The local name of {@code xml}'s root element, read without reading further. */
    public static String rootElement(java.io.InputStream xml) throws BindingException {
        try {
            XMLStreamReader reader = SafeXml.reader(xml);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return reader.getLocalName();
                    }
                }
                throw new BindingException("the document has no element", null);
            } finally {
                reader.close();
            }
        } catch (SafeXml.UnsafeOrMalformedXmlException | XMLStreamException e) {
            throw new BindingException(e.getMessage(), e);
        }
    }

    private static boolean toChildEndingInResult(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2 && reader.getLocalName().endsWith("Result")) {
                    return true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return false;
    }

    /** {@code model} as typed JSON text. */
    public static String json(Object model) {
        try {
            return JSON.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            // The models are plain records of strings, numbers, booleans, instants and lists: nothing here can fail.
            throw new IllegalStateException("cannot write " + model.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static boolean toRootElement(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    private static boolean toResultElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2 && reader.getLocalName().endsWith("Result")) {
                    return true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return false;
    }
}
