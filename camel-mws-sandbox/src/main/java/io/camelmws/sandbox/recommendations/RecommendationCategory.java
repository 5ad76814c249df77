package io.camelmws.sandbox.recommendations;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The RecommendationCategory values (Recommendations_ListRecommendations), the list element each answers in, and
 * the hour of the day its recommendations are refreshed (the sandbox's choice: one refresh a day, staggered).
 * ListingQuality has no last-updated time: "the last updated timestamp is not returned for listing quality
 * recommendations".
 */
enum RecommendationCategory {

    INVENTORY("Inventory", 2, true),
    SELECTION("Selection", 3, true),
    PRICING("Pricing", 4, true),
    FULFILLMENT("Fulfillment", 5, true),
    LISTING_QUALITY("ListingQuality", 6, false),
    GLOBAL_SELLING("GlobalSelling", 7, true),
    ADVERTISING("Advertising", 8, true);

    private final String mwsName;
    private final Duration refreshedAfterMidnight;
    private final boolean reportsLastUpdated;

    RecommendationCategory(String mwsName, int refreshHour, boolean reportsLastUpdated) {
        this.mwsName = mwsName;
        this.refreshedAfterMidnight = Duration.ofHours(refreshHour);
        this.reportsLastUpdated = reportsLastUpdated;
    }

    String mwsName() {
        return mwsName;
    }

    /** {@code InventoryRecommendations}: the list element of ListRecommendations. */
    String listElement() {
        return mwsName + "Recommendations";
    }

    /** {@code InventoryRecommendationsLastUpdated}: the element of GetLastUpdatedTimeForRecommendations. */
    String lastUpdatedElement() {
        return mwsName + "RecommendationsLastUpdated";
    }

    boolean reportsLastUpdated() {
        return reportsLastUpdated;
    }

    Duration refreshedAfterMidnight() {
        return refreshedAfterMidnight;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(RecommendationCategory::mwsName).toList();
    }

    static RecommendationCategory of(String mwsName) {
        for (RecommendationCategory category : values()) {
            if (category.mwsName.equals(mwsName)) {
                return category;
            }
        }
        return null;
    }
}
