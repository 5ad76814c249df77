package io.camelmws.component.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/**
 * GetServiceStatus of any section: GREEN, GREEN_I (green with information), YELLOW or RED, when MWS evaluated it, and
 * for the last three the message id and messages. {@link #status()} offers the text as an enum that tolerates new
 * values.
 */
public record GetServiceStatusResult(
        @JsonProperty("Status") String statusAsString,
        @JsonProperty("Timestamp") Instant timestamp,
        @JsonProperty("MessageId") String messageId,
        @JsonProperty("Messages")
        @JacksonXmlElementWrapper(localName = "Messages")
        List<Message> messages) {

    public GetServiceStatusResult {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    /** One message about the status, in one locale. */
    public record Message(@JsonProperty("Locale") String locale, @JsonProperty("Text") String text) {
    }

    /** The status MWS sent, as a constant; {@link ServiceStatus#UNKNOWN} for a value this version does not know. */
    public ServiceStatus status() {
        return ServiceStatus.fromValue(statusAsString);
    }

    /** A section's status. */
    public enum ServiceStatus implements MwsValue {
        GREEN("GREEN"),
        /** Green, with information in the messages. */
        GREEN_I("GREEN_I"),
        YELLOW("YELLOW"),
        RED("RED"),
        UNKNOWN(null);

        private final String value;

        ServiceStatus(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }

        public static ServiceStatus fromValue(String text) {
            return MwsValue.of(ServiceStatus.class, text, UNKNOWN);
        }
    }
}
