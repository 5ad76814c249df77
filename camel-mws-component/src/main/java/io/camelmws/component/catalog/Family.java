package io.camelmws.component.catalog;

/**
 * How an endpoint carries out its operation, chosen once when the producer is created: each family has its own
 * processor.
 */
public enum Family {
    /** One call; its answer, an XML envelope or a verified document, becomes the message. */
    PLAIN,
    /** One call whose answer is the first of a lazy series of pages (autoPaginate). */
    PAGED,
    /** RequestReport, then wait, then GetReport (await). */
    REPORT_WORKFLOW,
    /** SubmitFeed, then wait, then GetFeedSubmissionResult (await). */
    FEED_WORKFLOW
}
