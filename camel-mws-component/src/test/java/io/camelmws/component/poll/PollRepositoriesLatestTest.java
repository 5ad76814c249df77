package io.camelmws.component.poll;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Polled states without a version (FBA supply): a state is delivered when it differs from the one last delivered for
 * its id, so a SKU listed again unchanged is not, and one that went back to an earlier state after another was
 * delivered is; kept in a stateFile across restarts.
 */
class PollRepositoriesLatestTest {

    private static final Instant AFTER = Instant.parse("2026-12-01T12:00:00Z");

    private static PolledItem supply(String sku, int units) {
        return new PolledItem(sku, AFTER, "<member/>", Map.of(), sku + "|" + units);
    }

    private static List<String> notDelivered(PollRepositories repositories, PolledItem... listed) {
        return repositories.notDelivered(new PolledAnswer(List.of(listed), AFTER)).stream().map(PolledItem::key).toList();
    }

    @Test
    void aStateIsDeliveredWhenItDiffersFromTheLastDeliveredOneOfItsSku(@TempDir Path dir) {
        String stateFile = dir.resolve("stock.state").toString();
        // A SKU may hold '=' and a line break, which a file state repository's lines cannot.
        String odd = "SKU=1\nB";
        PollRepositories first = new PollRepositories(null, null, stateFile, "mws|ListInventorySupply", true);
        first.start();
        try {
            assertThat(notDelivered(first, supply("A", 5), supply(odd, 1))).containsExactly("A|5", odd + "|1");
            first.markDelivered(supply("A", 5));
            first.markDelivered(supply(odd, 1));
            assertThat(notDelivered(first, supply("A", 5), supply(odd, 1))).isEmpty();
            assertThat(notDelivered(first, supply("A", 4))).containsExactly("A|4");
            first.markDelivered(supply("A", 4));
        } finally {
            first.stop();
        }
        PollRepositories restarted = new PollRepositories(null, null, stateFile, "mws|ListInventorySupply", true);
        restarted.start();
        try {
            assertThat(restarted.inMemory()).isFalse();
            assertThat(notDelivered(restarted, supply("A", 4), supply(odd, 1))).isEmpty();
            // Back to 5 units after 4 were delivered: a change the route has not seen last.
            assertThat(notDelivered(restarted, supply("A", 5))).containsExactly("A|5");
        } finally {
            restarted.stop();
        }
        PollRepositories otherConsumer = new PollRepositories(null, null, stateFile, "mws|ListInventorySupply|EU", true);
        otherConsumer.start();
        try {
            assertThat(notDelivered(otherConsumer, supply("A", 4))).as("another consumer's states are its own").containsExactly("A|4");
        } finally {
            otherConsumer.stop();
        }
    }

    @Test
    void anIdempotentRepositoryIsRefusedNamingWhatKeepsTheStateInstead() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PollRepositories(null,
                        org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository.memoryIdempotentRepository(), null,
                        "mws|ListInventorySupply", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("idempotentRepository").hasMessageContaining("stateRepository");
    }

    @Test
    void aStateFileGetsNoDeliveredFileBesideIt(@TempDir Path dir) {
        String stateFile = dir.resolve("stock.state").toString();
        PollRepositories repositories = new PollRepositories(null, null, stateFile, "mws|ListInventorySupply", true);
        repositories.start();
        try {
            repositories.markDelivered(supply("A", 5));
        } finally {
            repositories.stop();
        }
        assertThat(dir.resolve("stock.state" + PollRepositories.DELIVERED_SUFFIX)).doesNotExist();
        assertThat(dir.resolve("stock.state")).exists();
    }
}
