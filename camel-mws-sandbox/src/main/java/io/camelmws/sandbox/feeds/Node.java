package io.camelmws.sandbox.feeds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element of a feed message, read from the stream with its children: enough of a tree to check a message,
 * built for one message at a time.
 *
 * @param name       local name
 * @param attributes attribute values by local name
 * @param text       the element's own text, trimmed
 * @param children   child elements in document order
 * @param line       line of the start tag
 * @param column     column of the start tag
 */
record Node(String name, Map<String, String> attributes, String text, List<Node> children, int line, int column) {

    /** Reads the element the reader is on (a START_ELEMENT) up to its end tag. */
    static Node read(XMLStreamReader reader) throws XMLStreamException {
        String name = reader.getLocalName();
        int line = reader.getLocation().getLineNumber();
        int column = reader.getLocation().getColumnNumber();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        StringBuilder text = new StringBuilder();
        List<Node> children = new ArrayList<>();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                children.add(read(reader));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return new Node(name, attributes, text.toString().trim(), List.copyOf(children), line, column);
    }

    /** The first child called {@code childName}, or {@code null}. */
    Node child(String childName) {
        for (Node child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /** The text of the first child called {@code childName}, or {@code null}. */
    String childText(String childName) {
        Node child = child(childName);
        return child == null ? null : child.text;
    }
}
