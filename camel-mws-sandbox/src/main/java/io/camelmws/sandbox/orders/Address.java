package io.camelmws.sandbox.orders;

/**
 * A shipping address as {@code Order/ShippingAddress} carries it (REFERENCE 10.1).
 *
 * @param countryCode ISO 3166 code ({@code GB} for the UK)
 */
public record Address(String name, String addressLine1, String city, String stateOrRegion, String postalCode,
                      String countryCode, String phone) {
}
