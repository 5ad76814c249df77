package io.camelmws.component.model.products;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

import io.camelmws.component.model.Money;

/**
 * GetMyFeesEstimate: one result per request of the FeesEstimateRequestList, each with its own status, the
 * identifier it repeats (SellerInputIdentifier is the request's Identifier) and either the estimate or its error.
 */
public record GetMyFeesEstimateResult(
        @JsonProperty("FeesEstimateResultList")
        @JacksonXmlElementWrapper(localName = "FeesEstimateResultList")
        List<FeesEstimateResult> feesEstimateResults) {

    public GetMyFeesEstimateResult {
        feesEstimateResults = feesEstimateResults == null ? List.of() : List.copyOf(feesEstimateResults);
    }

    /** The answer to one request. */
    public record FeesEstimateResult(
            @JsonProperty("Status") String statusAsString,
            @JsonProperty("FeesEstimateIdentifier") FeesEstimateIdentifier feesEstimateIdentifier,
            @JsonProperty("FeesEstimate") FeesEstimate feesEstimate,
            @JsonProperty("Error") ProductError error) {

        public ResultStatus status() {
            return ResultStatus.fromValue(statusAsString);
        }
    }

    /** The request the result answers. */
    public record FeesEstimateIdentifier(
            @JsonProperty("MarketplaceId") String marketplaceId,
            @JsonProperty("SellerId") String sellerId,
            @JsonProperty("IdType") String idType,
            @JsonProperty("IdValue") String idValue,
            @JsonProperty("IsAmazonFulfilled") Boolean isAmazonFulfilled,
            @JsonProperty("PriceToEstimateFees") PriceToEstimateFees priceToEstimateFees,
            @JsonProperty("SellerInputIdentifier") String sellerInputIdentifier) {
    }

    /** The price the fees were estimated for. */
    public record PriceToEstimateFees(
            @JsonProperty("ListingPrice") Money listingPrice,
            @JsonProperty("Shipping") Money shipping,
            @JsonProperty("Points") Price.Points points) {
    }

    /** The estimate: its total and the fees it is made of. */
    public record FeesEstimate(
            @JsonProperty("TimeOfFeesEstimation") Instant timeOfFeesEstimation,
            @JsonProperty("TotalFeesEstimate") Money totalFeesEstimate,
            @JsonProperty("FeeDetailList")
            @JacksonXmlElementWrapper(localName = "FeeDetailList")
            List<FeeDetail> feeDetails) {

        public FeesEstimate {
            feeDetails = feeDetails == null ? List.of() : List.copyOf(feeDetails);
        }
    }

    /**
     * One fee (ReferralFee, VariableClosingFee, PerItemFee, FBAFees...) and the fees it includes. The official clients
     * name the inner list IncludedFeeDetailList, the documentation's example IncludedFeeList: both are read.
     */
    public record FeeDetail(
            @JsonProperty("FeeType") String feeType,
            @JsonProperty("FeeAmount") Money feeAmount,
            @JsonProperty("FeePromotion") Money feePromotion,
            @JsonProperty("TaxAmount") Money taxAmount,
            @JsonProperty("FinalFee") Money finalFee,
            @JsonProperty("IncludedFeeDetailList")
            @JsonAlias("IncludedFeeList")
            @JacksonXmlElementWrapper(localName = "IncludedFeeDetailList")
            List<FeeDetail> includedFees) {

        public FeeDetail {
            includedFees = includedFees == null ? List.of() : List.copyOf(includedFees);
        }
    }
}
