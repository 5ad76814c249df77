package io.camelmws.component.xml;

import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The only way the component reads XML from the network. DTDs and external entities are disabled, and a
 * document that declares a DOCTYPE at all is refused: MWS never sends one, so one in a response means a
 * proxy page or an attack (XXE), and neither is handed on.
 */
public final class SafeXml {

    private static final XMLInputFactory FACTORY = createFactory();
    /** For documents the call's scan has read whole: Aalto binds a ListOrders page about an eighth faster than Woodstox. */
    private static final XMLInputFactory SCANNED = createScannedFactory();

    private SafeXml() {
    }

    /** Thrown for a document that is not well-formed or declares a DOCTYPE. */
    public static final class UnsafeOrMalformedXmlException extends Exception {
        public UnsafeOrMalformedXmlException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What reads a document with the pull reader {@link #read} opened. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(XMLStreamReader reader) throws XMLStreamException;
    }

    /** Reads {@code xml} with a reader that stops at any DOCTYPE, and closes it; a parse failure becomes the checked exception. */
    public static <T> T read(String xml, Reading<T> reading) throws UnsafeOrMalformedXmlException {
        XMLStreamReader reader = reader(xml);
        try {
            return reading.read(reader);
        } catch (XMLStreamException e) {
            throw new UnsafeOrMalformedXmlException(e.getMessage(), e);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // Nothing to release: the reader works on a String.
            }
        }
    }

    /** A pull reader over {@code xml} that stops at any DOCTYPE. */
    public static XMLStreamReader reader(String xml) throws UnsafeOrMalformedXmlException {
        try {
            return new DoctypeRefusingReader(FACTORY.createXMLStreamReader(new StringReader(xml)));
        } catch (XMLStreamException e) {
            throw new UnsafeOrMalformedXmlException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /**
     * A plain pull reader over a document already read to its end without a DOCTYPE or an entity but XML's own five (by
     * the call's scan: {@link Utf8AnswerScan} or a reader of {@link #reader(String)}), for binding it again at full
     * speed: DTDs stay unsupported and external entities off, so even a document that skipped the scan could not expand one.
     */
    public static XMLStreamReader readerOfScanned(String xml) throws UnsafeOrMalformedXmlException {
        try {
            return SCANNED.createXMLStreamReader(new StringReader(xml));
        } catch (XMLStreamException e) {
            throw new UnsafeOrMalformedXmlException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** A pull reader over a document stream (UTF-8 unless its prolog says otherwise) that stops at any DOCTYPE. */
    public static XMLStreamReader reader(java.io.InputStream xml) throws UnsafeOrMalformedXmlException {
        try {
            return new DoctypeRefusingReader(FACTORY.createXMLStreamReader(xml));
        } catch (XMLStreamException e) {
            throw new UnsafeOrMalformedXmlException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static XMLInputFactory createFactory() {
        // Woodstox by name, not by service lookup: the settings below are checked against it, and it parses MWS's answers
        // several times faster than the JDK's implementation.
        XMLInputFactory factory = new com.ctc.wstx.stax.WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static XMLInputFactory createScannedFactory() {
        // Aalto by name, as Woodstox above. It reads only documents the Woodstox scan has read whole (no DOCTYPE, no
        // entity but XML's own five); DTDs and external entities are off here as well.
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException notSupportedByThisImplementation) {
            // The DOCTYPE refusal below still holds whatever the StAX implementation is.
        }
    }

    /** Delegating reader that turns a DTD event or an entity reference (never declared: there is no DTD) into an error. */
    private static final class DoctypeRefusingReader extends javax.xml.stream.util.StreamReaderDelegate {
        DoctypeRefusingReader(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("the document declares a DOCTYPE; DTDs and external entities are refused");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("the document refers to entity &" + getLocalName() + "; which nothing declares; entities are refused");
            }
            return event;
        }

        /**
         * The StAX algorithm, over {@link #next()}: the delegate's own getElementText reads past an undeclared entity
         * reference without reporting it (a&amp;xxe;b came out as "aab"), which would hand on an altered value.
         */
        @Override
        public String getElementText() throws XMLStreamException {
            if (getEventType() != XMLStreamConstants.START_ELEMENT) {
                throw new XMLStreamException("not at a START_ELEMENT, cannot read element text", getLocation());
            }
            StringBuilder text = new StringBuilder();
            for (int event = next(); event != XMLStreamConstants.END_ELEMENT; event = next()) {
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
                    text.append(getText());
                } else if (event != XMLStreamConstants.COMMENT && event != XMLStreamConstants.PROCESSING_INSTRUCTION) {
                    throw new XMLStreamException("element text contains something other than text (event " + event + ")", getLocation());
                }
            }
            return text.toString();
        }
    }
}
