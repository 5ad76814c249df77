package io.camelmws.sandbox.products;

import io.camelmws.sandbox.operation.OperationCall;
import java.util.List;

/**
 * The parameters every pricing operation shares (Products_GetMyPriceForSKU and its siblings): a scalar
 * {@code MarketplaceId}, and 1 to {@value ItemList#MAX_IDS} ids in {@code SellerSKUList.SellerSKU.n} or
 * {@code ASINList.ASIN.n}, answered in the order of n.
 *
 * @param marketplaceId the marketplace asked about
 * @param bySku         whether the ids are SellerSKUs (else ASINs)
 * @param ids           the ids, in the order of their index
 */
record PricingRequest(String marketplaceId, boolean bySku, List<String> ids) {

    /** The request of {@code call}; its action's name ends with ForSKU or ForASIN. */
    static PricingRequest of(OperationCall call) {
        boolean bySku = call.action().endsWith("ForSKU");
        String marketplaceId = ItemList.marketplaceId(call);
        List<String> ids = bySku ? ItemList.ids(call, "SellerSKUList", "SellerSKU")
                : ItemList.ids(call, "ASINList", "ASIN");
        return new PricingRequest(marketplaceId, bySku, ids);
    }

    /** The attribute naming an item's id on its result element: {@code SellerSKU} or {@code ASIN}. */
    String idAttribute() {
        return bySku ? "SellerSKU" : "ASIN";
    }
}
