package io.camelmws.sandbox.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Processes an XML feed as a stream, one {@code Message} at a time, so a feed of hundreds of MiB needs no more
 * memory than its largest message. A document that is not well-formed, or whose envelope is wrong, fails as a
 * whole with one result (MessageID 0, code 5001 "XML Parsing Fatal Error at Line L, Column C: ...", as MWS
 * reported it); every well-formed message is then checked on its own by {@link MessageRules} and a broken one
 * is reported with its MessageID and code 5000.
 */
final class XmlFeedProcessor {

    static final int FATAL = 5001;

    private XmlFeedProcessor() {
    }

    /** @param charset the charset the Content-Type declared, or {@code null} to read the XML prolog's */
    static ProcessingReport process(ReceivedFeed feed, FeedType type, Charset charset) {
        Results results = new Results();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try (InputStream in = Files.newInputStream(feed.path())) {
            XMLStreamReader reader = charset == null ? factory.createXMLStreamReader(in)
                    : factory.createXMLStreamReader(new InputStreamReader(in, charset));
            try {
                readEnvelope(reader, type, results);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return results.fatal(fatalMessage(e));
        } catch (EnvelopeException e) {
            return results.fatal(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read feed " + feed.feedSubmissionId(), e);
        }
        return results.report();
    }

    private static void readEnvelope(XMLStreamReader reader, FeedType type, Results results)
            throws XMLStreamException {
        nextElement(reader);
        if (!"AmazonEnvelope".equals(reader.getLocalName())) {
            throw new EnvelopeException(reader.getLocation(), "the root element must be AmazonEnvelope, not "
                    + reader.getLocalName());
        }
        boolean header = false;
        String messageType = null;
        int ordinal = 0;
        while (nextChild(reader)) {
            String name = reader.getLocalName();
            Location at = reader.getLocation();
            switch (name) {
                case "Header" -> {
                    Node node = Node.read(reader);
                    if (node.child("DocumentVersion") == null || node.child("MerchantIdentifier") == null) {
                        throw new EnvelopeException(at, "Header needs DocumentVersion and MerchantIdentifier");
                    }
                    header = true;
                }
                case "MessageType" -> {
                    messageType = Node.read(reader).text();
                    if (type.messageType() != null && !type.messageType().equals(messageType)) {
                        throw new EnvelopeException(at, "MessageType " + messageType + " does not match FeedType "
                                + type.name() + ", which takes " + type.messageType() + " messages");
                    }
                }
                case "Message" -> {
                    if (!header || messageType == null) {
                        throw new EnvelopeException(at, "Header and MessageType must come before the first Message");
                    }
                    ordinal++;
                    Node message = Node.read(reader);
                    results.message(MessageRules.check(message, messageType, ordinal));
                }
                case "PurgeAndReplace", "EffectiveDate", "MarketplaceName" -> Node.read(reader);
                default -> throw new EnvelopeException(at, "unexpected element " + name + " in AmazonEnvelope");
            }
        }
        if (ordinal == 0) {
            throw new EnvelopeException(reader.getLocation(), "AmazonEnvelope contains no Message");
        }
        while (reader.hasNext()) {
            reader.next();
        }
    }

    /** Advances to the first element (the root). */
    private static void nextElement(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                return;
            }
        }
        throw new EnvelopeException(reader.getLocation(), "the document has no root element");
    }

    /** Advances to the next child element of the current element; false at its end tag. */
    private static boolean nextChild(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.CHARACTERS && !reader.isWhiteSpace()) {
                throw new EnvelopeException(reader.getLocation(), "text is not allowed directly in "
                        + "AmazonEnvelope");
            }
        }
        return false;
    }

    private static String fatalMessage(XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage();
        // The JDK prefixes its own "ParseError at [row,col]:[l,c]\nMessage: "; keep the parser's sentence only.
        int sentence = message == null ? -1 : message.indexOf("Message: ");
        String detail = sentence >= 0 ? message.substring(sentence + "Message: ".length()) : String.valueOf(message);
        return at == null ? "XML Parsing Fatal Error: " + detail
                : "XML Parsing Fatal Error at Line " + at.getLineNumber() + ", Column " + at.getColumnNumber()
                + ": " + detail;
    }

    /** A well-formed document whose envelope MWS would have rejected as a whole. */
    private static final class EnvelopeException extends RuntimeException {
        EnvelopeException(Location at, String problem) {
            super("XML Parsing Fatal Error at Line " + at.getLineNumber() + ", Column " + at.getColumnNumber()
                    + ": " + problem + ".", null, false, false);
        }
    }

    /** Counts messages and keeps results, up to {@link ProcessingReport#MAX_RESULTS}. */
    private static final class Results {
        private final List<ProcessingReport.Result> results = new ArrayList<>();
        private int processed;
        private int withError;

        void message(List<ProcessingReport.Result> problems) {
            processed++;
            if (!problems.isEmpty()) {
                withError++;
            }
            for (ProcessingReport.Result problem : problems) {
                if (results.size() < ProcessingReport.MAX_RESULTS) {
                    results.add(problem);
                }
            }
        }

        ProcessingReport report() {
            return new ProcessingReport(processed, processed - withError, withError, 0, results, false, null);
        }

        /** The whole document failed: nothing was processed, one error for the document. */
        ProcessingReport fatal(String description) {
            return new ProcessingReport(0, 0, 1, 0, List.of(ProcessingReport.Result.error(0, FATAL, description,
                    null)), false, null);
        }
    }
}
