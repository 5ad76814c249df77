package io.camelmws.component;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.catalog.Section;
import io.camelmws.component.data.AnswerBinder;
import io.camelmws.component.error.MwsModelBindingException;
import io.camelmws.component.model.MwsResult;

/**
 * Turns an answer's XML into the body the endpoint's {@code resultFormat} asks for. Which model an operation's
 * Result binds to is the catalog's (a section's {@code models}); an endpoint asking for a model its operation does
 * not have is refused when it is created, not when the first answer arrives.
 */
final class ResultBodies {

    private static final String MODEL_PACKAGE = "io.camelmws.component.model.";

    private final ResultFormat format;
    private final Map<String, Class<?>> models;

    private ResultBodies(ResultFormat format, Map<String, Class<?>> models) {
        this.format = format;
        this.models = models;
    }

    static ResultBodies xml() {
        return new ResultBodies(ResultFormat.XML, Map.of());
    }

    /**
     * @param operations the operations whose answers the endpoint hands on (its own, and the ByNextToken one when it pages)
     * @throws IllegalArgumentException when the format needs a model one of them does not have
     */
    static ResultBodies of(ResultFormat format, MwsCatalog catalog, ResolvedOperation... operations) {
        if (format == null) {
            throw new IllegalArgumentException("resultFormat must be one of XML, MODEL, JSON");
        }
        if (format == ResultFormat.XML) {
            return xml();
        }
        Map<String, Class<?>> models = new LinkedHashMap<>();
        for (ResolvedOperation operation : operations) {
            if (operation == null) {
                continue;
            }
            String model = operation.section().model(operation.action()).orElseThrow(() -> new IllegalArgumentException(
                    "resultFormat=" + format + ": " + operation.action() + " has no typed model yet; use resultFormat=XML, or one of the"
                    + " operations that have one: " + withModels(catalog)));
            models.put(operation.action(), modelClass(operation.section(), model));
        }
        return new ResultBodies(format, Map.copyOf(models));
    }

    ResultFormat format() {
        return format;
    }

    /** The body for the answer {@code result} of {@code operation}. */
    Object body(ResolvedOperation operation, MwsResult result) {
        String xml = result.response().text();
        if (format == ResultFormat.XML) {
            return xml;
        }
        Class<?> type = models.get(operation.action());
        try {
            Object model = AnswerBinder.bind(xml, type);
            return format == ResultFormat.MODEL ? model : AnswerBinder.json(model);
        } catch (AnswerBinder.BindingException e) {
            MwsModelBindingException failure = new MwsModelBindingException(operation.action(), result.response().metadata().httpStatus(),
                    e.getMessage(), result.response().metadata().requestId() != null ? result.response().metadata().requestId()
                            : result.scan().requestId(), e);
            failure.setResponseMetadata(result.response().metadata());
            throw failure;
        }
    }

    private static Class<?> modelClass(Section section, String model) {
        String name = MODEL_PACKAGE + section.name().toLowerCase(Locale.ROOT) + "." + model;
        try {
            return Class.forName(name, false, ResultBodies.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("MWS catalog: section " + section.name() + " names model " + model + ", but there is no " + name, e);
        }
    }

    private static String withModels(MwsCatalog catalog) {
        return String.join(", ", catalog.sections().stream().flatMap(section -> section.models().keySet().stream()).toList());
    }
}
