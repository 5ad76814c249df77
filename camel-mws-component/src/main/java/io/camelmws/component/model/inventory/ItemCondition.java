package io.camelmws.component.model.inventory;

import io.camelmws.component.model.MwsValue;

/** The condition of an FBA SKU's units; {@link InventorySupply#conditionAsString()} keeps the text. */
public enum ItemCondition implements MwsValue {
    /** New. */
    NEW_ITEM("NewItem"),
    /** New, with warranty. */
    NEW_WITH_WARRANTY("NewWithWarranty"),
    /** New, OEM. */
    NEW_OEM("NewOEM"),
    /** New, open box. */
    NEW_OPEN_BOX("NewOpenBox"),
    /** Used, like new. */
    USED_LIKE_NEW("UsedLikeNew"),
    /** Used, very good. */
    USED_VERY_GOOD("UsedVeryGood"),
    /** Used, good. */
    USED_GOOD("UsedGood"),
    /** Used, acceptable. */
    USED_ACCEPTABLE("UsedAcceptable"),
    /** Used, poor. */
    USED_POOR("UsedPoor"),
    /** Used, refurbished. */
    USED_REFURBISHED("UsedRefurbished"),
    /** Refurbished, with warranty. */
    REFURBISHED_WITH_WARRANTY("RefurbishedWithWarranty"),
    /** Refurbished. */
    REFURBISHED("Refurbished"),
    /** Collectible, like new. */
    COLLECTIBLE_LIKE_NEW("CollectibleLikeNew"),
    /** Collectible, very good. */
    COLLECTIBLE_VERY_GOOD("CollectibleVeryGood"),
    /** Collectible, good. */
    COLLECTIBLE_GOOD("CollectibleGood"),
    /** Collectible, acceptable. */
    COLLECTIBLE_ACCEPTABLE("CollectibleAcceptable"),
    /** Club. */
    CLUB("Club"),
    /** A value this version of the component does not know; the model keeps the text. */
    UNKNOWN(null);

    private final String value;

    ItemCondition(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static ItemCondition fromValue(String text) {
        return MwsValue.of(ItemCondition.class, text, UNKNOWN);
    }
}
