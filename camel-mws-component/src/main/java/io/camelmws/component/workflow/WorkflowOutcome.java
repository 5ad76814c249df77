package io.camelmws.component.workflow;

import io.camelmws.component.model.MwsResult;

/**
 * How a report or feed workflow ended.
 *
 * @param id       the ReportRequestId or FeedSubmissionId
 * @param status   MWS's final processing status
 * @param reportId the ReportId, for reports that have one
 * @param download the verified report or processing report; null for _DONE_NO_DATA_
 * @param summary  the processing report's summary, for feeds
 */
public record WorkflowOutcome(String id, String status, String reportId, MwsResult download, ProcessingReport summary) {
}
