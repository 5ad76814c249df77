package io.camelmws.sandbox.orders;

/**
 * A shipping address as {@code Order/ShippingAddress} carries it (REFERENCE 10.1).
 *
 * @param addressLine2                the second line (flat, suite, floor), or {@code null} when the address has none
 * @param countryCode                 ISO 3166 code ({@code GB} for the UK)
 * @param addressSharingConfidential  {@code isAddressSharingConfidential}: whether Amazon keeps the address from the
 *                                    seller's carrier integrations; false in every recorded answer
 */
public record Address(String name, String addressLine1, String addressLine2, String city, String stateOrRegion,
                      String postalCode, String countryCode, String phone, boolean addressSharingConfidential) {
}
