package io.camelmws.component.model.products;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/**
 * A product's variation family: the parent it is a variation of (a child's answer), or the variations it has (a
 * parent's answer, {@code ns2:VariationChild} with the attributes they vary by).
 */
public final class Relationships extends ValueObject {

    @JsonProperty("VariationParent")
    @JacksonXmlElementWrapper(useWrapping = false)
    private List<Variation> parents = new ArrayList<>();
    @JsonProperty("VariationChild")
    @JacksonXmlElementWrapper(useWrapping = false)
    private List<Variation> children = new ArrayList<>();

    /** One relative of the product. */
    public record Variation(@JsonProperty("Identifiers") Identifiers identifiers, @JsonProperty("Color") String color,
                            @JsonProperty("Size") String size) {
    }

    public List<Variation> parents() {
        return parents == null ? List.of() : List.copyOf(parents);
    }

    public List<Variation> children() {
        return children == null ? List.of() : List.copyOf(children);
    }

    @Override
    Object[] parts() {
        return new Object[] {parents(), children()};
    }
}
