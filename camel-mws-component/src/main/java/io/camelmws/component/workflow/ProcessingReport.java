package io.camelmws.component.workflow;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.camelmws.component.error.MwsFeedProcessingException.MessageFailure;
import io.camelmws.component.xml.SafeXml;

/**
 * The summary of a feed's processing report (REFERENCE 11): messages processed, successful, with error and
 * with warning, and each failing message. Read by streaming, so a large report costs no memory.
 */
public record ProcessingReport(String statusCode, int processed, int successful, int withError, int withWarning, List<MessageFailure> failures) {

    public static ProcessingReport read(InputStream xml) {
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
