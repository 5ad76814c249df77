package io.camelmws.component.workflow;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.camelmws.component.error.MwsFeedProcessingException.MessageFailure;
import io.camelmws.component.xml.SafeXml;

/**
 * The summary of a feed's processing report: messages processed, successful, with error and with warning,
 * and each failing message. XML feeds get MWS's XML report (REFERENCE 11); flat-file feeds get its
 * tab-separated text report ("Feed Processing Summary:" then one row per problem). Read by streaming, so a
 * large report costs no memory.
 */
public record ProcessingReport(String statusCode, int processed, int successful, int withError, int withWarning, List<MessageFailure> failures) {

    /** Reads either form, telling them apart by the first character (an XML report starts with '<'). */
    public static ProcessingReport read(InputStream document, Charset textCharset) {
        BufferedInputStream in = new BufferedInputStream(document);
        try {
            in.mark(4096);
            int first;
            do {
                first = in.read();
            } while (first == ' ' || first == '\t' || first == '\r' || first == '\n' || first == 0xEF || first == 0xBB || first == 0xBF);
            in.reset();
            return first == '<' ? readXml(in) : readText(new BufferedReader(new InputStreamReader(in, textCharset)));
        } catch (IOException e) {
            throw new UncheckedIOException("The feed processing report cannot be read", e);
        }
    }

    static ProcessingReport readText(BufferedReader reader) throws IOException {
        int processed = 0;
        int successful = 0;
        int withError = 0;
        int withWarning = 0;
        List<MessageFailure> failures = new ArrayList<>();
        boolean inRows = false;
        String line;
        while ((line = reader.readLine()) != null) {
            String trimmed = line.strip();
            if (!inRows) {
                if (trimmed.startsWith("Number of records processed")) {
                    processed = lastNumber(trimmed);
                } else if (trimmed.startsWith("Number of records successful")) {
                    successful = lastNumber(trimmed);
                } else if (trimmed.startsWith("original-record-number")) {
                    inRows = true;
                }
                continue;
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            String type = columns.length > 3 ? columns[3].strip() : "";
            if (type.equalsIgnoreCase("Error")) {
                withError++;
                failures.add(new MessageFailure(columns[0].strip(), type, columns.length > 2 ? columns[2].strip() : null,
                        columns.length > 4 ? columns[4].strip() : null, columns.length > 1 && !columns[1].isBlank() ? columns[1].strip() : null));
            } else if (type.equalsIgnoreCase("Warning")) {
                withWarning++;
            }
        }
        return new ProcessingReport("Complete", processed, successful, withError, withWarning, List.copyOf(failures));
    }

    private static int lastNumber(String line) {
        String[] parts = line.split("\\s+");
        try {
            return Integer.parseInt(parts[parts.length - 1]);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("'" + line + "' does not end with a record count", e);
        }
    }

    static ProcessingReport readXml(InputStream xml) {
        String statusCode = null;
        int processed = 0;
        int successful = 0;
        int withError = 0;
        int withWarning = 0;
        List<MessageFailure> failures = new ArrayList<>();
        try {
            XMLStreamReader reader = SafeXml.reader(xml);
            ResultBuilder result = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    switch (name) {
                        case "StatusCode" -> statusCode = reader.getElementText().trim();
                        case "MessagesProcessed" -> processed = number(reader);
                        case "MessagesSuccessful" -> successful = number(reader);
                        case "MessagesWithError" -> withError = number(reader);
                        case "MessagesWithWarning" -> withWarning = number(reader);
                        case "Result" -> result = new ResultBuilder();
                        default -> {
                            if (result != null) {
                                result.set(name, reader);
                            }
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("Result") && result != null) {
                    if ("Error".equalsIgnoreCase(result.resultCode)) {
                        failures.add(result.build());
                    }
                    result = null;
                }
            }
        } catch (SafeXml.UnsafeOrMalformedXmlException | XMLStreamException e) {
            throw new IllegalStateException("The feed processing report cannot be read: " + e.getMessage(), e);
        }
        return new ProcessingReport(statusCode, processed, successful, withError, withWarning, List.copyOf(failures));
    }

    private static int number(XMLStreamReader reader) throws XMLStreamException {
        String text = reader.getElementText().trim();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new XMLStreamException("'" + text + "' is not a message count");
        }
    }

    private static final class ResultBuilder {
        String messageId;
        String resultCode;
        String messageCode;
        String description;
        String sku;

        void set(String element, XMLStreamReader reader) throws XMLStreamException {
            switch (element) {
                case "MessageID" -> messageId = reader.getElementText().trim();
                case "ResultCode" -> resultCode = reader.getElementText().trim();
                case "ResultMessageCode" -> messageCode = reader.getElementText().trim();
                case "ResultDescription" -> description = reader.getElementText().trim();
                case "SKU" -> sku = reader.getElementText().trim();
                default -> { }
            }
        }

        MessageFailure build() {
            return new MessageFailure(messageId, resultCode, messageCode, description, sku);
        }
    }
}
