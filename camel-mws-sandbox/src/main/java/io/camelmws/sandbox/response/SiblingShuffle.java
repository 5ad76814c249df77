package io.camelmws.sandbox.response;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reorders the child elements of every element of an XML answer, as real MWS did not keep a stable element order
 * within a parent (REFERENCE 8.1: it changed between recordings), so that a client can prove its parsing goes by
 * name. Elements of the same name stay together and in their order (list items keep their meaning: newest first,
 * by purchase date); only the order of the different names changes. The order is a function of the seed and of
 * the answer's shape (its element names, not their texts, which hold request ids and instants): the same seed
 * gives answers of the same shape the same order, on any thread, in any run, so a failure can be replayed.
 * <p>
 * Only API answers are reordered (the {@code text/xml} documents {@link XmlWriter} writes, errors included), never
 * a report or a feed processing report, which are documents the seller's own systems produced the order of.
 */
public final class SiblingShuffle {

    /** One factory per thread: the StAX API does not promise that a factory may be shared. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SiblingShuffle::factory);

    private final long seed;

    public SiblingShuffle(long seed) {
        this.seed = seed;
    }

    /** {@code response} with its elements reordered when it is an XML answer held in memory; else itself. */
    public SandboxResponse apply(SandboxResponse response) {
        if (response.stream() != null || response.body().length == 0
                || !SandboxResponse.TEXT_XML.equals(response.contentType())) {
            return response;
        }
        return response.withBody(shuffle(response.body()));
    }

    /** The document with the children of each element reordered, written as {@link XmlWriter} writes. */
    byte[] shuffle(byte[] xml) {
        Element root = parse(xml);
        CRC32 shape = new CRC32();
        root.addShapeTo(shape);
        SplittableRandom random = new SplittableRandom(seed ^ (shape.getValue() * 0x9E3779B97F4A7C15L));
        StringBuilder out = new StringBuilder(xml.length + 64).append("<?xml version=\"1.0\"?>\n");
        write(root, out, 0, random);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Element element, StringBuilder out, int depth, SplittableRandom random) {
        indent(out, depth);
        out.append('<').append(element.name);
        for (String[] attribute : element.attributes) {
            out.append(' ').append(attribute[0]).append("=\"");
            XmlWriter.appendEscaped(out, attribute[1], true);
            out.append('"');
        }
        out.append('>');
        if (element.children.isEmpty()) {
            XmlWriter.appendEscaped(out, element.text.toString(), false);
        } else {
            out.append('\n');
            for (Element child : shuffled(element.children, random)) {
                write(child, out, depth + 1, random);
            }
            indent(out, depth);
        }
        out.append("</").append(element.name).append(">\n");
    }

    /** The children grouped by name, the groups in a random order, each group in its own order. */
    private static List<Element> shuffled(List<Element> children, SplittableRandom random) {
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        for (Element child : children) {
            groups.computeIfAbsent(child.name, name -> new ArrayList<>()).add(child);
        }
        List<List<Element>> order = new ArrayList<>(groups.values());
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            List<Element> swapped = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swapped);
        }
        List<Element> result = new ArrayList<>(children.size());
        order.forEach(result::addAll);
        return result;
    }

    private static void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    private static Element parse(byte[] xml) {
        try {
            XMLStreamReader reader = FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(xml));
            List<Element> open = new ArrayList<>();
            Element root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Element element = new Element(reader.getLocalName(), attributes(reader));
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.get(open.size() - 1).children.add(element);
                    }
                    open.add(element);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.remove(open.size() - 1);
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && !open.isEmpty()) {
                    open.get(open.size() - 1).text.append(reader.getText());
                }
            }
            if (root == null) {
                throw new IllegalStateException("An XML answer without a root element");
            }
            return root;
        } catch (XMLStreamException e) {
            // The sandbox wrote this answer itself: failing to read it back is a sandbox bug.
            throw new IllegalStateException("The sandbox cannot read back its own XML answer", e);
        }
    }

    /** Attributes as written, namespace declarations included (the reader is not namespace-aware). */
    private static List<String[]> attributes(XMLStreamReader reader) {
        List<String[]> attributes = new ArrayList<>(reader.getAttributeCount());
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            QName name = reader.getAttributeName(i);
            String written = name.getPrefix() == null || name.getPrefix().isEmpty() ? name.getLocalPart()
                    : name.getPrefix() + ":" + name.getLocalPart();
            attributes.add(new String[] {written, reader.getAttributeValue(i)});
        }
        return attributes;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** One element of the answer: its name as written (with any prefix), attributes, text and children. */
    private static final class Element {
        final String name;
        final List<String[]> attributes;
        final StringBuilder text = new StringBuilder();
        final List<Element> children = new ArrayList<>();

        Element(String name, List<String[]> attributes) {
            this.name = name;
            this.attributes = attributes;
        }

        /** Feeds the names of this element and its descendants, nesting included, to {@code shape}. */
        void addShapeTo(CRC32 shape) {
            shape.update(name.getBytes(StandardCharsets.UTF_8));
            shape.update('(');
            children.forEach(child -> child.addShapeTo(shape));
            shape.update(')');
        }
    }
}
