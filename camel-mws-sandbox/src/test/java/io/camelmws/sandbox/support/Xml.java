package io.camelmws.sandbox.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Reads sandbox responses the strict way a JAXB client would: namespace-aware, well-formed or failing. */
public final class Xml {

    private final Document document;

    private Xml(Document document) {
        this.document = document;
    }

    public static Xml parse(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Xml(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + body, e);
        }
    }

    public String rootName() {
        return document.getDocumentElement().getLocalName();
    }

    public String rootNamespace() {
        return document.getDocumentElement().getNamespaceURI();
    }

    /** Text of the only element with this local name (in any namespace), or null if absent. */
    public String text(String localName) {
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        if (nodes.getLength() > 1) {
            throw new AssertionError("More than one <" + localName + ">");
        }
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    /** The namespace of the only element with this local name. */
    public String namespaceOf(String localName) {
        return document.getElementsByTagNameNS("*", localName).item(0).getNamespaceURI();
    }
}
