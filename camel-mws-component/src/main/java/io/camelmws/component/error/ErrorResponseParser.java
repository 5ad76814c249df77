package io.camelmws.component.error;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.camelmws.component.xml.SafeXml;

/**
 * Turns a failed answer into an {@link MwsException}. Reads MWS's ErrorResponse ({@code RequestId} and
 * {@code RequestID} both occur on the wire, and some clients saw it under ResponseMetadata); anything else
 * becomes an exception with the HTTP status and a short, single-line excerpt of the body.
 */
public final class ErrorResponseParser {

    static final int EXCERPT_LENGTH = 200;

    private ErrorResponseParser() {
    }

    public static MwsException parse(String action, int httpStatus, String body, String headerRequestId) {
        if (body != null && !body.isBlank()) {
            try {
                MwsException parsed = parseXml(action, httpStatus, body, headerRequestId);
                if (parsed != null) {
                    return parsed;
                }
            } catch (SafeXml.UnsafeOrMalformedXmlException | XMLStreamException notAnErrorResponse) {
                // Fall through: a proxy or load balancer answered, not MWS.
            }
        }
        return new MwsException(action, httpStatus, null, null, "the answer is not an MWS ErrorResponse: " + excerpt(body), null,
                headerRequestId);
    }

    private static MwsException parseXml(String action, int httpStatus, String body, String headerRequestId)
            throws SafeXml.UnsafeOrMalformedXmlException, XMLStreamException {
        XMLStreamReader reader = SafeXml.reader(body);
        String root = null;
        String type = null;
        String code = null;
        String message = null;
        String detail = null;
        String requestId = null;
        boolean inFirstError = false;
        boolean sawError = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                if (root == null) {
                    root = name;
                    if (!name.equals("ErrorResponse")) {
                        return null;
                    }
                } else if (name.equals("Error") && !sawError) {
                    inFirstError = true;
                    sawError = true;
                } else if (inFirstError && name.equals("Type")) {
                    type = reader.getElementText();
                } else if (inFirstError && name.equals("Code")) {
                    code = reader.getElementText().trim();
                } else if (inFirstError && name.equals("Message")) {
                    message = reader.getElementText();
                } else if (inFirstError && name.equals("Detail")) {
                    detail = textOf(reader);
                } else if (name.equalsIgnoreCase("RequestId")) {
                    requestId = reader.getElementText().trim();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("Error")) {
                inFirstError = false;
            }
        }
        if (!sawError) {
            return null;
        }
        return new MwsException(action, httpStatus, type, code, message, detail, requestId != null ? requestId : headerRequestId);
    }

    /** The text content of an element that may contain children ({@code Detail} is free-form). */
    private static String textOf(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(reader.getText());
            }
        }
        String trimmed = text.toString().trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The first characters of a body on one line, so a 50 KB HTML page does not flood a log. */
    static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        String oneLine = body.replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
        return oneLine.length() <= EXCERPT_LENGTH ? oneLine : oneLine.substring(0, EXCERPT_LENGTH) + "...";
    }
}
