package io.camelmws.sandbox.products;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The catalog operations of Products: ListMatchingProducts, GetMatchingProduct, GetMatchingProductForId and
 * GetProductCategoriesForSKU/ASIN, answered from the seller's own listings (the sandbox's catalog has no other
 * products). Shapes as in the real answers recorded in ScaleLeap/amazon-mws-api-sdk's fixtures (docs/sandbox.md).
 */
final class CatalogHandlers {

    /** What ListMatchingProducts answers at most (Products_ListMatchingProducts: "up to 10 products"). */
    static final int MAX_MATCHES = 10;

    /** IdType values of GetMatchingProductForId. GCID (brand registry) is accepted and never matches here. */
    static final List<String> ID_TYPES = List.of("ASIN", "GCID", "SellerSKU", "UPC", "EAN", "ISBN", "JAN");

    private final ProductLookup lookup;
    private final Supplier<Competition> competition;

    CatalogHandlers(ProductLookup lookup, Supplier<Competition> competition) {
        this.lookup = lookup;
        this.competition = competition;
    }

    /**
     * Products whose title (in the marketplace's language), brand, colour, product group, ASIN or model contain every
     * word of Query, best sales rank first, at most ten; QueryContextId narrows them to one search index.
     */
    OperationHandler listMatchingProducts() {
        return call -> {
            String marketplaceId = ItemList.marketplaceId(call);
            String query = ItemList.required(call, "Query");
            String context = ItemList.oneOf(call, "QueryContextId", ProductKind.QUERY_CONTEXTS);
            List<String> words = Arrays.stream(query.toLowerCase(Locale.ROOT).split("[\\s,;]+"))
                    .filter(word -> !word.isEmpty()).toList();
            if (words.isEmpty()) {
                throw new OperationFailure(MwsErrors.invalidParameterValue("Query", query, "one or more words"));
            }
            Competition market = competition.get();
            List<CatalogItem> matches = lookup.items(marketplaceId).stream()
                    .filter(item -> context == null || "All".equals(context)
                            || context.equals(item.kind().queryContext()))
                    .filter(item -> words.stream().allMatch(searchText(item)::contains))
                    .sorted(Comparator.comparingLong(item -> market.salesRank(item.listing())))
                    .limit(MAX_MATCHES).toList();
            String namespace = call.section().namespace();
            return WebServiceResponses.result(call, xml -> {
                xml.start("Products", ProductXml.namespaces(namespace));
                matches.forEach(item -> ProductXml.product(xml, item, market, namespace, false));
                xml.end("Products");
            });
        };
    }

    /** One result per ASIN of ASINList, its Product carrying the namespace declarations itself. */
    OperationHandler matchingProduct() {
        return call -> {
            String marketplaceId = ItemList.marketplaceId(call);
            List<String> asins = ItemList.ids(call, "ASINList", "ASIN");
            Competition market = competition.get();
            return BatchAnswer.of(call, asins, (xml, asin) -> {
                java.util.Optional<Listing> listing = lookup.byAsin(marketplaceId, asin);
                if (listing.isEmpty()) {
                    BatchAnswer.clientError(xml, call, "Invalid ASIN identifier " + asin + " for marketplace "
                            + marketplaceId, "ASIN", asin);
                    return;
                }
                BatchAnswer.startSuccess(xml, call, "ASIN", asin);
                ProductXml.product(xml, lookup.item(listing.get()), market, call.section().namespace(), true);
                xml.end(BatchAnswer.resultElement(call));
            });
        };
    }

    /**
     * One result per id of IdList, of the IdType named: the products with that code in a {@code Products} element
     * (a UPC may name more than one), or InvalidParameterValue for a code the catalog does not have.
     */
    OperationHandler matchingProductForId() {
        return call -> {
            String marketplaceId = ItemList.marketplaceId(call);
            String idType = ItemList.required(call, "IdType");
            if (!ID_TYPES.contains(idType)) {
                throw new OperationFailure(MwsErrors.invalidParameterValue("IdType", idType,
                        String.join(", ", ID_TYPES)));
            }
            List<String> ids = ItemList.ids(call, "IdList", "Id");
            Competition market = competition.get();
            String namespace = call.section().namespace();
            return BatchAnswer.of(call, ids, (xml, id) -> {
                List<CatalogItem> items = lookup.byId(marketplaceId, idType, id);
                if (items.isEmpty()) {
                    BatchAnswer.clientError(xml, call, "Invalid " + idType + " identifier " + id
                            + " for marketplace " + marketplaceId, "Id", id, "IdType", idType);
                    return;
                }
                BatchAnswer.startSuccess(xml, call, "Id", id, "IdType", idType);
                xml.start("Products", ProductXml.namespaces(namespace));
                items.forEach(item -> ProductXml.product(xml, item, market, namespace, false));
                xml.end("Products").end(BatchAnswer.resultElement(call));
            });
        };
    }

    /**
     * The browse-node chain of the product of SellerSKU (ForSKU) or ASIN (ForASIN): {@code Self} with its
     * {@code Parent}s nested up to the root. An id the seller has no listing of is a 400 InvalidParameterValue
     * ("... is an invalid SellerSKU for marketplace ...", as bhushankummar/amazon-mws#45 quotes it): these operations
     * take one id, so there is no per-item status to carry it.
     */
    OperationHandler productCategories() {
        return call -> {
            boolean bySku = call.action().endsWith("ForSKU");
            String marketplaceId = ItemList.marketplaceId(call);
            String parameter = bySku ? "SellerSKU" : "ASIN";
            String id = ItemList.required(call, parameter);
            Listing listing = lookup.find(marketplaceId, bySku, id).orElseThrow(() -> unknownId(parameter, id,
                    marketplaceId));
            List<String[]> chain = lookup.item(listing).kind().categories();
            return WebServiceResponses.result(call, xml -> {
                xml.start("Self");
                for (int i = 0; i < chain.size(); i++) {
                    if (i > 0) {
                        xml.start("Parent");
                    }
                    xml.element("ProductCategoryId", chain.get(i)[0]).element("ProductCategoryName", chain.get(i)[1]);
                }
                for (int i = chain.size() - 1; i > 0; i--) {
                    xml.end("Parent");
                }
                xml.end("Self");
            });
        };
    }

    /** The 400 answer of an operation that takes one SellerSKU or ASIN the seller has no listing of. */
    static OperationFailure unknownId(String parameter, String id, String marketplaceId) {
        return new OperationFailure(MwsError.of(400, "InvalidParameterValue",
                id + " is an invalid " + parameter + " for marketplace " + marketplaceId));
    }

    private static String searchText(CatalogItem item) {
        return String.join(" ", item.listing().title(), CatalogItem.BRAND, String.valueOf(item.colour()),
                item.kind().productGroup(), item.kind().binding(), item.listing().asin(), item.model())
                .toLowerCase(Locale.ROOT);
    }
}
