package io.camelmws.sandbox.feeds;

import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.webservice.WebServiceDates;

/** {@code FeedSubmissionInfo}, with the element names and order of REFERENCE 11. */
final class FeedsXml {

    private FeedsXml() {
    }

    static void submissionInfo(XmlWriter xml, FeedSubmission submission, FeedProcessingStatus status) {
        boolean started = status == FeedProcessingStatus.IN_PROGRESS || status == FeedProcessingStatus.DONE;
        xml.start("FeedSubmissionInfo")
                .element("FeedSubmissionId", submission.id())
                .element("FeedType", submission.feed().feedType())
                .element("SubmittedDate", WebServiceDates.format(submission.submittedAt()))
                .element("FeedProcessingStatus", status.wireName())
                .element("StartedProcessingDate", started ? WebServiceDates.format(submission.startedAt()) : null)
                .element("CompletedProcessingDate", status == FeedProcessingStatus.DONE
                        ? WebServiceDates.format(submission.completedAt()) : null)
                .end("FeedSubmissionInfo");
    }
}
