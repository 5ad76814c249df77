package io.camelmws.component.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One MWS operation as the catalog knows it.
 *
 * @param name                 the Action, e.g. {@code ListOrders}
 * @param sectionName          the section it belongs to
 * @param carriesBody          true when the request sends a document as its body (SubmitFeed); its other
 *                             parameters then travel in the query string
 * @param returnsDocument      true when the answer is a raw document rather than an XML envelope (GetReport)
 * @param takesMarketplace     true when the endpoint's {@code marketplaceId} option is sent with it
 * @param required             parameters that must be present
 * @param optional             parameters it also takes that an endpoint option can set (PurgeAndReplace)
 * @param requiredOneOf        groups of which at least one parameter must be present
 * @param nextTokenOperation   the ByNextToken operation that continues this one, if any
 * @param lists                list parameters of this operation only, name to member (overrides the section's)
 * @param throttle             the published quota, or null where none is known
 * @param repeatable           whether a request may be sent again after a failure that leaves open whether MWS
 *                             carried it out: true for reads and for writes that change nothing more when
 *                             repeated; false for writes that create something, and for operations the catalog
 *                             does not know
 * @param workflow             the submission this write starts and how it is followed, or null
 * @param poll                 what a consumer of this list operation polls, or null when it cannot be polled
 */
public record Operation(
        String name,
        String sectionName,
        boolean carriesBody,
        boolean returnsDocument,
        boolean takesMarketplace,
        List<String> required,
        List<String> optional,
        List<List<String>> requiredOneOf,
        String nextTokenOperation,
        Map<String, String> lists,
        ThrottleSpec throttle,
        boolean repeatable,
        Workflow workflow,
        PollSpec poll) {

    public Optional<String> nextToken() {
        return Optional.ofNullable(nextTokenOperation);
    }

    /** Whether the operation takes {@code parameter}, as far as the catalog lists its parameters. */
    public boolean takes(String parameter) {
        return required.contains(parameter) || optional.contains(parameter);
    }

    /** What {@code from("mws:" + name)} polls, when the operation can be polled. */
    public Optional<PollSpec> polled() {
        return Optional.ofNullable(poll);
    }

    public Optional<Workflow> startsWorkflow() {
        return Optional.ofNullable(workflow);
    }

    /**
     * The processor family that carries out this operation for an endpoint with these options: a workflow when the
     * operation starts one and the endpoint awaits it, pages when it continues with a ByNextToken operation and the
     * endpoint pages, else one plain call.
     */
    public Family family(boolean await, boolean autoPaginate) {
        if (await && workflow != null) {
            return workflow.kind() == Workflow.Kind.FEED ? Family.FEED_WORKFLOW : Family.REPORT_WORKFLOW;
        }
        return autoPaginate ? Family.PAGED : Family.PLAIN;
    }
}
