package io.camelmws.component.catalog;

/**
 * The submission a write operation starts at MWS (a feed submission, a report request) and how it is followed:
 * which list operation polls its status and finds it again when the write's answer was lost, the elements of
 * that list's answer, and the operations that fetch its result.
 *
 * @param list           the list operation that names submissions by id or by type and date (GetFeedSubmissionList)
 * @param idList         the list parameter that selects submissions by id (FeedSubmissionIdList)
 * @param info           the element describing one submission in the list's answer (FeedSubmissionInfo)
 * @param id             its id element (FeedSubmissionId)
 * @param status         its processing status element (FeedProcessingStatus)
 * @param submittedDate  when MWS received it, on MWS's clock (SubmittedDate)
 * @param typeParameter  the write's parameter that says what was submitted (FeedType), also an element of info
 * @param typeList       the list parameter that filters by that type (FeedTypeList)
 * @param fromDate       the list parameter that lists submissions from a date on (SubmittedFromDate)
 * @param download       the operation that fetches the result document (GetFeedSubmissionResult)
 * @param reportList     the operation that lists the report a finished request generated, or null
 * @param acknowledge    the operation that marks a fetched report acknowledged, or null
 */
public record Workflow(
        Kind kind,
        String list,
        String idList,
        String info,
        String id,
        String status,
        String submittedDate,
        String typeParameter,
        String typeList,
        String fromDate,
        String download,
        String reportList,
        String acknowledge) {

    /** What the workflow ends with: a feed's processing report, or a generated report. */
    public enum Kind {
        FEED, REPORT
    }
}
