package io.camelmws.sandbox.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Namespace-aware DOM reading of sandbox answers for tests that walk repeated elements. */
public final class Dom {

    private Dom() {
    }

    public static Element root(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + body, e);
        }
    }

    /** Every descendant of {@code parent} with this local name, in document order. */
    public static List<Element> all(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The children of {@code parent} with this local name. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** The text of the only child with this local name, or null. */
    public static String text(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        if (found.size() > 1) {
            throw new AssertionError("More than one <" + localName + "> in <" + parent.getLocalName() + ">");
        }
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }
}
