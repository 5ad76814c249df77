package io.camelmws.component.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An amount of money as MWS writes it ({@code <CurrencyCode>USD</CurrencyCode><Amount>44.98</Amount>}): the amount
 * exactly as sent, never a binary floating-point number. The Finances section names the amount
 * {@code CurrencyAmount} and the FBA outbound section {@code Value}; both are read into the same {@code amount}.
 */
public record Money(
        @JsonProperty("CurrencyCode") String currencyCode,
        @JsonProperty("Amount") @JsonAlias({"CurrencyAmount", "Value"}) BigDecimal amount) {
}
