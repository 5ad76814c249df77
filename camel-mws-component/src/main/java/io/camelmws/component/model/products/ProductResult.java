package io.camelmws.component.model.products;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * The result for one id of a Products batch answer. Its id is in the attribute the operation names it by
 * ({@code SellerSKU}, {@code ASIN}, or {@code Id} with {@code IdType}); a successful one carries the
 * {@link #product()} (GetMatchingProduct and the pricing operations) or {@link #products()} (GetMatchingProductForId,
 * where one code may name several), a failed one its {@link #error()}.
 */
@JsonPropertyOrder({"status", "SellerSKU", "ASIN", "Id", "IdType", "AllOfferListingsConsidered", "Product", "Products", "Error"})
public final class ProductResult extends ValueObject {

    @JsonProperty("status")
    @JacksonXmlProperty(isAttribute = true, localName = "status")
    private String status;
    @JsonProperty("SellerSKU")
    @JacksonXmlProperty(isAttribute = true, localName = "SellerSKU")
    private String sellerSku;
    @JsonProperty("ASIN")
    @JacksonXmlProperty(isAttribute = true, localName = "ASIN")
    private String asin;
    @JsonProperty("Id")
    @JacksonXmlProperty(isAttribute = true, localName = "Id")
    private String id;
    @JsonProperty("IdType")
    @JacksonXmlProperty(isAttribute = true, localName = "IdType")
    private String idType;
    @JsonProperty("AllOfferListingsConsidered")
    private Boolean allOfferListingsConsidered;
    @JsonProperty("Product")
    private Product product;
    @JsonProperty("Products")
    @JacksonXmlElementWrapper(localName = "Products")
    private List<Product> products = new ArrayList<>();
    @JsonProperty("Error")
    private ProductError error;

    /** The status as MWS sent it ({@code Success}, {@code ClientError}...). */
    public String statusAsString() {
        return status;
    }

    public ResultStatus status() {
        return ResultStatus.fromValue(status);
    }

    @JsonIgnore
    public boolean isSuccess() {
        return status() == ResultStatus.SUCCESS;
    }

    /** The SellerSKU asked about (ForSKU operations). */
    public String sellerSku() {
        return sellerSku;
    }

    /** The ASIN asked about (ForASIN operations, GetMatchingProduct). */
    public String asin() {
        return asin;
    }

    /** The id asked about by GetMatchingProductForId, of type {@link #idType()}. */
    public String id() {
        return id;
    }

    public String idType() {
        return idType;
    }

    /** GetLowestOfferListings: whether every offer listing was considered for the answer. */
    public Boolean allOfferListingsConsidered() {
        return allOfferListingsConsidered;
    }

    public Product product() {
        return product;
    }

    public List<Product> products() {
        return products == null ? List.of() : List.copyOf(products);
    }

    public ProductError error() {
        return error;
    }

    @Override
    Object[] parts() {
        return new Object[] {status, sellerSku, asin, id, idType, allOfferListingsConsidered, product, products(), error};
    }
}
