package io.camelmws.component.poll;

import java.time.Instant;
import java.util.Comparator;

/**
 * One order as one answer showed it: a later change of the order is another version, with another LastUpdateDate.
 *
 * @param xml the order's {@code <Order>} element as text
 */
public record OrderVersion(String amazonOrderId, Instant lastUpdateDate, String xml) {

    /** Oldest change first; ties in a stable order, so a rewound poll emits the same sequence again. */
    public static final Comparator<OrderVersion> BY_LAST_UPDATE = Comparator.comparing(OrderVersion::lastUpdateDate)
            .thenComparing(OrderVersion::amazonOrderId);

    /** The idempotency key: an order changed twice is two keys, an unchanged one listed twice is one. */
    public String key() {
        return amazonOrderId + "|" + lastUpdateDate;
    }
}
