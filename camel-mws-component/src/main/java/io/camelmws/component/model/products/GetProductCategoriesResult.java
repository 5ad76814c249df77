package io.camelmws.component.model.products;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/**
 * GetProductCategoriesForSKU or ...ForASIN: the browse nodes the product is in, each a {@link ProductCategory} chain
 * from the node itself ({@code Self}) up through its parents to the root.
 */
public final class GetProductCategoriesResult extends ValueObject {

    @JsonProperty("Self")
    @JacksonXmlElementWrapper(useWrapping = false)
    private List<ProductCategory> categories = new ArrayList<>();

    /** A browse node and its parent, up to the root (whose parent is null). */
    public record ProductCategory(
            @JsonProperty("ProductCategoryId") String productCategoryId,
            @JsonProperty("ProductCategoryName") String productCategoryName,
            @JsonProperty("Parent") ProductCategory parent) {

        /** This node and its parents, the root last. */
        public List<ProductCategory> path() {
            List<ProductCategory> path = new ArrayList<>();
            for (ProductCategory at = this; at != null; at = at.parent()) {
                path.add(at);
            }
            return path;
        }
    }

    /** The product's browse nodes ({@code Self} elements). */
    public List<ProductCategory> categories() {
        return categories == null ? List.of() : List.copyOf(categories);
    }


    @Override
    Object[] parts() {
        return new Object[] {categories()};
    }
}
