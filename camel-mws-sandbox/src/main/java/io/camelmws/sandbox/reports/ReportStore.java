package io.camelmws.sandbox.reports;

import io.camelmws.sandbox.webservice.MarketplaceLocale;
import io.camelmws.sandbox.webservice.ProcessingTimes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The report requests and schedules of the sandbox seller. Requests are kept in submission order; statuses are
 * not stored but derived on each call from the simulated instant, and schedules are caught up lazily
 * ({@link #catchUp}) before each Reports operation instead of by a timer.
 */
final class ReportStore {

    /** Reports are kept, and listed by default, for 90 days (REFERENCE 9.1). */
    static final Duration RETENTION = Duration.ofDays(90);

    /** Ids look like MWS's 11-digit ReportRequestIds; they keep growing across resets so stale ids never alias. */
    private static final long FIRST_REQUEST_NUMBER = 50_001_018_001L;

    /**
     * Generated reports kept for the next GetReport, up to this many bytes: a report is a pure function of its
     * request and completion instant, so an evicted one is simply made again, and a schedule running for weeks of
     * simulated time does not pile up its reports in memory.
     */
    static final long CACHE_BYTES = 64L << 20;

    private final ProcessingTimes times;
    private final BiFunction<ReportRequest, Instant, ReportContent> contents;
    private final Map<String, ReportContent> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedBytes;
    private final Map<String, ReportRequest> requests = new LinkedHashMap<>();
    private final Map<String, ReportRequest> requestsByReportId = new HashMap<>();
    private final Map<String, ReportSchedule> schedules = new LinkedHashMap<>();
    private long nextNumber = FIRST_REQUEST_NUMBER;

    ReportStore(ProcessingTimes times, BiFunction<ReportRequest, Instant, ReportContent> contents) {
        this.times = times;
        this.contents = contents;
    }

    synchronized ReportRequest submit(ReportType type, Instant startDate, Instant endDate, Map<String, String> options,
                                      List<String> marketplaceIds, boolean scheduled, Instant submittedAt) {
        long number = nextNumber++;
        ReportRequest request = new ReportRequest(number, Long.toString(number * 1_000 + 517), type, startDate,
                endDate, options, marketplaceIds, scheduled, submittedAt, times);
        requests.put(request.id(), request);
        requestsByReportId.put(request.reportId(), request);
        return request;
    }

    /** Submits the requests of every schedule tick up to {@code now}, in time order. */
    synchronized void catchUp(Instant now) {
        Instant oldest = now.minus(RETENTION);
        for (ReportSchedule schedule : schedules.values()) {
            for (Instant tick = schedule.takeTick(now, oldest); tick != null; tick = schedule.takeTick(now, oldest)) {
                submit(schedule.type(), tick.minus(schedule.schedule().period()), tick, Map.of(),
                        List.of(MarketplaceLocale.DEFAULT.id()), true, tick);
            }
        }
    }

    /** Every request, oldest first. */
    synchronized List<ReportRequest> requests() {
        return new ArrayList<>(requests.values());
    }

    /** The request with this ReportRequestId, or {@code null}. */
    synchronized ReportRequest request(String id) {
        return requests.get(id);
    }

    /** The request whose report has this ReportId, or {@code null}. */
    synchronized ReportRequest requestOfReport(String reportId) {
        return requestsByReportId.get(reportId);
    }

    ReportProcessingStatus status(ReportRequest request, Instant now) {
        return request.statusAt(now, done -> content(done).empty());
    }

    /** The report of a completed request, from the cache or made again. */
    ReportContent content(ReportRequest request) {
        synchronized (cache) {
            ReportContent cached = cache.get(request.reportId());
            if (cached != null) {
                return cached;
            }
        }
        ReportContent made = contents.apply(request, request.completedAt());
        synchronized (cache) {
            if (cache.put(request.reportId(), made) == null) {
                cachedBytes += heldBytes(made);
            }
            var eldest = cache.entrySet().iterator();
            while (cachedBytes > CACHE_BYTES && eldest.hasNext()) {
                ReportContent evicted = eldest.next().getValue();
                if (evicted != made) {
                    cachedBytes -= heldBytes(evicted);
                    eldest.remove();
                }
            }
        }
        return made;
    }

    /** Streamed reports hold no bytes. */
    private static long heldBytes(ReportContent content) {
        return content instanceof BufferedReport ? content.length() : 0;
    }

    synchronized ReportSchedule schedule(String type) {
        return schedules.get(type);
    }

    synchronized List<ReportSchedule> schedules() {
        return new ArrayList<>(schedules.values());
    }

    synchronized void putSchedule(ReportSchedule schedule) {
        schedules.put(schedule.type().name(), schedule);
    }

    synchronized ReportSchedule removeSchedule(String type) {
        return schedules.remove(type);
    }

    /** Forgets every request and schedule (ids keep counting). */
    synchronized void clear() {
        requests.clear();
        requestsByReportId.clear();
        schedules.clear();
        synchronized (cache) {
            cache.clear();
            cachedBytes = 0;
        }
    }
}
