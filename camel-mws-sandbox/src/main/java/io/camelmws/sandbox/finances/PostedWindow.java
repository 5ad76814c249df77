package io.camelmws.sandbox.finances;

import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceDates;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import java.time.Duration;
import java.time.Instant;

/**
 * A Finances date window as the section's pages state it: the start (PostedAfter, FinancialEventGroupStartedAfter)
 * is inclusive and must be no later than two minutes before the request; the end (PostedBefore,
 * FinancialEventGroupStartedBefore) is exclusive, defaults to now minus two minutes, is brought back to now minus two
 * minutes when later (Amazon still posts events for the last two minutes), and must be later than the start.
 *
 * @param from inclusive
 * @param to   exclusive, at most now minus two minutes
 */
record PostedWindow(Instant from, Instant to) {

    /** How far behind the request time a window must end: events of the last two minutes may still be posted. */
    static final Duration SETTLING = Duration.ofMinutes(2);

    /** The window of {@code afterName}/{@code beforeName} of a request at {@code now}; {@code afterName} is given. */
    static PostedWindow read(WebServiceParameters parameters, String afterName, String beforeName, Instant now) {
        Instant latest = now.minus(SETTLING);
        Instant from = WebServiceDates.parse(afterName, parameters.required(afterName));
        if (from.isAfter(latest)) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(afterName, parameters.optional(afterName),
                    "a date no later than two minutes before the request (" + WebServiceDates.format(latest) + ")"));
        }
        Instant to = parameters.date(beforeName, latest);
        boolean broughtBack = to.isAfter(latest);
        if (broughtBack) {
            to = latest;
        }
        if (!to.isAfter(from)) {
            String before = parameters.optional(beforeName) == null || broughtBack
                    ? WebServiceDates.format(latest) + " (two minutes before the request, its latest value)"
                    : parameters.optional(beforeName);
            throw new OperationFailure(MwsError.of(400, "InvalidParameterValue", beforeName + " " + before
                    + " must be later than " + afterName + " " + parameters.optional(afterName) + "."));
        }
        return new PostedWindow(from, to);
    }
}
