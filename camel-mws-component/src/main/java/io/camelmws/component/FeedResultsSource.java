package io.camelmws.component;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import io.camelmws.component.catalog.PollSpec;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.model.MwsResult;
import io.camelmws.component.poll.PolledAnswer;
import io.camelmws.component.poll.PolledItem;
import io.camelmws.component.workflow.ProcessingReport;

/**
 * Feed submissions that finished (GetFeedSubmissionList): each one that reached _DONE_ and was not delivered before
 * comes with its verified processing report (GetFeedSubmissionResult) as body and the report's counts as headers, for
 * routes that submit feeds elsewhere. MWS closes no window here, so the next window starts at the oldest submission
 * still being processed (it must be seen again when it finishes), else at the newest one listed.
 */
final class FeedResultsSource implements PolledSource {

    private final MwsEndpoint endpoint;
    private final PolledListing listing;
    private final PollSpec spec;
    private final ResolvedOperation download;

    FeedResultsSource(MwsEndpoint endpoint, PolledListing listing) {
        this.endpoint = endpoint;
        this.listing = listing;
        this.spec = listing.spec();
        this.download = PolledSources.sibling(endpoint, spec.download());
    }

    @Override
    public PolledAnswer list(Instant after) {
        PolledAnswer listed = listing.list(after, Map.of("MaxCount", ReportsSource.PAGE));
        Instant oldestUnfinished = listed.items().stream().filter(item -> !spec.finished().contains(item.field(spec.status())))
                .map(PolledItem::version).min(Instant::compareTo).orElse(null);
        Instant newest = listed.items().stream().map(PolledItem::version).reduce(after, (a, b) -> a.isAfter(b) ? a : b);
        return new PolledAnswer(listed.items(), oldestUnfinished != null ? oldestUnfinished : newest);
    }

    @Override
    public List<PolledItem> deliverable(PolledAnswer listed, Predicate<PolledItem> deliveredBefore) {
        return PolledSource.super.deliverable(listed, deliveredBefore).stream().filter(item -> spec.done().equals(item.field(spec.status()))).toList();
    }

    @Override
    public void fill(Exchange exchange, PolledItem item) throws Exception {
        MwsResult result = PolledSources.call(endpoint, download, PolledSources.parameters(spec.id(), item.id()));
        Message message = exchange.getMessage();
        EndpointSettings settings = endpoint.settings();
        String contentType = result.response().metadata().contentType();
        ProcessingReport summary;
        try (InputStream report = result.response().document().streamCache()) {
            summary = ProcessingReport.read(report, DocumentCharsets.of(contentType, settings.flatFileCharset()));
        } catch (RuntimeException unreadable) {
            result.response().document().discard();
            throw new IllegalStateException("The processing report of feed submission " + item.id() + " cannot be read: " + unreadable.getMessage(),
                    unreadable);
        }
        ResultMessages.fillMetadata(message, result.response().metadata(), result);
        ResultMessages.handOn(exchange, result.response().document(), contentType, settings.polledBodies(), download.action(),
                settings.flatFileCharset(), endpoint.getConfiguration().isDownloadLocalWorkPath());
        message.setHeader(MwsConstants.FEED_SUBMISSION_ID, item.id());
        message.setHeader(MwsConstants.SUBMITTED_DATE, item.version());
        ResultMessages.setOrRemove(message, MwsConstants.FEED_TYPE, item.field("FeedType"));
        message.setHeader(MwsConstants.FEED_PROCESSING_STATUS, item.field(spec.status()));
        message.setHeader(MwsConstants.MESSAGES_PROCESSED, summary.processed());
        message.setHeader(MwsConstants.MESSAGES_SUCCESSFUL, summary.successful());
        message.setHeader(MwsConstants.MESSAGES_WITH_ERROR, summary.withError());
        message.setHeader(MwsConstants.MESSAGES_WITH_WARNING, summary.withWarning());
    }
}
