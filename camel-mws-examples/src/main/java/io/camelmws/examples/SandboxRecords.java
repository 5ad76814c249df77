package io.camelmws.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.orders.Order;

/**
 * What the sandbox itself says it served this run, from its request log, its order book and its feed store: the
 * yardstick the summary holds each flow's own counts against. Nothing here reads what the routes wrote.
 */
final class SandboxRecords {

    /** ListOrders answers LastUpdatedBefore two minutes before its now, to the second (REFERENCE 10). */
    private static final Duration LIST_ORDERS_LAG = Duration.ofMinutes(2);

    private final MwsSandbox sandbox;
    private final List<SandboxRequest> requests;

    SandboxRecords(MwsSandbox sandbox) {
        this.sandbox = sandbox;
        this.requests = sandbox.requests();
    }

    /**
     * The order versions ({@code AmazonOrderId@epochSecond}) of {@code marketplaceId} the ListOrders answers of this
     * run listed. A window that starts at a watermark left by an earlier run shares its first second with that run's
     * last window, whose versions were delivered then: they are not counted again.
     */
    Set<String> orderVersionsServed(String marketplaceId, boolean continuing) {
        Set<String> versions = new TreeSet<>();
        for (SandboxRequest request : answered("ListOrders")) {
            if (!marketplaceId.equals(request.parameter("MarketplaceId.Id.1"))) {
                continue;
            }
            Instant after = Instant.parse(request.parameter("LastUpdatedAfter"));
            Instant before = request.receivedAt().minus(LIST_ORDERS_LAG).truncatedTo(ChronoUnit.SECONDS);
            long firstSecond = continuing ? after.getEpochSecond() + 1 : after.getEpochSecond();
            for (Order order : sandbox.orders().ordersUpdatedBetween(after, before, request.receivedAt())) {
                if (order.marketplaceId().equals(marketplaceId) && order.lastUpdateDate().getEpochSecond() >= firstSecond) {
                    versions.add(order.amazonOrderId() + "@" + order.lastUpdateDate().getEpochSecond());
                }
            }
        }
        return versions;
    }

    /** The ReportIds whose GetReport was answered whole (a download cut short does not count). */
    Set<String> reportsDownloaded() {
        return answered("GetReport").stream().map(r -> r.parameter("ReportId")).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The ReportIds UpdateReportAcknowledgements acknowledged. */
    Set<String> reportsAcknowledged() {
        Set<String> ids = new TreeSet<>();
        for (SandboxRequest request : answered("UpdateReportAcknowledgements")) {
            request.parameters().forEach((name, value) -> {
                if (name.startsWith("ReportIdList.Id.")) {
                    ids.add(value);
                }
            });
        }
        return ids;
    }

    /** The feeds SubmitFeed stored (a submission whose connection was reset never reached the store). */
    int feedsReceived() {
        return sandbox.feeds().all().size();
    }

    /** Each fault the sandbox served, as {@code Action kind}, with how often. */
    Map<String, Long> faultsServed() {
        return requests.stream().filter(r -> r.fault() != null)
                .collect(Collectors.groupingBy(r -> r.action() + " " + r.fault(), LinkedHashMap::new, Collectors.counting()));
    }

    private List<SandboxRequest> answered(String action) {
        return requests.stream().filter(r -> action.equals(r.action()) && r.status() == 200 && r.fault() == null).toList();
    }
}
