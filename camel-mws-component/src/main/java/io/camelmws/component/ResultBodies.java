package io.camelmws.component;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.data.AnswerBinder;
import io.camelmws.component.data.MwsModels;
import io.camelmws.component.error.MwsModelBindingException;
import io.camelmws.component.model.MwsResult;
import io.camelmws.component.model.VerifiedDocument;
import io.camelmws.component.report.FlatFileRows;

/**
 * Turns an answer's XML into the body the endpoint's {@code resultFormat} asks for. Which model an operation's
 * Result binds to is the catalog's (a section's {@code models}); an endpoint asking for a model its operation does
 * not have is refused when it is created, not when the first answer arrives.
 */
final class ResultBodies {

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
     * @param documents  whether the endpoint hands on a downloaded document (GetReport, or a workflow's report or
     *                   processing report) rather than an XML envelope
     * @param operations the operations whose answers the endpoint hands on (its own, and the ByNextToken one when it pages)
     * @throws IllegalArgumentException when the format does not apply to what the endpoint hands on, or needs a model
     *                                  one of the operations does not have
     */
    static ResultBodies of(ResultFormat format, MwsCatalog catalog, boolean documents, ResolvedOperation... operations) {
        if (format == null) {
            throw new IllegalArgumentException("resultFormat must be one of XML, MODEL, JSON, ROWS");
        }
        String action = operations[0].action();
        if (format == ResultFormat.ROWS) {
            if (!documents) {
                throw new IllegalArgumentException("resultFormat=ROWS applies to flat-file documents (GetReport, RequestReport or SubmitFeed with"
                                                   + " await=true, GetFeedSubmissionResult), not to " + action + ", which answers XML");
            }
            return new ResultBodies(format, Map.of());
        }
        if (format == ResultFormat.XML) {
            return xml();
        }
        if (documents) {
            throw new IllegalArgumentException("resultFormat=" + format + " does not apply to " + action + ", which hands on a document;"
                                               + " use resultFormat=ROWS for a flat file or XML");
        }
        Map<String, Class<?>> models = new LinkedHashMap<>();
        for (ResolvedOperation operation : operations) {
            if (operation == null) {
                continue;
            }
            String model = operation.section().model(operation.action()).orElseThrow(() -> new IllegalArgumentException(
                    "resultFormat=" + format + ": " + operation.action() + " has no typed model yet; use resultFormat=XML, or one of the"
                    + " operations that have one: " + withModels(catalog)));
            models.put(operation.action(), MwsModels.resultModel(operation.section(), model));
        }
        return new ResultBodies(format, Map.copyOf(models));
    }

    ResultFormat format() {
        return format;
    }

    /**
     * The body for a verified document in {@code charset}: itself (re-readable, see {@link VerifiedDocument#body()}),
     * or its rows.
     */
    Object documentBody(String action, VerifiedDocument document, Charset charset) {
        return format == ResultFormat.ROWS ? FlatFileRows.open(action, document.streamCache(), charset) : document.body();
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

    private static String withModels(MwsCatalog catalog) {
        return String.join(", ", catalog.sections().stream().flatMap(section -> section.models().keySet().stream()).toList());
    }
}
