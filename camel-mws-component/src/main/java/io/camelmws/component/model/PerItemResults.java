package io.camelmws.component.model;

/**
 * A model of an answer that has no single Result element but one per requested item, side by side under the root
 * (Products' GetMatchingProduct, GetMatchingProductForId and pricing operations:
 * {@code <GetMyPriceForSKUResponse><GetMyPriceForSKUResult SellerSKU="a" status="Success">...}). Such a model is
 * bound from the root element rather than from its first Result.
 */
public interface PerItemResults {
}
