package io.camelmws.sandbox.products;

import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.sellers.Marketplaces;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The {@code Product} element of ListMatchingProducts, GetMatchingProduct and GetMatchingProductForId as the real
 * service wrote it (ScaleLeap/amazon-mws-api-sdk, test/unit/__fixtures__/products_*.xml; see docs/sandbox.md):
 * Identifiers, then the attribute sets in the {@code ns2} namespace
 * ({@code http://mws.amazonservices.com/schema/Products/2011-10-01/default.xsd}) with {@code xml:lang}, their
 * children in alphabetical order and ListPrice as Amount before CurrencyCode, then Relationships and SalesRankings
 * back in the default namespace.
 */
final class ProductXml {

    /** The attribute sets' namespace of the Products answers (REFERENCE 1.2). */
    static final String NS2 = "http://mws.amazonservices.com/schema/Products/2011-10-01/default.xsd";

    private ProductXml() {
    }

    /** The attributes that declare the default and the ns2 namespace, as Product or Products carries them. */
    static String[] namespaces(String namespace) {
        return new String[] {"xmlns", namespace, "xmlns:ns2", NS2};
    }

    /**
     * One {@code Product}; {@code namespaces} adds the declarations on the element itself (GetMatchingProduct) rather
     * than on an enclosing {@code Products} (ListMatchingProducts, GetMatchingProductForId).
     */
    static void product(XmlWriter xml, CatalogItem item, Competition market, String namespace, boolean namespaces) {
        if (namespaces) {
            xml.start("Product", namespaces(namespace));
        } else {
            xml.start("Product");
        }
        marketplaceAsin(xml, item.listing().marketplaceId(), item.listing().asin());
        xml.start("AttributeSets");
        itemAttributes(xml, item);
        xml.end("AttributeSets");
        xml.start("Relationships").start("VariationParent");
        marketplaceAsin(xml, item.listing().marketplaceId(), item.parentAsin());
        xml.end("VariationParent").end("Relationships");
        xml.start("SalesRankings").start("SalesRank")
                .element("ProductCategoryId", Competition.category(item.listing()))
                .element("Rank", Long.toString(market.salesRank(item.listing())))
                .end("SalesRank").start("SalesRank")
                .element("ProductCategoryId", item.kind().categories().get(0)[0])
                .element("Rank", Long.toString(1 + market.salesRank(item.listing()) / 97))
                .end("SalesRank").end("SalesRankings");
        xml.end("Product");
    }

    private static void marketplaceAsin(XmlWriter xml, String marketplaceId, String asin) {
        xml.start("Identifiers").start("MarketplaceASIN")
                .element("MarketplaceId", marketplaceId)
                .element("ASIN", asin)
                .end("MarketplaceASIN").end("Identifiers");
    }

    private static void itemAttributes(XmlWriter xml, CatalogItem item) {
        ProductKind kind = item.kind();
        String language = Marketplaces.byId(item.listing().marketplaceId())
                .map(marketplace -> marketplace.languageCode().replace('_', '-')).orElse("en-US");
        xml.start("ns2:ItemAttributes", "xml:lang", language)
                .element("ns2:Binding", kind.binding())
                .element("ns2:Brand", CatalogItem.BRAND)
                .element("ns2:Color", item.colour());
        dimensions(xml, "ns2:ItemDimensions", kind, BigDecimal.ZERO);
        xml.element("ns2:Label", CatalogItem.BRAND)
                .start("ns2:ListPrice")
                .element("ns2:Amount", item.listPrice().toPlainString())
                .element("ns2:CurrencyCode", item.listing().currencyCode())
                .end("ns2:ListPrice")
                .element("ns2:Manufacturer", CatalogItem.BRAND)
                .element("ns2:Model", item.model());
        dimensions(xml, "ns2:PackageDimensions", kind, new BigDecimal("0.40"));
        xml.element("ns2:PackageQuantity", "1")
                .element("ns2:PartNumber", item.model())
                .element("ns2:ProductGroup", kind.productGroup())
                .element("ns2:ProductTypeName", kind.productTypeName())
                .element("ns2:Publisher", CatalogItem.BRAND)
                .start("ns2:SmallImage")
                .element("ns2:URL", "https://images-na.ssl-images-amazon.com/images/I/"
                        + item.listing().asin().toLowerCase(Locale.ROOT) + "._SL75_.jpg")
                .element("ns2:Height", "75", "Units", "pixels")
                .element("ns2:Width", "75", "Units", "pixels")
                .end("ns2:SmallImage")
                .element("ns2:Studio", CatalogItem.BRAND)
                .element("ns2:Title", item.listing().title())
                .end("ns2:ItemAttributes");
    }

    /** Height, Length, Width in inches and Weight in pounds; a package is {@code extra} larger each way. */
    private static void dimensions(XmlWriter xml, String name, ProductKind kind, BigDecimal extra) {
        xml.start(name)
                .element("ns2:Height", inches(kind.height().add(extra)), "Units", "inches")
                .element("ns2:Length", inches(kind.length().add(extra)), "Units", "inches")
                .element("ns2:Width", inches(kind.width().add(extra)), "Units", "inches")
                .element("ns2:Weight", inches(kind.weight().add(extra.divide(BigDecimal.valueOf(4)))),
                        "Units", "pounds")
                .end(name);
    }

    private static String inches(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
