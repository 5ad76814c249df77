package io.camelmws.component.catalog;

import java.util.List;
import java.util.Map;

/**
 * One MWS API section (Feeds, Reports, Orders, ...).
 *
 * @param path                  the path requests are sent to ({@code /} for Feeds and Reports, as the
 *                              official clients did)
 * @param alternativePaths      other paths MWS also answered on
 * @param namespace             the XML namespace of its responses
 * @param sellerParameter       {@code Merchant} for Feeds/Reports, {@code SellerId} elsewhere
 * @param marketplaceParameter  how marketplace ids are sent, or null when the section takes none
 * @param lists                 list parameters, name to member ({@code ReportTypeList -> Type})
 * @param operations            by Action
 * @param models                Action to the name of the typed model its Result element binds to (in
 *                              {@code io.camelmws.component.model.<section>}), for the operations that have one
 * @param documentModels        Action to the model of the XML document it downloads (GetFeedSubmissionResult's
 *                              ProcessingReport), bound at the document's first element of the model's name
 */
public record Section(
        String name,
        String version,
        String path,
        List<String> alternativePaths,
        String namespace,
        String sellerParameter,
        ListNaming marketplaceParameter,
        Map<String, String> lists,
        Map<String, Operation> operations,
        Map<String, String> models,
        Map<String, String> documentModels) {

    /** The name of the model of the XML document {@code action} downloads, if it has one. */
    public java.util.Optional<String> documentModel(String action) {
        return java.util.Optional.ofNullable(documentModels.get(action));
    }

    /** The name of the typed model {@code action}'s Result element binds to, if it has one. */
    public java.util.Optional<String> model(String action) {
        return java.util.Optional.ofNullable(models.get(action));
    }

    public boolean hasServiceStatus() {
        return operations.containsKey("GetServiceStatus");
    }

    /** List naming for {@code parameter} in {@code operation}: the operation's own entry wins over the section's. */
    public ListNaming listNaming(Operation operation, String parameter) {
        String member = operation != null ? operation.lists().get(parameter) : null;
        if (member == null) {
            member = lists.get(parameter);
        }
        return new ListNaming(parameter, member);
    }
}
