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
 * @param requiredOneOf        groups of which at least one parameter must be present
 * @param nextTokenOperation   the ByNextToken operation that continues this one, if any
 * @param lists                list parameters of this operation only, name to member (overrides the section's)
 * @param throttle             the published quota, or null where none is known
 */
public record Operation(
        String name,
        String sectionName,
        boolean carriesBody,
        boolean returnsDocument,
        boolean takesMarketplace,
        List<String> required,
        List<List<String>> requiredOneOf,
        String nextTokenOperation,
        Map<String, String> lists,
        ThrottleSpec throttle) {

    public Optional<String> nextToken() {
        return Optional.ofNullable(nextTokenOperation);
    }

    /** Operations that change nothing at MWS, so an ambiguous failure may be repeated safely. */
    public boolean isRead() {
        return name.startsWith("Get") || name.startsWith("List") || name.endsWith("Count");
    }
}
