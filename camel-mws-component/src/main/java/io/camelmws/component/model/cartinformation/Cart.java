package io.camelmws.component.model.cartinformation;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** A customer's cart: active items and items saved for later. */
public record Cart(
        @JsonProperty("MarketplaceId") String marketplaceId,
        @JsonProperty("NumberOfActiveItems") Integer numberOfActiveItems,
        @JsonProperty("NumberOfSavedItems") Integer numberOfSavedItems,
        @JsonProperty("CustomerId") String customerId,
        @JsonProperty("CartType") String cartType,
        @JsonProperty("ActiveCartItemList")
        @JacksonXmlElementWrapper(localName = "ActiveCartItemList")
        List<CartItem> activeItems,
        @JsonProperty("SavedCartItemList")
        @JacksonXmlElementWrapper(localName = "SavedCartItemList")
        List<CartItem> savedItems,
        @JsonProperty("LastUpdatedDate") Instant lastUpdatedDate,
        @JsonProperty("SessionId") String sessionId,
        @JsonProperty("CartId") String cartId) {

    public Cart {
        activeItems = activeItems == null ? List.of() : List.copyOf(activeItems);
        savedItems = savedItems == null ? List.of() : List.copyOf(savedItems);
    }
}
