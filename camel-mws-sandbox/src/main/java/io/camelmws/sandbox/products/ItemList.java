package io.camelmws.sandbox.products;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.sellers.Marketplaces;
import io.camelmws.sandbox.webservice.OperationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The id lists of Products' batch operations ({@code ASINList.ASIN.n}, {@code SellerSKUList.SellerSKU.n},
 * {@code IdList.Id.n}): 1 to {@value #MAX_IDS} ids, answered in the order of n, each with its own result. Also the
 * scalar {@code MarketplaceId} every Products operation but GetMyFeesEstimate requires.
 */
final class ItemList {

    static final int MAX_IDS = 20;

    private ItemList() {
    }

    /** The ids of {@code list.member.n}, in the order of n; refuses none, gaps in n, or more than twenty. */
    static List<String> ids(OperationCall call, String list, String member) {
        String prefix = list + "." + member + ".";
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
        return new ArrayList<>(byIndex.values());
    }

    /** The required scalar MarketplaceId, one of the seller's marketplaces. */
    static String marketplaceId(OperationCall call) {
        return marketplaceId(call, "MarketplaceId");
    }

    /** A required marketplace id in parameter {@code name}. */
    static String marketplaceId(OperationCall call, String name) {
        String marketplaceId = required(call, name);
        if (Marketplaces.byId(marketplaceId).isEmpty()) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(name, marketplaceId,
                    "a marketplace the seller participates in: " + Marketplaces.allowedIds()));
        }
        return marketplaceId;
    }

    /** A required, non-empty parameter. */
    static String required(OperationCall call, String name) {
        String value = call.parameter(name);
        if (value == null || value.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter(name));
        }
        return value;
    }

    /** An optional parameter whose value must be one of {@code allowed}; {@code null} when absent or empty. */
    static String oneOf(OperationCall call, String name, List<String> allowed) {
        String value = call.parameter(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(name, value, String.join(", ", allowed)));
        }
        return value;
    }
}
