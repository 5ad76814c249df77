package io.camelmws.component.model.products;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

import io.camelmws.component.model.PerItemResults;

/**
 * The answer of a Products operation that takes a list of ids (GetMatchingProduct, GetMatchingProductForId,
 * GetMyPriceForSKU/ASIN, GetCompetitivePricingForSKU/ASIN, GetLowestOfferListingsForSKU/ASIN): one
 * {@link ProductResult} per requested id, in request order, each with its own status; an id MWS does not know fails
 * on its own while the others succeed.
 */
public final class ProductResults extends ValueObject implements PerItemResults {

    @JsonProperty("results")
    @JsonAlias({"GetMatchingProductResult", "GetMatchingProductForIdResult", "GetMyPriceForSKUResult",
        "GetMyPriceForASINResult", "GetCompetitivePricingForSKUResult", "GetCompetitivePricingForASINResult",
        "GetLowestOfferListingsForSKUResult", "GetLowestOfferListingsForASINResult"})
    @JacksonXmlElementWrapper(useWrapping = false)
    private List<ProductResult> results = new ArrayList<>();

    /** One result per requested id, in request order. */
    public List<ProductResult> results() {
        return results == null ? List.of() : List.copyOf(results);
    }


    @Override
    Object[] parts() {
        return new Object[] {results()};
    }
}
