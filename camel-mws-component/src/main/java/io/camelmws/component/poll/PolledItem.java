package io.camelmws.component.poll;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

/**
 * One polled thing (an order, a report, a feed submission) as one answer showed it: a later change of it is another
 * version, with another version instant.
 *
 * @param id      what identifies it (AmazonOrderId, ReportId, FeedSubmissionId)
 * @param version the instant its version is known by and the window is compared with (LastUpdateDate, AvailableDate...)
 * @param xml     its element as a small document of its own, without MWS's namespace
 * @param fields  the text of the direct child elements the catalog's poll keeps (id, version, status and its fields), by name
 * @param key     the idempotency key: {@code id|version}, unless the source tells an item's versions apart otherwise (an
 *                inventory supply, which has no version instant: its SellerSKU and a digest of its values)
 */
public record PolledItem(String id, Instant version, String xml, Map<String, String> fields, String key) {

    /** An item whose versions are told apart by its version instant: keyed {@code id|version}. */
    public PolledItem(String id, Instant version, String xml, Map<String, String> fields) {
        this(id, version, xml, fields, null);
    }

    /** Oldest version first; ties in a stable order, so a rewound poll emits the same sequence again. */
    public static final Comparator<PolledItem> BY_VERSION = Comparator.comparing(PolledItem::version).thenComparing(PolledItem::id);

    public PolledItem {
        fields = Map.copyOf(fields);
        // An item changed twice is two keys, an unchanged one listed twice is one.
        key = key == null ? id + "|" + version : key;
    }

    /** The text of a direct child element the catalog's poll keeps, or null. */
    public String field(String name) {
        return fields.get(name);
    }
}
