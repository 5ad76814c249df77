package io.camelmws.component.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An amount of money as MWS writes it ({@code <CurrencyCode>USD</CurrencyCode><Amount>44.98</Amount>}, or
 * {@code <Value>} in the FBA outbound section): the amount exactly as sent, never a binary floating-point number.
 */
public record Money(
        @JsonProperty("CurrencyCode") String currencyCode,
        @JsonProperty("Amount") @JsonAlias("Value") BigDecimal amount) {
}
