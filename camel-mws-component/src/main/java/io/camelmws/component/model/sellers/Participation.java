package io.camelmws.component.model.sellers;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The seller's participation in one marketplace. MWS writes {@code HasSellerSuspendedListings} as {@code Yes} or
 * {@code No}; the text is kept as sent and offered as a Boolean by {@link #suspendedListings()}.
 */
public record Participation(
        @JsonProperty("MarketplaceId") String marketplaceId,
        @JsonProperty("SellerId") String sellerId,
        @JsonProperty("HasSellerSuspendedListings") String hasSellerSuspendedListings) {

    /** True for {@code Yes}, false for {@code No}, null when MWS sent neither. */
    public Boolean suspendedListings() {
        if ("Yes".equals(hasSellerSuspendedListings)) {
            return Boolean.TRUE;
        }
        return "No".equals(hasSellerSuspendedListings) ? Boolean.FALSE : null;
    }
}
