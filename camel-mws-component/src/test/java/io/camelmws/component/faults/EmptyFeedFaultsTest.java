package io.camelmws.component.faults;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelmws.component.MwsConstants;
import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.sandbox.feeds.ReceivedFeed;
import io.camelmws.sandbox.junit.MwsSandboxExtension;

import static io.camelmws.component.faults.FaultRoutes.PRICE_FEED;
import static io.camelmws.component.faults.FaultRoutes.US;
import static io.camelmws.component.faults.FaultRoutes.last;
import static org.assertj.core.api.Assertions.assertThat;

/** Requirement 4: an empty feed is refused before anything is sent, naming allowEmptyFeed; with it, one is sent. */
class EmptyFeedFaultsTest extends CamelTestSupport {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withThrottling(false);

    static final String FEED = "mws:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=" + US;

    @TempDir
    Path dir;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", FaultRoutes.component(SANDBOX, ThrottlingMode.OFF, 1));
        return context;
    }

    @Test
    void emptyStringsFilesPathsStreamsAndArraysAreRefusedBeforeSending() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        int before = SANDBOX.sandbox().feeds().all().size();
        for (Object body : List.of("", empty.toFile(), empty, new ByteArrayInputStream(new byte[0]), new byte[0])) {
            Exchange exchange = FaultRoutes.send(template, FEED, body);

            assertThat(exchange.getException()).as(body.getClass().getName()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("allowEmptyFeed").hasMessageContaining("nothing was sent");
            assertThat(exchange.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID)).isNull();
        }
        assertThat(SANDBOX.sandbox().requests()).as("nothing reached MWS").isEmpty();
        assertThat(SANDBOX.sandbox().feeds().all()).hasSize(before);
    }

    @Test
    void withAllowEmptyFeedAnEmptyFeedIsSentOnce() {
        int before = SANDBOX.sandbox().feeds().all().size();

        Exchange exchange = FaultRoutes.send(template, FEED + "&allowEmptyFeed=true", new ByteArrayInputStream(new byte[0]));

        assertThat(exchange.getException()).isNull();
        List<ReceivedFeed> feeds = SANDBOX.sandbox().feeds().all();
        assertThat(feeds).hasSize(before + 1);
        assertThat(last(feeds).size()).isZero();
        assertThat(exchange.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID)).isEqualTo(last(feeds).feedSubmissionId());
        assertThat(SANDBOX.sandbox().requests()).extracting(r -> r.action()).containsExactly("SubmitFeed");
    }
}
