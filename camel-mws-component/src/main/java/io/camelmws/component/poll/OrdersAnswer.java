package io.camelmws.component.poll;

import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import io.camelmws.component.xml.SafeXml;

/**
 * The orders of one ListOrders or ListOrdersByNextToken page and the LastUpdatedBefore MWS listed up to. Each
 * {@code <Order>} becomes its own small document, without the MWS namespace, so {@code xpath("/Order/OrderStatus")}
 * reads it as it stands.
 */
public record OrdersAnswer(List<OrderVersion> orders, Instant lastUpdatedBefore) {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /**
     * @param action the action that answered, for error messages
     * @throws IllegalStateException when the answer lacks what a poll relies on (an order's id or date)
     */
    public static OrdersAnswer of(String xml, String action) throws SafeXml.UnsafeOrMalformedXmlException {
        return SafeXml.read(xml, reader -> {
            List<OrderVersion> orders = new ArrayList<>();
            Instant lastUpdatedBefore = null;
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = reader.getLocalName();
                    if (depth == 3 && name.equals("LastUpdatedBefore")) {
                        lastUpdatedBefore = instant(action, "LastUpdatedBefore", reader.getElementText());
                        depth--;
                    } else if (depth == 4 && name.equals("Order")) {
                        orders.add(copyOrder(reader, action));
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return new OrdersAnswer(orders, lastUpdatedBefore);
        });
    }

    /** Copies the Order element the reader stands on, leaving the reader on its end tag. */
    private static OrderVersion copyOrder(XMLStreamReader reader, String action) throws XMLStreamException {
        StringWriter text = new StringWriter(2048);
        XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(text);
        String amazonOrderId = null;
        String lastUpdateDate = null;
        String child = null;
        int depth = 0;
        do {
            int event = reader.getEventType();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                child = depth == 2 ? reader.getLocalName() : null;
                writer.writeStartElement(reader.getLocalName());
                for (int i = 0; i < reader.getAttributeCount(); i++) {
                    writer.writeAttribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                String characters = reader.getText();
                writer.writeCharacters(characters);
                if ("AmazonOrderId".equals(child)) {
                    amazonOrderId = amazonOrderId == null ? characters : amazonOrderId + characters;
                } else if ("LastUpdateDate".equals(child)) {
                    lastUpdateDate = lastUpdateDate == null ? characters : lastUpdateDate + characters;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                child = null;
                writer.writeEndElement();
                if (depth == 0) {
                    break;
                }
            }
            reader.next();
        } while (true);
        writer.close();
        if (amazonOrderId == null || amazonOrderId.isBlank() || lastUpdateDate == null) {
            throw new IllegalStateException(action + " answered an Order without AmazonOrderId or LastUpdateDate; a poll cannot tell its"
                                            + " versions apart");
        }
        return new OrderVersion(amazonOrderId.trim(), instant(action, "LastUpdateDate", lastUpdateDate), text.toString());
    }

    private static Instant instant(String action, String element, String text) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(action + " answered " + element + " '" + text + "', which is not an ISO-8601 date", e);
        }
    }
}
