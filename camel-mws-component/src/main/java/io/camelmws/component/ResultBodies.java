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
    private final Class<?> documentModel;

    private ResultBodies(ResultFormat format, Map<String, Class<?>> models, Class<?> documentModel) {
        this.format = format;
        this.models = models;
        this.documentModel = documentModel;
    }

    static ResultBodies xml() {
        return new ResultBodies(ResultFormat.XML, Map.of(), null);
    }

    /**
     * @param documentAction the operation whose downloaded document the endpoint hands on (GetReport,
     *                       GetFeedSubmissionResult, a workflow's download), or null when it hands on XML envelopes
     * @param operations     the operations whose answers the endpoint hands on (its own, and the ByNextToken one when it pages)
     * @throws IllegalArgumentException when the format does not apply to what the endpoint hands on, or needs a model
     *                                  it does not have
     */
    static ResultBodies of(ResultFormat format, MwsCatalog catalog, String documentAction, ResolvedOperation... operations) {
        if (format == null) {
            throw new IllegalArgumentException("resultFormat must be one of XML, MODEL, JSON, ROWS");
        }
        String action = operations[0].action();
        if (format == ResultFormat.XML) {
            return xml();
        }
        if (format == ResultFormat.ROWS) {
            if (documentAction == null) {
                throw new IllegalArgumentException("resultFormat=ROWS applies to flat-file documents (GetReport, RequestReport or SubmitFeed with"
                                                   + " await=true, GetFeedSubmissionResult), not to " + action + ", which answers XML");
            }
            return new ResultBodies(format, Map.of(), null);
        }
        if (documentAction != null) {
            Class<?> model = MwsModels.forDocumentOf(catalog, documentAction).orElseThrow(() -> new IllegalArgumentException(
                    "resultFormat=" + format + " does not apply to " + action + ": the document it hands on (" + documentAction
                    + "'s) has no typed model; use resultFormat=ROWS for a flat file or XML"));
            return new ResultBodies(format, Map.of(), model);
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
        return new ResultBodies(format, Map.copyOf(models), null);
    }

    ResultFormat format() {
        return format;
    }

    /**
     * The body for a verified document in {@code charset}: itself (re-readable, see {@link VerifiedDocument#body()}),
     * its rows, or its typed model or JSON (an XML processing report).
     */
    Object documentBody(String action, VerifiedDocument document, Charset charset) {
        switch (format) {
            case ROWS:
                return FlatFileRows.open(action, document.streamCache(), charset);
            case MODEL:
            case JSON:
                try {
                    Object model = AnswerBinder.readDocument(document.streamCache(), documentModel);
                    return format == ResultFormat.MODEL ? model : AnswerBinder.json(model);
                } catch (AnswerBinder.BindingException e) {
                    throw new MwsModelBindingException(action, 0, "the document is not an XML " + documentModel.getSimpleName()
                                                                  + " (a flat-file feed's report is a flat file: use resultFormat=ROWS): "
                                                                  + e.getMessage(), null, e);
                }
            default:
                return document.body();
        }
    }

    /** One element of an answer (the consumer's one order) in the format asked for: its XML, its model, or the model's JSON. */
    <T> Object element(String xml, Class<T> type, String action) {
        if (format == ResultFormat.XML) {
            return xml;
        }
        try {
            T model = AnswerBinder.read(xml, type);
            return format == ResultFormat.MODEL ? model : AnswerBinder.json(model);
        } catch (AnswerBinder.BindingException e) {
            throw new MwsModelBindingException(action, 0, e.getMessage(), null, e);
        }
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
