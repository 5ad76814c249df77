package io.camelmws.component;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.apache.camel.Exchange;

import io.camelmws.component.poll.PolledAnswer;
import io.camelmws.component.poll.PolledItem;

/**
 * What one kind of polled list does besides the shared watermark machinery of {@link MwsConsumer}: which items of a
 * listing it delivers, how an item becomes a message (a download, its parts), and what is done at MWS once items are
 * delivered. Which class polls an operation is the catalog's {@code poll.kind}.
 */
interface PolledSource {

    /** Once, as the consumer starts, before its first poll (ManageReportSchedule). */
    default void start() {
    }

    /** Every item from {@code after} on, oldest version first, and where the listing ended. */
    PolledAnswer list(Instant after);

    /**
     * The items of {@code listed} to emit.
     *
     * @param deliveredBefore whether an item's version was delivered by an earlier poll
     */
    default List<PolledItem> deliverable(PolledAnswer listed, Predicate<PolledItem> deliveredBefore) {
        return listed.items().stream().filter(deliveredBefore.negate()).toList();
    }

    /** Makes {@code item} the exchange's message: body and headers. Called on the polling thread, before the route runs. */
    void fill(Exchange exchange, PolledItem item) throws Exception;

    /** Once the exchanges of a poll are done: {@code delivered} are those that completed. */
    default void completed(List<PolledItem> delivered) {
    }
}
