package io.camelmws.sandbox.recommendations;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.webservice.OffsetPages;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceDates;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GetLastUpdatedTimeForRecommendations, ListRecommendations and ListRecommendationsByNextToken. A page holds
 * {@value #PAGE_SIZE} recommendations, written in their category's list in category order; the NextToken carries
 * the query and the instant of the first page, so the pages of one listing stay one result set.
 */
final class RecommendationsHandler {

    static final int PAGE_SIZE = 20;
    private static final String LIST = "ListRecommendations";
    private static final String AS_OF = "asOf";

    /** The FilterOptions each category accepts (Recommendations_Datatypes, CategoryQuery). */
    private static final Map<RecommendationCategory, Set<String>> FILTERS = new EnumMap<>(Map.of(
            RecommendationCategory.INVENTORY, Set.of(),
            RecommendationCategory.PRICING, Set.of(),
            RecommendationCategory.LISTING_QUALITY, Set.of("QualitySet", "ListingStatus"),
            RecommendationCategory.SELECTION, Set.of("BrandName", "ProductCategory", "IncludeCommonRecommendations"),
            RecommendationCategory.FULFILLMENT, Set.of("BrandName", "ProductCategory"),
            RecommendationCategory.GLOBAL_SELLING, Set.of("BrandName", "ProductCategory"),
            RecommendationCategory.ADVERTISING, Set.of("BrandName", "ProductCategory")));

    private final SellerRecommendations recommendations;

    RecommendationsHandler(SellerRecommendations recommendations) {
        this.recommendations = recommendations;
    }

    SandboxResponse lastUpdated(OperationCall call) {
        new WebServiceParameters(call.parameters()).marketplaceId(List.of());
        return WebServiceResponses.result(call, xml -> {
            for (RecommendationCategory category : RecommendationCategory.values()) {
                if (category.reportsLastUpdated()) {
                    xml.element(category.lastUpdatedElement(), WebServiceDates.formatUtc(
                            SellerRecommendations.lastUpdated(category, call.now())));
                }
            }
        });
    }

    SandboxResponse list(OperationCall call) {
        Map<String, String> query = new LinkedHashMap<>(call.parameters());
        query.keySet().removeIf(name -> !name.equals("MarketplaceId") && !name.equals("RecommendationCategory")
                && !name.startsWith("CategoryQueryList."));
        query.put(AS_OF, call.now().toString());
        return page(call, query, 0);
    }

    SandboxResponse listByNextToken(OperationCall call) {
        String token = new WebServiceParameters(call.parameters()).nextToken();
        Map<String, String> query = OffsetPages.resume(LIST, token);
        int offset = OffsetPages.offset(query);
        return page(call, query, offset);
    }

    private SandboxResponse page(OperationCall call, Map<String, String> query, int offset) {
        WebServiceParameters parameters = new WebServiceParameters(query);
        String marketplaceId = parameters.marketplaceId(List.of());
        List<RecommendationCategory> categories = categories(parameters);
        Map<RecommendationCategory, Map<String, String>> filters = filters(parameters);
        Instant asOf = Instant.parse(query.get(AS_OF));
        List<Recommendation> matching = new ArrayList<>();
        for (Recommendation recommendation : recommendations.of(marketplaceId, categories, asOf)) {
            Map<String, String> wanted = filters.getOrDefault(recommendation.category(), Map.of());
            boolean matches = wanted.entrySet().stream().allMatch(filter -> filter.getValue()
                    .equals(recommendation.filters().get(filter.getKey())));
            if (matches) {
                matching.add(recommendation);
            }
        }
        OffsetPages.Page<Recommendation> page = OffsetPages.page(LIST, matching, offset, PAGE_SIZE, query);
        return WebServiceResponses.result(call, xml -> {
            for (RecommendationCategory category : categories) {
                List<Recommendation> ofCategory = page.items().stream()
                        .filter(recommendation -> recommendation.category() == category).toList();
                if (!ofCategory.isEmpty()) {
                    xml.start(category.listElement());
                    ofCategory.forEach(recommendation -> recommendation.write(xml));
                    xml.end(category.listElement());
                }
            }
            xml.element("NextToken", page.nextToken());
        });
    }

    private static List<RecommendationCategory> categories(WebServiceParameters parameters) {
        String name = parameters.oneOf("RecommendationCategory", RecommendationCategory.names());
        return name == null ? List.of(RecommendationCategory.values()) : List.of(RecommendationCategory.of(name));
    }

    /** The FilterOptions of each CategoryQuery, as name to wanted value; IncludeCommonRecommendations selects none. */
    private static Map<RecommendationCategory, Map<String, String>> filters(WebServiceParameters parameters) {
        Map<RecommendationCategory, Map<String, String>> filters = new EnumMap<>(RecommendationCategory.class);
        List<WebServiceParameters> queries = parameters.structures("CategoryQueryList.CategoryQuery", 10);
        for (int i = 0; i < queries.size(); i++) {
            String prefix = "CategoryQueryList.CategoryQuery." + (i + 1) + ".";
            WebServiceParameters query = queries.get(i);
            String categoryName = query.optional("RecommendationCategory");
            if (categoryName == null) {
                throw new OperationFailure(MwsErrors.missingParameter(prefix + "RecommendationCategory"));
            }
            RecommendationCategory category = RecommendationCategory.of(categoryName);
            if (category == null) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(prefix + "RecommendationCategory",
                        categoryName, String.join(", ", RecommendationCategory.names())));
            }
            Map<String, String> wanted = filters.computeIfAbsent(category, c -> new LinkedHashMap<>());
            for (String option : query.list("FilterOptions.FilterOption", 20)) {
                int equals = option.indexOf('=');
                String filter = equals < 0 ? option : option.substring(0, equals);
                if (equals < 0 || !FILTERS.get(category).contains(filter)) {
                    throw new OperationFailure(MwsErrors.invalidParameterValue(prefix + "FilterOptions.FilterOption",
                            option, FILTERS.get(category).isEmpty() ? "no filter for " + categoryName
                                    : "FilterName=FilterValue with a FilterName of " + String.join(", ",
                                    FILTERS.get(category).stream().sorted().toList())));
                }
                if (!filter.equals("IncludeCommonRecommendations")) {
                    wanted.put(filter, option.substring(equals + 1));
                }
            }
        }
        return filters;
    }
}
