package io.camelmws.component.model.orders;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.camelmws.component.model.Money;

/** One part of a split payment (COD orders): how much was paid which way. */
public record PaymentExecutionDetailItem(
        @JsonProperty("Payment") Money payment,
        @JsonProperty("PaymentMethod") String paymentMethod) {
}
