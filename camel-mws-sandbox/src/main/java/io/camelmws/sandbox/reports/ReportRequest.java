package io.camelmws.sandbox.reports;

import io.camelmws.sandbox.webservice.MarketplaceLocale;
import io.camelmws.sandbox.webservice.ProcessingTimes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One report request and, once it is done, its report. Everything that changes with time is derived from the
 * submission instant and the instant asked about ({@link #statusAt}); the only mutations are a cancellation
 * and the acknowledgement, both recorded with their simulated instant.
 */
final class ReportRequest {

    private final long number;
    private final String reportId;
    private final ReportType type;
    private final Instant startDate;
    private final Instant endDate;
    private final Map<String, String> options;
    private final List<String> marketplaceIds;
    private final boolean scheduled;
    private final Instant submittedAt;
    private final ProcessingTimes times;

    private Instant cancelledAt;
    private boolean acknowledged;
    private Instant acknowledgedAt;
    /** Whether the report has no data, decided once when first asked after completion; {@code null} before. */
    private Boolean noData;

    ReportRequest(long number, String reportId, ReportType type, Instant startDate, Instant endDate,
                  Map<String, String> options, List<String> marketplaceIds, boolean scheduled, Instant submittedAt,
                  ProcessingTimes times) {
        this.number = number;
        this.reportId = reportId;
        this.type = type;
        this.startDate = startDate;
        this.endDate = endDate;
        this.options = Map.copyOf(options);
        this.marketplaceIds = List.copyOf(marketplaceIds);
        this.scheduled = scheduled;
        this.submittedAt = submittedAt;
        this.times = times;
    }

    long number() {
        return number;
    }

    String id() {
        return Long.toString(number);
    }

    /** The GeneratedReportId / ReportId it will have once done (assigned up front, shown only when done). */
    String reportId() {
        return reportId;
    }

    ReportType type() {
        return type;
    }

    Instant startDate() {
        return startDate;
    }

    Instant endDate() {
        return endDate;
    }

    Map<String, String> options() {
        return options;
    }

    List<String> marketplaceIds() {
        return marketplaceIds;
    }

    boolean scheduled() {
        return scheduled;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant startedAt() {
        return times.startedAt(submittedAt);
    }

    /** When processing ends (the report's AvailableDate), unless cancelled before. */
    Instant completedAt() {
        return times.completedAt(submittedAt);
    }

    /**
     * @param noDataTest whether the report, made as of its completion, has no data; asked at most once
     */
    synchronized ReportProcessingStatus statusAt(Instant now, Predicate<ReportRequest> noDataTest) {
        if (cancelledAt != null && !now.isBefore(cancelledAt)) {
            return ReportProcessingStatus.CANCELLED;
        }
        if (now.isBefore(startedAt())) {
            return ReportProcessingStatus.SUBMITTED;
        }
        if (now.isBefore(completedAt())) {
            return ReportProcessingStatus.IN_PROGRESS;
        }
        if (noData == null) {
            noData = noDataTest.test(this);
        }
        return noData ? ReportProcessingStatus.DONE_NO_DATA : ReportProcessingStatus.DONE;
    }

    /** Cancels the request if it is still waiting at {@code now}, as MWS cancels only unstarted requests. */
    synchronized boolean cancel(Instant now) {
        if (cancelledAt == null && now.isBefore(startedAt())) {
            cancelledAt = now;
            return true;
        }
        return false;
    }

    synchronized boolean acknowledged() {
        return acknowledged;
    }

    synchronized Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    synchronized void acknowledge(boolean value, Instant now) {
        acknowledged = value;
        acknowledgedAt = value ? now : null;
    }

    /** The first marketplace decides the charset and local dates of a flat-file report. */
    MarketplaceLocale locale() {
        return MarketplaceLocale.of(marketplaceIds.get(0));
    }
}
