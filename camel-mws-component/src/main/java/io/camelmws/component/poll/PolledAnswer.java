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
                    items.add(copyItem(reader, spec, list, action));
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
    private static PolledItem copyItem(XMLStreamReader reader, PollSpec spec, String list, String action) throws XMLStreamException {
        Copy copy = copy(reader, list != null);
        Map<String, String> fields = copy.fields();
        String id = fields.get(spec.id());
        String version = fields.get(spec.version());
        if (id == null || id.isBlank() || version == null || version.isBlank()) {
            throw new IllegalStateException(action + " answered a " + spec.item() + " without " + spec.id() + " or " + spec.version()
                                            + "; a poll cannot tell its versions apart");
        }
        return new PolledItem(list == null ? id : listedId(list, id, copy.leaves()), instant(action, spec.version(), version), copy.text(), fields);
    }

    /**
     * The id of an item taken from one of several lists, which MWS gives no id of its own (a financial event): its list,
     * its {@code id} element and a digest of its whole element, so two events of one order posted at the same instant
     * (a shipment and a refund, two parcels) stay apart, and the same event listed again is the same id. The digest is
     * of its values by path, sorted: MWS promises no order of sibling elements, and one event listed twice in another
     * order is still one event.
     */
    private static String listedId(String list, String id, List<String> leaves) {
        try {
            List<String> sorted = new ArrayList<>(leaves);
            java.util.Collections.sort(sorted);
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", sorted).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return list + "|" + id + "|" + java.util.HexFormat.of().formatHex(digest, 0, 8);
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

    /** An element as text, the text of its direct children by name, and when asked every text value by its path. */
    private record Copy(String text, Map<String, String> fields, List<String> leaves) {
    }

    /** Copies the element the reader stands on, leaving the reader on its end tag. */
    private static Copy copy(XMLStreamReader reader) throws XMLStreamException {
        return copy(reader, false);
    }

    /** @param withLeaves whether to collect each text value as path=text (ShipmentItemList/ShipmentItem/SellerSKU=A1) */
    private static Copy copy(XMLStreamReader reader, boolean withLeaves) throws XMLStreamException {
        List<String> leaves = withLeaves ? new ArrayList<>() : List.of();
        java.util.Deque<String> path = new java.util.ArrayDeque<>();
        StringBuilder leafText = new StringBuilder();
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
                if (withLeaves) {
                    path.addLast(reader.getLocalName());
                    leafText.setLength(0);
                }
                for (int i = 0; i < reader.getAttributeCount(); i++) {
                    writer.writeAttribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                writer.writeCharacters(reader.getText());
                if (withLeaves) {
                    leafText.append(reader.getText());
                }
                if (depth == 2) {
                    childText.append(reader.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 2 && child != null) {
                    fields.putIfAbsent(child, childText.toString().trim());
                }
                depth--;
                writer.writeEndElement();
                if (withLeaves) {
                    String value = leafText.toString().trim();
                    if (!value.isEmpty()) {
                        leaves.add(String.join("/", path) + "=" + value);
                    }
                    leafText.setLength(0);
                    path.removeLast();
                }
                if (depth == 0) {
                    break;
                }
            }
            reader.next();
        } while (true);
        writer.close();
        return new Copy(text.toString(), fields, leaves);
    }

    private static Instant instant(String action, String element, String text) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(action + " answered " + element + " '" + text + "', which is not an ISO-8601 date", e);
        }
    }
}
