package io.camelmws.sandbox.products;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the seller's catalog knows about one kind of product (the middle part of its SKU, {@code CM-MUG-BLK}): how
 * Amazon's catalog files it (product group, product type, binding, the search index ListMatchingProducts'
 * QueryContextId names, the browse-node chain GetProductCategories answers), its size, and what Amazon charges for
 * it (referral percentage, FBA fee per unit in US dollars). The browse-node ids are the sandbox's own, shaped like
 * Amazon's (leaf first, the root last).
 *
 * @param referralPercent the referral fee as a percentage of the price plus shipping
 * @param fbaFeeUsd       the FBA fulfilment fee per unit, in US dollars (converted per marketplace)
 * @param dimensions      height, length, width in inches and weight in pounds of the item
 * @param categories      the browse-node chain from the leaf to the root: {@code id, name} pairs
 */
record ProductKind(String code, String productGroup, String productTypeName, String binding, String queryContext,
                   BigDecimal referralPercent, BigDecimal fbaFeeUsd, List<BigDecimal> dimensions,
                   List<String[]> categories) {

    private static final Map<String, ProductKind> KINDS = Map.ofEntries(
            kind("BOTTLE", "Kitchen", "BOTTLE", "Kitchen", "Kitchen", "15", "3.86", "10.20 3.00 3.00 0.80",
                    "3743521", "Water Bottles", "13299291", "Water Bottles & Accessories", "284507",
                    "Kitchen & Dining", "1055398", "Home & Kitchen"),
            kind("MUG", "Kitchen", "DRINKING_CUP", "Kitchen", "Kitchen", "15", "3.86", "4.10 4.70 3.50 0.90",
                    "7772720011", "Coffee Mugs", "367147011", "Mugs", "13162311", "Dining & Entertaining", "284507",
                    "Kitchen & Dining", "1055398", "Home & Kitchen"),
            kind("BOARD", "Kitchen", "CUTTING_BOARD", "Kitchen", "Kitchen", "15", "4.75", "0.80 15.00 10.00 2.10",
                    "289702", "Cutting Boards", "289668", "Kitchen Utensils & Gadgets", "284507", "Kitchen & Dining",
                    "1055398", "Home & Kitchen"),
            kind("SKILLET", "Kitchen", "COOKWARE", "Kitchen", "Kitchen", "15", "6.10", "2.00 17.60 10.60 5.70",
                    "289825", "Skillets", "289814", "Pots & Pans", "289913", "Cookware", "284507",
                    "Kitchen & Dining", "1055398", "Home & Kitchen"),
            kind("TOTE", "Apparel", "HANDBAG", "Apparel", "Apparel", "17", "3.22", "0.40 15.00 14.00 0.30",
                    "2475899011", "Totes", "15743631", "Handbags & Wallets", "7147440011", "Women",
                    "7141123011", "Clothing, Shoes & Jewelry"),
            kind("BEANIE", "Apparel", "HAT", "Apparel", "Apparel", "17", "3.22", "1.00 9.00 8.00 0.20",
                    "2474938011", "Skullies & Beanies", "2474936011", "Hats & Caps", "2474937011",
                    "Accessories", "7147441011", "Men", "7141123011", "Clothing, Shoes & Jewelry"),
            kind("LAMP", "Home Improvement", "LAMP", "Tools & Home Improvement", "HomeGarden", "15", "5.40",
                    "17.00 6.50 6.50 2.20", "1063302", "Desk Lamps", "1063296", "Lamps & Shades", "1063292",
                    "Lighting & Ceiling Fans", "228013", "Tools & Home Improvement"),
            kind("YOGA", "Sports", "EXERCISE_MAT", "Sports", "SportingGoods", "15", "5.40", "6.00 24.00 6.00 2.50",
                    "3422251", "Yoga Mats", "3407731", "Yoga", "3407741", "Exercise & Fitness", "3375251",
                    "Sports & Outdoors"),
            kind("NOTE", "Office Product", "NOTEBOOK", "Office Product", "OfficeProducts", "15", "3.22",
                    "0.60 8.30 5.80 0.60", "1069788", "Notebooks", "1069554", "Paper", "1064954",
                    "Office & School Supplies", "1064954", "Office Products"),
            kind("BUDS", "Wireless", "HEADPHONES", "Electronics", "Electronics", "8", "3.22", "1.20 3.00 2.40 0.20",
                    "12097479011", "Earbud Headphones", "172541", "Headphones", "667846011",
                    "Headphones, Earbuds & Accessories", "172282", "Electronics"));

    /** Every search index ListMatchingProducts' QueryContextId may name (Products_ListMatchingProducts). */
    static final List<String> QUERY_CONTEXTS = List.of("All", "Apparel", "Appliances", "ArtsAndCrafts", "Automotive",
            "Baby", "Beauty", "Books", "Classical", "DigitalMusic", "DVD", "Electronics", "Grocery",
            "HealthPersonalCare", "HomeGarden", "HomeImprovement", "Industrial", "Jewelry", "KindleStore", "Kitchen",
            "LawnAndGarden", "Luggage", "Magazines", "Miscellaneous", "MobileApps", "MP3Downloads", "Music",
            "MusicalInstruments", "OfficeProducts", "PCHardware", "PetSupplies", "Photo", "Shoes", "Software",
            "SportingGoods", "Tools", "Toys", "UnboxVideo", "VHS", "Video", "VideoGames", "Watches", "Wireless",
            "WirelessAccessories");

    /** The kind of the seller's SKU {@code CM-KIND-COLOUR}; a SKU of another shape is filed as a kitchen item. */
    static ProductKind ofSku(String sellerSku) {
        String[] parts = sellerSku.split("-");
        return KINDS.getOrDefault(parts.length > 1 ? parts[1] : "", KINDS.get("MUG"));
    }

    /** The colour code of the seller's SKU ({@code BLK}), or {@code null}. */
    static String colourOfSku(String sellerSku) {
        String[] parts = sellerSku.split("-");
        return parts.length > 2 ? parts[2] : null;
    }

    BigDecimal height() {
        return dimensions.get(0);
    }

    BigDecimal length() {
        return dimensions.get(1);
    }

    BigDecimal width() {
        return dimensions.get(2);
    }

    BigDecimal weight() {
        return dimensions.get(3);
    }

    private static Map.Entry<String, ProductKind> kind(String code, String group, String type, String binding,
                                                       String context, String referral, String fba, String sizes,
                                                       String... chain) {
        List<BigDecimal> dimensions = java.util.Arrays.stream(sizes.split(" ")).map(BigDecimal::new).toList();
        List<String[]> categories = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < chain.length; i += 2) {
            categories.add(new String[] {chain[i], chain[i + 1]});
        }
        return Map.entry(code, new ProductKind(code, group, type, binding, context, new BigDecimal(referral),
                new BigDecimal(fba), dimensions, List.copyOf(categories)));
    }
}
