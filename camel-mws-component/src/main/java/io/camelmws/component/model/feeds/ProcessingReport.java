package io.camelmws.component.model.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/**
 * The processing report of an XML feed (GetFeedSubmissionResult, or SubmitFeed with await=true): how many messages
 * MWS processed and the result of each one that failed or warned, by MessageID and SKU. A flat-file feed's report is a
 * flat file; read it with resultFormat=ROWS.
 * <p>
 * A class rather than a record like the other models: its {@code Result} elements repeat without a wrapper, and
 * Jackson XML binds such a list only through a field, not through a record's constructor (it loses them there). The
 * fields are private with no setters, so the report cannot change once read.
 */
@JsonPropertyOrder({"DocumentTransactionID", "StatusCode", "ProcessingSummary", "Result"})
public final class ProcessingReport {

    @JsonProperty("DocumentTransactionID")
    private String documentTransactionId;
    @JsonProperty("StatusCode")
    private String statusCode;
    @JsonProperty("ProcessingSummary")
    private ProcessingSummary processingSummary;
    @JsonProperty("Result")
    @JacksonXmlElementWrapper(useWrapping = false)
    private List<ProcessingResult> results = new ArrayList<>();

    /** The FeedSubmissionId the report is about. */
    public String documentTransactionId() {
        return documentTransactionId;
    }

    public String statusCode() {
        return statusCode;
    }

    public ProcessingSummary processingSummary() {
        return processingSummary;
    }

    /** The messages that failed or warned, in the order of the report; empty when every message succeeded. */
    public List<ProcessingResult> results() {
        return results == null ? List.of() : List.copyOf(results);
    }


    @Override
    public boolean equals(Object other) {
        return other instanceof ProcessingReport that && Objects.equals(documentTransactionId, that.documentTransactionId)
               && Objects.equals(statusCode, that.statusCode) && Objects.equals(processingSummary, that.processingSummary)
               && Objects.equals(results(), that.results());
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentTransactionId, statusCode, processingSummary, results());
    }

    @Override
    public String toString() {
        return "ProcessingReport[documentTransactionId=" + documentTransactionId + ", statusCode=" + statusCode + ", processingSummary="
               + processingSummary + ", results=" + results() + "]";
    }
}
