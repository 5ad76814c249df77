package io.camelmws.component.catalog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides which section, version and path an Action is sent to, from the catalog and the optional
 * {@code section} and {@code version} options. Every refusal says what would have been accepted.
 */
public final class OperationResolver {

    private final MwsCatalog catalog;

    public OperationResolver(MwsCatalog catalog) {
        this.catalog = catalog;
    }

    public ResolvedOperation resolve(String action, String sectionName, String version) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("The MWS action is missing: use mws:<Action>, e.g. mws:ListOrders");
        }
        boolean explicitSection = sectionName != null && !sectionName.isBlank();
        boolean explicitVersion = version != null && !version.isBlank();
        if (explicitSection) {
            Section section = catalog.section(sectionName).orElse(null);
            if (section == null) {
                if (!explicitVersion) {
                    throw new IllegalArgumentException("section '" + sectionName + "' is not in the catalog (known: "
                            + catalog.sections().stream().map(Section::name).collect(Collectors.joining(", "))
                            + "); give version too to call a section the catalog does not know");
                }
                return adHoc(action, adHocSection(sectionName, version), version);
            }
            Operation operation = section.operations().get(action);
            if (operation == null) {
                if (!explicitVersion) {
                    throw new IllegalArgumentException("Unknown MWS action '" + action + "' in section " + section.name()
                            + "; did you mean " + nearestIn(section, action)
                            + "? (set version as well to call an operation the catalog does not know)");
                }
                return adHoc(action, section, version);
            }
            return known(operation, section, explicitVersion ? version : section.version());
        }
        List<Operation> candidates = catalog.operationsNamed(action);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("Unknown MWS action '" + action + "'; did you mean "
                    + String.join(", ", catalog.nearestActions(action, 3))
                    + "? (set section and version to call an operation the catalog does not know)");
        }
        if (candidates.size() > 1) {
            throw new IllegalArgumentException("MWS action '" + action + "' exists in several sections ("
                    + candidates.stream().map(Operation::sectionName).collect(Collectors.joining(", "))
                    + "); set the section option to choose one");
        }
        Operation operation = candidates.get(0);
        Section section = catalog.sectionOf(operation);
        return known(operation, section, explicitVersion ? version : section.version());
    }

    private static ResolvedOperation known(Operation operation, Section section, String version) {
        return new ResolvedOperation(operation, section, version, pathFor(section, version), true);
    }

    private static ResolvedOperation adHoc(String action, Section section, String version) {
        Operation operation = new Operation(action, section.name(), false, false, section.marketplaceParameter() != null,
                List.of(), List.of(), List.of(), null, Map.of(), null,
                // Nothing is known of it, so nothing is repeated that might have been carried out.
                false, null, null);
        return new ResolvedOperation(operation, section, version, pathFor(section, version), false);
    }

    /** Feeds and Reports keep their bare path whatever the version; every other section is /Section/Version. */
    private static String pathFor(Section section, String version) {
        if ("/".equals(section.path())) {
            return "/";
        }
        return "/" + section.name() + "/" + version;
    }

    private static Section adHocSection(String name, String version) {
        return new Section(name, version, "/" + name + "/" + version, List.of(), null, "SellerId",
                new ListNaming("MarketplaceId", null), Map.of(), Map.of(), Map.of(), Map.of());
    }

    private String nearestIn(Section section, String action) {
        return catalog.nearestActions(action, 50).stream()
                .filter(section.operations()::containsKey)
                .limit(3)
                .collect(Collectors.joining(", "));
    }
}
