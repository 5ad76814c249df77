package io.camelmws.component.catalog;

/**
 * What one endpoint calls: the operation, the section it belongs to and the version and path actually
 * used (an explicit {@code version} option may differ from the catalog's).
 *
 * @param known false when the operation was accepted only because {@code section} and {@code version} were
 *              given explicitly; such an operation has no quota or parameter rules from the catalog
 */
public record ResolvedOperation(Operation operation, Section section, String version, String path, boolean known) {

    public String action() {
        return operation.name();
    }

    /**
     * How many items a request with these (bound) parameters costs against the operation's burst quota: the number of
     * ids in its required list parameter ({@code SellerSKUList.SellerSKU.1..n}, {@code FeesEstimateRequestList.FeesEstimateRequest.n.*})
     * where MWS meters items (the throttle's {@code perItem}, Products), else 1.
     */
    public int items(java.util.Map<String, String> parameters) {
        ThrottleSpec throttle = operation.throttle();
        if (throttle == null || !throttle.perItem()) {
            return 1;
        }
        for (String required : operation.required()) {
            String prefix = required + ".";
            java.util.Set<String> indices = new java.util.HashSet<>();
            for (String name : parameters.keySet()) {
                if (name.startsWith(prefix)) {
                    // List.Member.N, or List.Member.N.Field for a list of structures: N is the item.
                    String[] parts = name.split("\\.");
                    if (parts.length >= 3) {
                        indices.add(parts[2]);
                    }
                }
            }
            if (!indices.isEmpty()) {
                return indices.size();
            }
        }
        return 1;
    }
}
