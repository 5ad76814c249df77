package io.camelmws.component.invoke;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.OperationResolver;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.http.MwsResponse;
import io.camelmws.component.xml.SafeXml;
import io.camelmws.component.xml.XmlText;

/**
 * Resolves a SubmitFeed whose answer was lost after it was sent: asks GetFeedSubmissionList for a
 * submission of the same FeedType since the attempt began. Found, it is the call's result (a SubmitFeed
 * answer rebuilt from it); not found, the feed was not received and may be sent again.
 * <p>
 * MWS's FeedSubmissionInfo carries no Content-MD5, so the match is by FeedType and time: a concurrent sender
 * of the same FeedType for the same seller within those minutes could be mistaken for this one.
 */
final class SubmitFeedRecovery {

    /** How far before the first attempt a submission may be dated: MWS's clock and ours differ a little. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);

    private final MwsInvoker invoker;

    SubmitFeedRecovery(MwsInvoker invoker) {
        this.invoker = invoker;
    }

    /** Completes with a rebuilt SubmitFeed answer, or with null when MWS has no such submission. */
    CompletableFuture<MwsResponse> lookUp(ResolvedOperation submitFeed, SortedMap<String, String> parameters, Instant firstSentAt) {
        ResolvedOperation list = new OperationResolver(MwsCatalog.standard()).resolve("GetFeedSubmissionList", "Feeds", submitFeed.version());
        String feedType = parameters.get("FeedType");
        Instant from = firstSentAt.minus(CLOCK_TOLERANCE);
        SortedMap<String, String> query = new TreeMap<>();
        query.put("FeedTypeList.Type.1", feedType);
        query.put("SubmittedFromDate", DateTimeFormatter.ISO_INSTANT.format(from));
        query.put("MaxCount", "100");
        return invoker.invoke(list, query, null, new CallStats())
                .thenApply(result -> newestMatching(result.response(), feedType, from, submitFeed.section().namespace()));
    }

    private static MwsResponse newestMatching(MwsResponse listAnswer, String feedType, Instant from, String namespace) {
        Submission newest = null;
        try {
            XMLStreamReader reader = SafeXml.reader(listAnswer.text());
            Submission current = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (name.equals("FeedSubmissionInfo")) {
                        current = new Submission();
                    } else if (current != null) {
                        current.set(name, reader.getElementText().trim());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("FeedSubmissionInfo") && current != null) {
                    if (feedType.equals(current.feedType) && current.submitted() != null && !current.submitted().isBefore(from)
                        && (newest == null || current.submitted().isAfter(newest.submitted()))) {
                        newest = current;
                    }
                    current = null;
                }
            }
        } catch (SafeXml.UnsafeOrMalformedXmlException | XMLStreamException e) {
            throw new IllegalStateException("GetFeedSubmissionList answered a document that cannot be read: " + e.getMessage(), e);
        }
        if (newest == null) {
            return null;
        }
        String requestId = listAnswer.metadata().requestId();
        String xml = "<?xml version=\"1.0\"?>\n<SubmitFeedResponse xmlns=\"" + XmlText.escape(namespace) + "\"><SubmitFeedResult><FeedSubmissionInfo>"
                     + "<FeedSubmissionId>" + XmlText.escape(newest.id) + "</FeedSubmissionId>"
                     + "<FeedType>" + XmlText.escape(newest.feedType) + "</FeedType>"
                     + "<SubmittedDate>" + XmlText.escape(newest.submittedDate) + "</SubmittedDate>"
                     + "<FeedProcessingStatus>" + XmlText.escape(newest.status) + "</FeedProcessingStatus>"
                     + "</FeedSubmissionInfo></SubmitFeedResult><ResponseMetadata><RequestId>" + XmlText.escape(requestId == null ? "" : requestId)
                     + "</RequestId></ResponseMetadata></SubmitFeedResponse>";
        return new MwsResponse(listAnswer.metadata(), xml, null, null);
    }

    private static final class Submission {
        String id = "";
        String feedType = "";
        String submittedDate = "";
        String status = "";

        void set(String element, String value) {
            switch (element) {
                case "FeedSubmissionId" -> id = value;
                case "FeedType" -> feedType = value;
                case "SubmittedDate" -> submittedDate = value;
                case "FeedProcessingStatus" -> status = value;
                default -> { }
            }
        }

        Instant submitted() {
            try {
                return OffsetDateTime.parse(submittedDate).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
