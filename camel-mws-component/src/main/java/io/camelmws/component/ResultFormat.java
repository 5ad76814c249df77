package io.camelmws.component;

/** What the body of an answer's message is (the {@code resultFormat} option). */
public enum ResultFormat {
    /** The answer's XML as MWS sent it, as a String. */
    XML,
    /** The answer's Result element as its typed model ({@code io.camelmws.component.model.<section>}). */
    MODEL,
    /** That model as typed JSON text: numbers as numbers, booleans as booleans, lists as arrays, dates in ISO 8601. */
    JSON,
    /**
     * A flat-file document (GetReport, a report workflow's report, a flat-file processing report) as a lazy
     * {@code Iterator<Map<String, String>>} of rows keyed by the header line, read one line at a time.
     */
    ROWS
}
