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
import io.camelmws.component.http.IsoInstant;
import io.camelmws.component.xml.ListedItems;
import io.camelmws.component.xml.ResponseScan;
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
            // The list element being read, when the catalog names the lists items are taken from (ListFinancialEvents).
            String list = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals(list)) {
                    list = null;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = reader.getLocalName();
                if (name.equals(spec.before())) {
                    listedUntil = instant(action, name, reader.getElementText());
                } else if (spec.lists().contains(name)) {
                    list = name;
                } else if (name.equals(spec.item()) && (spec.lists().isEmpty() || list != null)) {
                    items.add(copyItem(reader, xml, spec, list, action));
                }
            }
            return new PolledAnswer(items, listedUntil);
        });
    }

    /** What a call's scan notes of a poll's items (see {@link #of(String, ListedItems.Found, PollSpec, String)}). */
    public static ListedItems listedItemsOf(PollSpec spec) {
        return new ListedItems(spec.item(), java.util.Set.copyOf(spec.lists()), spec.keptFields(), spec.before());
    }

    /**
     * The items the call's scan noted in {@code xml} ({@link ResponseScan#of(String, ListedItems)}), cut out of it
     * without reading it again; the same items {@link #of(String, PollSpec, String)} reads. An item with a namespace
     * prefix of its own cannot be cut out as it stands, so such a page is read again and its items written anew.
     *
     * @throws IllegalStateException when the answer lacks what a poll relies on (an item's id or version)
     */
    public static PolledAnswer of(String xml, ListedItems.Found found, PollSpec spec, String action) throws SafeXml.UnsafeOrMalformedXmlException {
        List<PolledItem> items = new ArrayList<>(found.items().size());
        for (ListedItems.Item item : found.items()) {
            if (!item.prefixFree()) {
                return of(xml, spec, action);
            }
            items.add(item(xml.substring(item.start(), item.end()), item.fields(), item.list(), spec, action));
        }
        return new PolledAnswer(items, found.before() == null ? null : instant(action, spec.before(), found.before()));
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
                        elements.add(copy(reader, xml, java.util.Set.of()).text());
                    }
                }
                return elements;
            });
        } catch (SafeXml.UnsafeOrMalformedXmlException e) {
            throw new IllegalStateException(action + " answered XML that cannot be read: " + e.getMessage(), e);
        }
    }

    /** Copies the item element the reader stands on, leaving the reader on its end tag. */
    private static PolledItem copyItem(XMLStreamReader reader, String source, PollSpec spec, String list, String action) throws XMLStreamException {
        Copy copy = copy(reader, source, spec.keptFields());
        return item(copy.text(), copy.fields(), list, spec, action);
    }

    private static PolledItem item(String text, Map<String, String> fields, String list, PollSpec spec, String action) {
        String id = fields.get(spec.id());
        if (spec.version() == null) {
            // A state without an instant of its own (an FBA supply): undated here, its source dates and keys it.
            if (id == null || id.isBlank()) {
                throw new IllegalStateException(action + " answered a " + spec.item() + " without " + spec.id() + "; a poll cannot tell it apart");
            }
            return new PolledItem(id, Instant.EPOCH, text, fields);
        }
        String version = fields.get(spec.version());
        if (id == null || id.isBlank() || version == null || version.isBlank()) {
            throw new IllegalStateException(action + " answered a " + spec.item() + " without " + spec.id() + " or " + spec.version()
                                            + "; a poll cannot tell its versions apart");
        }
        return new PolledItem(list == null ? id : listedId(list, id, text), instant(action, spec.version(), version), text, fields);
    }

    /**
     * The id of an item taken from one of several lists, which MWS gives no id of its own (a financial event): its list,
     * its {@code id} element and a digest of its whole element, so two events of one order posted at the same instant
     * (a shipment and a refund, two parcels) stay apart, and the same event listed again is the same id. The digest is
     * of its text values by path, sorted: MWS promises no order of sibling elements, and one event listed twice in
     * another order is still one event.
     */
    private static String listedId(String list, String id, String xml) {
        return list + "|" + id + "|" + digest(xml);
    }

    /**
     * A digest of an item element's text values by path, sorted, in 16 hex digits: the same values in another order of
     * sibling elements are the same digest (MWS promises no order), any other value another one.
     *
     * @throws IllegalStateException when {@code xml} is not well-formed
     */
    public static String digest(String xml) {
        List<String> leaves;
        try {
            leaves = SafeXml.read(xml, reader -> {
                List<String> found = new ArrayList<>();
                java.util.Deque<String> path = new java.util.ArrayDeque<>();
                StringBuilder value = new StringBuilder();
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        path.addLast(reader.getLocalName());
                        value.setLength(0);
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        value.append(reader.getText());
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (!value.toString().isBlank()) {
                            found.add(String.join("/", path) + "=" + value.toString().trim());
                        }
                        value.setLength(0);
                        path.removeLast();
                    }
                }
                return found;
            });
        } catch (SafeXml.UnsafeOrMalformedXmlException e) {
            throw new IllegalStateException("a listed element cannot be read again: " + e.getMessage(), e);
        }
        java.util.Collections.sort(leaves);
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", leaves).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The list an item of {@link #listedId} was taken from (ShipmentEventList), or null for an item of a single list. */
    public static String listOf(PolledItem item, PollSpec spec) {
        if (spec.lists().isEmpty()) {
            return null;
        }
        return item.id().substring(0, item.id().indexOf('|'));
    }

    /** An element as text, and the text of its direct children by name. */
    private record Copy(String text, Map<String, String> fields) {
    }

    /**
     * Copies the element the reader stands on, leaving the reader on its end tag. An element without namespace
     * prefixes or declarations of its own is cut out of {@code source} as it stands (the answer's default namespace
     * is declared on its root, so the cut-out has none), which is several times cheaper than writing it anew; any
     * other element is written anew without namespaces.
     */
    private static Copy copy(XMLStreamReader reader, String source, java.util.Set<String> kept) throws XMLStreamException {
        int start = (int) reader.getLocation().getCharacterOffset();
        StringWriter text = null;
        XMLStreamWriter writer = null;
        Map<String, String> fields = new HashMap<>();
        String child = null;
        StringBuilder childText = new StringBuilder();
        int depth = 0;
        int end = -1;
        do {
            int event = reader.getEventType();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2) {
                    child = reader.getLocalName();
                    childText.setLength(0);
                }
                if (writer == null && !ResponseScan.prefixFree(reader)) {
                    // Written anew from here on; what was read so far is written first, from the cut-out's start.
                    text = new StringWriter(2048);
                    writer = rewriteSoFar(text, source, start, (int) reader.getLocation().getCharacterOffset());
                }
                if (writer != null) {
                    writer.writeStartElement(reader.getLocalName());
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        writer.writeAttribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (writer != null) {
                    writer.writeCharacters(reader.getText());
                }
                if (depth == 2 && kept.contains(child)) {
                    childText.append(reader.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 2 && child != null && kept.contains(child)) {
                    fields.putIfAbsent(child, childText.toString().trim());
                }
                depth--;
                if (writer != null) {
                    writer.writeEndElement();
                }
                if (depth == 0) {
                    end = source.indexOf('>', (int) reader.getLocation().getCharacterOffset()) + 1;
                    break;
                }
            }
            reader.next();
        } while (true);
        if (writer != null) {
            writer.close();
            return new Copy(text.toString(), fields);
        }
        return new Copy(source.substring(start, end), fields);
    }

    /** A writer that has written, without namespaces, the prefix-free part of the element read so far. */
    private static XMLStreamWriter rewriteSoFar(StringWriter text, String source, int from, int to) throws XMLStreamException {
        XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(text);
        if (to > from) {
            // The part read so far has no prefixes: re-read it and write its events; its open elements stay open.
            XMLStreamReader part;
            try {
                part = SafeXml.readerOfScanned(source.substring(from, to));
            } catch (SafeXml.UnsafeOrMalformedXmlException e) {
                throw new XMLStreamException(e.getMessage(), e);
            }
            try {
                while (part.hasNext()) {
                    int event = part.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        writer.writeStartElement(part.getLocalName());
                        for (int i = 0; i < part.getAttributeCount(); i++) {
                            writer.writeAttribute(part.getAttributeLocalName(i), part.getAttributeValue(i));
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        writer.writeCharacters(part.getText());
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        writer.writeEndElement();
                    }
                }
            } catch (XMLStreamException unfinished) {
                // The part ends inside open elements, which the fragment reader reports at its end: they stay open here.
            } finally {
                part.close();
            }
        }
        return writer;
    }

    private static Instant instant(String action, String element, String text) {
        try {
            String trimmed = text.trim();
            // MWS's usual UTC shape read directly: java.time's parser was a twentieth of a consumer's CPU per order.
            return trimmed.endsWith("Z") ? IsoInstant.parse(trimmed) : OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(action + " answered " + element + " '" + text + "', which is not an ISO-8601 date", e);
        }
    }
}
