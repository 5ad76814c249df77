package io.camelmws.component.model.products;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

import io.camelmws.component.model.Money;

/**
 * The catalog's description of a product ({@code ns2:ItemAttributes}, in the
 * {@code http://mws.amazonservices.com/schema/Products/2011-10-01/default.xsd} namespace), in the language of
 * {@link #language()}. Only the attributes most integrations use are here; the many others MWS sends for some product
 * groups (Languages, Creator, ...) are ignored, as are attributes it adds.
 */
@JsonPropertyOrder({"lang"})
public final class ItemAttributes extends ValueObject {

    @JsonProperty("lang")
    @JacksonXmlProperty(isAttribute = true, localName = "lang")
    private String language;
    @JsonProperty("Author")
    @JacksonXmlElementWrapper(useWrapping = false)
    private List<String> authors = new ArrayList<>();
    @JsonProperty("Binding")
    private String binding;
    @JsonProperty("Brand")
    private String brand;
    @JsonProperty("Color")
    private String color;
    @JsonProperty("Department")
    private String department;
    @JsonProperty("Edition")
    private String edition;
    @JsonProperty("Feature")
    @JacksonXmlElementWrapper(useWrapping = false)
    private List<String> features = new ArrayList<>();
    @JsonProperty("ItemDimensions")
    private Dimensions itemDimensions;
    @JsonProperty("Label")
    private String label;
    @JsonProperty("ListPrice")
    private Money listPrice;
    @JsonProperty("Manufacturer")
    private String manufacturer;
    @JsonProperty("Model")
    private String model;
    @JsonProperty("NumberOfItems")
    private Integer numberOfItems;
    @JsonProperty("PackageDimensions")
    private Dimensions packageDimensions;
    @JsonProperty("PackageQuantity")
    private Integer packageQuantity;
    @JsonProperty("PartNumber")
    private String partNumber;
    @JsonProperty("ProductGroup")
    private String productGroup;
    @JsonProperty("ProductTypeName")
    private String productTypeName;
    @JsonProperty("Publisher")
    private String publisher;
    @JsonProperty("Size")
    private String size;
    @JsonProperty("SmallImage")
    private Image smallImage;
    @JsonProperty("Studio")
    private String studio;
    @JsonProperty("Title")
    private String title;

    /** The {@code xml:lang} of the set, {@code en-US}. */
    public String language() {
        return language;
    }

    public List<String> authors() {
        return authors == null ? List.of() : List.copyOf(authors);
    }

    public String binding() {
        return binding;
    }

    public String brand() {
        return brand;
    }

    public String color() {
        return color;
    }

    public String department() {
        return department;
    }

    public String edition() {
        return edition;
    }

    /** The bullet points, trimmed of the line breaks MWS wraps long ones in. */
    public List<String> features() {
        return features == null ? List.of() : features.stream().map(feature -> feature.trim().replaceAll("\\s+", " ")).toList();
    }

    public Dimensions itemDimensions() {
        return itemDimensions;
    }

    public String label() {
        return label;
    }

    /** The manufacturer's suggested price. */
    public Money listPrice() {
        return listPrice;
    }

    public String manufacturer() {
        return manufacturer;
    }

    public String model() {
        return model;
    }

    public Integer numberOfItems() {
        return numberOfItems;
    }

    public Dimensions packageDimensions() {
        return packageDimensions;
    }

    public Integer packageQuantity() {
        return packageQuantity;
    }

    public String partNumber() {
        return partNumber;
    }

    public String productGroup() {
        return productGroup;
    }

    public String productTypeName() {
        return productTypeName;
    }

    public String publisher() {
        return publisher;
    }

    public String size() {
        return size;
    }

    public Image smallImage() {
        return smallImage;
    }

    public String studio() {
        return studio;
    }

    public String title() {
        return title;
    }

    @Override
    Object[] parts() {
        return new Object[] {language, authors(), binding, brand, color, department, edition, features(), itemDimensions, label,
            listPrice, manufacturer, model, numberOfItems, packageDimensions, packageQuantity, partNumber, productGroup,
            productTypeName, publisher, size, smallImage, studio, title};
    }
}
