package io.camelmws.component.catalog;

import java.util.List;
import java.util.Locale;

/**
 * What {@code from("mws:<operation>")} polls, as catalog data: the list operation's item element, what identifies one
 * version of an item, the window parameter the watermark feeds, and the operations that complete an item. The kind
 * names the small consumer class that acts on it; everything else is data, so polling another list is a catalog entry.
 *
 * @param kind     which consumer class polls it
 * @param item     the element of one polled thing in the answer (Order, ReportInfo, FeedSubmissionInfo)
 * @param id       its child element that identifies it (AmazonOrderId, ReportId, FeedSubmissionId)
 * @param version  its child element whose instant tells its versions apart and is compared with the window (LastUpdateDate);
 *                 null when an item is a state that carries no instant (an FBA supply): the source then keys it itself
 * @param after    the request parameter a poll's window starts at: the watermark (LastUpdatedAfter)
 * @param before   the answer element MWS closes the window with (LastUpdatedBefore), or null when the window ends at the
 *                 newest version listed
 * @param window   parameters the consumer sets itself and a route may not set
 * @param details  the operation that lists an item's parts (ListOrderItems), or null
 * @param detail   the element of one part in its answer (OrderItem), or null
 * @param detailList the element the parts are attached to the item in (OrderItems), or null
 * @param model    the typed model of one item (Order), or null
 * @param download the operation that fetches an item's document (GetReport, GetFeedSubmissionResult), or null
 * @param acknowledge the operation that marks a delivered item handled at MWS (UpdateReportAcknowledgements), or null
 * @param schedule the operation that schedules what is polled (ManageReportSchedule), or null
 * @param typeList the list parameter that selects item types (ReportTypeList), or null
 * @param status   the item's status element (FeedProcessingStatus), or null
 * @param done     the status of an item to deliver (_DONE_), or null when every listed item is delivered
 * @param finished the statuses after which an item never changes again; an item in any other status holds the window
 * @param close    the request parameter with which the consumer may close a window itself (LastUpdatedBefore), so that
 *                 one poll never lists more than maxPollWindow; null when the list cannot be closed by the client
 * @param closeLag how long before MWS's present a window may end at the latest (MWS refused a LastUpdatedBefore later
 *                 than two minutes before the request); null without close
 * @param fields   the child elements of an item the consumer reads besides id, version and status (ReportType), kept
 *                 with each listed item; the others are only in its XML, so a listed item costs little memory
 * @param lists    the list elements whose {@code item} children are the polled items, when an answer holds them in
 *                 several lists (ListFinancialEvents' ShipmentEventList, RefundEventList...); the list an item came from
 *                 is part of its id. Empty: every {@code item} element of the answer is one
 */
public record PollSpec(Kind kind, String item, String id, String version, String after, String before, List<String> window,
                       String details, String detail, String detailList, String model, String download, String acknowledge, String schedule, String typeList,
                       String status, String done, List<String> finished, String close, java.time.Duration closeLag, List<String> fields,
                       List<String> lists) {

    /** The consumer class of a poll: the few ways a polled item is completed. */
    public enum Kind {
        /** Items in a window MWS closes (orders, and any list with a before element): delivered as listed. */
        WATERMARK,
        /** Available reports: downloaded, delivered, acknowledged. */
        REPORTS,
        /** Finished feed submissions: delivered with their processing report. */
        FEED_RESULTS,
        /** Financial events: a window the consumer closes itself, MWS echoing no end; each event of the listed lists delivered. */
        FINANCIAL_EVENTS,
        /** FBA supply changed since an instant: states without a version, each SKU delivered when it differs from the last delivered. */
        INVENTORY_SUPPLY;

        static Kind of(String text) {
            return switch (text) {
                case "feedResults" -> FEED_RESULTS;
                case "financialEvents" -> FINANCIAL_EVENTS;
                case "inventorySupply" -> INVENTORY_SUPPLY;
                default -> valueOf(text.toUpperCase(Locale.ROOT));
            };
        }
    }

    /** Every child element whose text a listed item keeps: id, version, status and fields. */
    public java.util.Set<String> keptFields() {
        java.util.Set<String> kept = new java.util.HashSet<>(fields);
        kept.add(id);
        if (version != null) {
            kept.add(version);
        }
        if (status != null) {
            kept.add(status);
        }
        return kept;
    }

    public PollSpec {
        window = window == null ? List.of() : List.copyOf(window);
        finished = finished == null ? List.of() : List.copyOf(finished);
        lists = lists == null ? List.of() : List.copyOf(lists);
        fields = fields == null ? List.of() : List.copyOf(fields);
        if ((close == null) != (closeLag == null)) {
            throw new IllegalStateException("MWS catalog: a poll that closes its window (" + close + ") must say how long before MWS's present");
        }
    }
}
