package io.camelmws.sandbox.products;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.sellers.Marketplaces;
import io.camelmws.sandbox.webservice.OperationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters every pricing operation shares (Products_GetMyPriceForSKU and its siblings): a scalar
 * {@code MarketplaceId}, and 1 to {@value #MAX_IDS} ids in {@code SellerSKUList.SellerSKU.n} or
 * {@code ASINList.ASIN.n}, answered in the order of n.
 *
 * @param marketplaceId the marketplace asked about
 * @param bySku         whether the ids are SellerSKUs (else ASINs)
 * @param ids           the ids, in the order of their index
 */
record PricingRequest(String marketplaceId, boolean bySku, List<String> ids) {

    static final int MAX_IDS = 20;
    static final String SELLER_SKU_LIST = "SellerSKUList";
    static final String ASIN_LIST = "ASINList";

    /** The request of {@code call}; its action's name ends with ForSKU or ForASIN. */
    static PricingRequest of(OperationCall call) {
        boolean bySku = call.action().endsWith("ForSKU");
        String marketplaceId = call.parameter("MarketplaceId");
        if (marketplaceId == null || marketplaceId.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter("MarketplaceId"));
        }
        if (Marketplaces.byId(marketplaceId).isEmpty()) {
            throw new OperationFailure(MwsErrors.invalidParameterValue("MarketplaceId", marketplaceId,
                    "a marketplace the seller participates in: " + Marketplaces.allowedIds()));
        }
        String list = bySku ? SELLER_SKU_LIST : ASIN_LIST;
        String prefix = list + (bySku ? ".SellerSKU." : ".ASIN.");
        Map<Integer, String> byIndex = new TreeMap<>();
        for (Map.Entry<String, String> parameter : call.parameters().entrySet()) {
            if (parameter.getKey().startsWith(prefix)) {
                String index = parameter.getKey().substring(prefix.length());
                if (!index.matches("[1-9]\\d{0,8}")) {
                    throw new OperationFailure(MwsErrors.invalidParameterValue(parameter.getKey(),
                            parameter.getValue(), "indexes 1, 2, 3... as in " + prefix + "1"));
                }
                byIndex.put(Integer.valueOf(index), parameter.getValue());
            }
        }
        if (byIndex.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter(prefix + "1"));
        }
        if (byIndex.size() > MAX_IDS) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(list, byIndex.size() + " ids",
                    "at most " + MAX_IDS + " ids per request"));
        }
        return new PricingRequest(marketplaceId, bySku, new ArrayList<>(byIndex.values()));
    }

    /** The attribute naming an item's id on its result element: {@code SellerSKU} or {@code ASIN}. */
    String idAttribute() {
        return bySku ? "SellerSKU" : "ASIN";
    }

    Marketplace marketplace() {
        return Marketplaces.byId(marketplaceId).orElseThrow();
    }
}
