package io.camelmws.component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.catalog.PollSpec;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.model.MwsResult;
import io.camelmws.component.poll.PolledAnswer;
import io.camelmws.component.poll.PolledItem;

/**
 * Available reports (GetReportList): each one not acknowledged and not delivered before is downloaded verified
 * (GetReport, MD5-checked, spooled when large) and delivered as its own exchange; once a poll's exchanges are done,
 * those that completed are acknowledged (UpdateReportAcknowledgements), so a failed one stays unacknowledged and is
 * listed and delivered again. With reportSchedule, the report types are scheduled (ManageReportSchedule) at start.
 */
final class ReportsSource implements PolledSource {

    private static final Logger LOG = LoggerFactory.getLogger(ReportsSource.class);
    /** GetReportList's MaxCount and UpdateReportAcknowledgements' ReportIdList both take at most 100 (REFERENCE 9.1). */
    static final int PAGE = 100;

    private final MwsEndpoint endpoint;
    private final PolledListing listing;
    private final PollSpec spec;
    private final ResolvedOperation download;
    private final ResolvedOperation acknowledge;

    ReportsSource(MwsEndpoint endpoint, PolledListing listing) {
        this.endpoint = endpoint;
        this.listing = listing;
        this.spec = listing.spec();
        this.download = PolledSources.sibling(endpoint, spec.download());
        this.acknowledge = PolledSources.sibling(endpoint, spec.acknowledge());
    }

    @Override
    public void start() {
        MwsConfiguration c = endpoint.getConfiguration();
        if (c.getReportSchedule() == null) {
            return;
        }
        ResolvedOperation schedule = PolledSources.sibling(endpoint, spec.schedule());
        for (String type : types()) {
            SortedMap<String, String> parameters = new TreeMap<>();
            parameters.put("ReportType", type);
            parameters.put("Schedule", c.getReportSchedule().trim());
            PolledSources.call(endpoint, schedule, parameters);
        }
    }

    private List<String> types() {
        List<String> types = new ArrayList<>();
        for (String type : endpoint.getConfiguration().getReportTypes().split(",")) {
            if (!type.isBlank()) {
                types.add(type.trim());
            }
        }
        return types;
    }

    @Override
    public PolledAnswer list(Instant after) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("MaxCount", PAGE);
        // Acknowledged reports were handled (here or elsewhere); MWS applies the filter to order reports only, so the
        // idempotent repository keeps others from being delivered twice.
        extra.put("Acknowledged", false);
        if (endpoint.getConfiguration().getReportTypes() != null) {
            extra.put(spec.typeList(), String.join(",", types()));
        }
        PolledAnswer listed = listing.list(after, extra);
        // The next window starts at the newest report listed: GetReportList says no window end of its own.
        Instant newest = listed.items().stream().map(PolledItem::version).reduce(after, (a, b) -> a.isAfter(b) ? a : b);
        return new PolledAnswer(listed.items(), newest);
    }

    @Override
    public List<PolledItem> deliverable(PolledAnswer listed, Predicate<PolledItem> deliveredBefore) {
        // Delivered, but the acknowledgement was lost (MWS refused it, or the consumer stopped first): acknowledge again.
        List<PolledItem> unacknowledged = listed.items().stream().filter(deliveredBefore).filter(item -> !"true".equals(item.field("Acknowledged")))
                .toList();
        if (!unacknowledged.isEmpty()) {
            completed(unacknowledged);
        }
        return PolledSource.super.deliverable(listed, deliveredBefore);
    }

    @Override
    public void fill(Exchange exchange, PolledItem item) {
        MwsResult report = PolledSources.call(endpoint, download, PolledSources.parameters(spec.id(), item.id()));
        Message message = exchange.getMessage();
        ResultMessages.fillMetadata(message, report.response().metadata(), report);
        EndpointSettings settings = endpoint.settings();
        ResultMessages.handOn(exchange, report.response().document(), report.response().metadata().contentType(), settings.polledBodies(),
                download.action(), settings.flatFileCharset(), endpoint.getConfiguration().isDownloadLocalWorkPath());
        message.setHeader(MwsConstants.REPORT_ID, item.id());
        message.setHeader(MwsConstants.AVAILABLE_DATE, item.version());
        ResultMessages.setOrRemove(message, MwsConstants.REPORT_TYPE, item.field("ReportType"));
        ResultMessages.setOrRemove(message, MwsConstants.REPORT_REQUEST_ID, item.field("ReportRequestId"));
    }

    /** Acknowledges the reports whose exchanges completed, 100 a call; a refusal leaves them to the next poll. */
    @Override
    public void completed(List<PolledItem> delivered) {
        io.camelmws.component.catalog.ListNaming ids = acknowledge.section().listNaming(acknowledge.operation(), "ReportIdList");
        for (int from = 0; from < delivered.size(); from += PAGE) {
            SortedMap<String, String> parameters = new TreeMap<>();
            List<PolledItem> chunk = delivered.subList(from, Math.min(delivered.size(), from + PAGE));
            for (int i = 0; i < chunk.size(); i++) {
                parameters.put(ids.element(i + 1), chunk.get(i).id());
            }
            parameters.put("Acknowledged", "true");
            try {
                PolledSources.call(endpoint, acknowledge, parameters);
            } catch (RuntimeException e) {
                LOG.warn("{}: {} reports were delivered, but acknowledging them failed ({}); the next poll acknowledges them again",
                        endpoint, chunk.size(), e.getClass().getSimpleName());
            }
        }
    }
}
