package io.camelmws.sandbox.operation;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import java.util.HashMap;
import java.util.Map;

/**
 * Which operations the sandbox simulates and who does it. An operation that the catalog knows but that has no
 * handler here is answered with InvalidRequest, never with an invented success.
 */
public final class OperationRegistry {

    /** Section name, then action; no per-request key building. */
    private final Map<String, Map<String, OperationHandler>> handlers = new HashMap<>();

    /** The operations simulated today. */
    public static OperationRegistry standard(SectionCatalog catalog) {
        OperationRegistry registry = new OperationRegistry();
        ServiceStatusHandler serviceStatus = new ServiceStatusHandler();
        for (Section section : catalog.sections()) {
            if (section.hasOperation(ServiceStatusHandler.ACTION)) {
                registry.register(section, ServiceStatusHandler.ACTION, serviceStatus);
            }
        }
        return registry;
    }

    public OperationRegistry register(Section section, String action, OperationHandler handler) {
        if (!section.hasOperation(action)) {
            throw new IllegalArgumentException("Section " + section.name() + " has no operation " + action
                    + "; add it to the catalog first");
        }
        handlers.computeIfAbsent(section.name(), name -> new HashMap<>()).put(action, handler);
        return this;
    }

    /** The handler of {@code action} in {@code section}, or {@code null} when it is not simulated. */
    public OperationHandler find(Section section, String action) {
        Map<String, OperationHandler> ofSection = handlers.get(section.name());
        return ofSection == null ? null : ofSection.get(action);
    }
}
