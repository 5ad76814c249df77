package io.camelmws.component.poll;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a poll's watermark goes, from what became of its exchanges; and how the first poll's start is read. */
class PollBatchTest {

    private static final Instant LISTED_UNTIL = Instant.parse("2026-12-01T12:00:00Z");

    private final List<Instant> commits = new ArrayList<>();

    private static List<PolledItem> orders(int count) {
        List<PolledItem> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            orders.add(new PolledItem("111-000000" + i, LISTED_UNTIL.minus(Duration.ofMinutes(10L * (count - i))), "<Order/>", java.util.Map.of()));
        }
        return orders;
    }

    @Test
    void allDeliveredMovesTheWatermarkToWhereMwsListedUpTo() {
        PollBatch batch = new PollBatch(orders(3), LISTED_UNTIL, (watermark, delivered) -> commits.add(watermark));
        batch.delivered(0);
        batch.delivered(1);
        batch.delivered(2);
        assertThat(commits).as("nothing is committed while more exchanges may still be emitted").isEmpty();
        batch.emissionEnded(3);
        assertThat(commits).containsExactly(LISTED_UNTIL);
        assertThat(batch.isDone()).isTrue();
    }

    @Test
    void anEmptyPollStillMovesTheWatermark() {
        new PollBatch(List.of(), LISTED_UNTIL, (watermark, delivered) -> commits.add(watermark)).emissionEnded(0);
        assertThat(commits).containsExactly(LISTED_UNTIL);
    }

    @Test
    void aFailedOrderHoldsTheWatermarkAtItsLastUpdateDateWhateverCameAfter() {
        List<PolledItem> orders = orders(4);
        PollBatch batch = new PollBatch(orders, LISTED_UNTIL, (watermark, delivered) -> commits.add(watermark));
        batch.emissionEnded(4);
        batch.delivered(0);
        batch.undelivered(1);
        batch.delivered(3);
        assertThat(batch.isDone()).as("order 2 still running").isFalse();
        batch.delivered(2);
        assertThat(commits).containsExactly(orders.get(1).version());
    }

    @Test
    void ordersNotEmittedBeforeAStopCountAsUndelivered() {
        List<PolledItem> orders = orders(4);
        PollBatch batch = new PollBatch(orders, LISTED_UNTIL, (watermark, delivered) -> commits.add(watermark));
        batch.delivered(0);
        batch.delivered(1);
        batch.emissionEnded(2);
        assertThat(commits).containsExactly(orders.get(2).version());
    }

    @Test
    void anOutcomeReportedTwiceCountsOnce() {
        List<PolledItem> orders = orders(2);
        PollBatch batch = new PollBatch(orders, LISTED_UNTIL, (watermark, delivered) -> commits.add(watermark));
        batch.undelivered(0);
        batch.delivered(0);
        batch.emissionEnded(2);
        assertThat(commits).isEmpty();
        batch.delivered(1);
        assertThat(commits).containsExactly(orders.get(0).version());
    }

    @Test
    void theFirstPollStartsADurationBackOrAtAnInstant() {
        Instant now = Instant.parse("2026-12-05T10:00:00Z");
        assertThat(InitialStart.parse("initialLastUpdatedAfter", "P1D").resolve(now)).isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
        assertThat(InitialStart.parse("initialLastUpdatedAfter", "PT6H").resolve(now)).isEqualTo(Instant.parse("2026-12-05T04:00:00Z"));
        assertThat(InitialStart.parse("initialLastUpdatedAfter", "1d12h").resolve(now)).isEqualTo(Instant.parse("2026-12-03T22:00:00Z"));
        assertThat(InitialStart.parse("initialLastUpdatedAfter", "90m").resolve(now)).isEqualTo(Instant.parse("2026-12-05T08:30:00Z"));
        assertThat(InitialStart.parse("initialLastUpdatedAfter", "2026-11-01T00:00:00Z").resolve(now))
                .isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(InitialStart.parse("initialLastUpdatedAfter", "2026-11-01T09:00:00+09:00").resolve(now))
                .isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void anUnreadableStartNamesTheOptionAndTheFormsAllowed() {
        for (String wrong : new String[] { "yesterday", "", "P1X", "2026-11-01", "12 parsecs" }) {
            assertThatThrownBy(() -> InitialStart.parse("initialLastUpdatedAfter", wrong))
                    .hasMessageContaining("initialLastUpdatedAfter '" + wrong + "'")
                    .hasMessageContaining("P1D").hasMessageContaining("2026-11-01T00:00:00Z");
        }
        assertThatThrownBy(() -> InitialStart.parse("initialLastUpdatedAfter", "-P1D")).hasMessageContaining("positive duration");
        assertThatThrownBy(() -> InitialStart.parse("initialLastUpdatedAfter", "PT0S")).hasMessageContaining("positive duration");
    }
}
