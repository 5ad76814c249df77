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
}
