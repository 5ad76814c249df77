package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import java.math.BigDecimal;

/** Money as this section writes it: {@code <CurrencyCode/><Value/>} (not Amount, as most sections do). */
record Amount(String currencyCode, BigDecimal value) {

    /** {@code Name.CurrencyCode} and {@code Name.Value}; {@code null} when neither was sent. */
    static Amount read(WebServiceParameters parameters, String name) {
        WebServiceParameters money = parameters.nested(name);
        if (!money.present()) {
            return null;
        }
        return new Amount(money.required("CurrencyCode"), money.amount("Value") == null
                ? BigDecimal.ZERO : money.amount("Value"));
    }

    void write(XmlWriter xml, String element) {
        xml.start(element).element("CurrencyCode", currencyCode).element("Value", value.toPlainString()).end(element);
    }
}
