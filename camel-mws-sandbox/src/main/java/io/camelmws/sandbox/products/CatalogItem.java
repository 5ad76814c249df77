package io.camelmws.sandbox.products;

import io.camelmws.sandbox.orders.Listing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A listing as Amazon's catalog describes its product: kind, colour, manufacturer's list price, the product codes it
 * is found by (UPC, EAN, JAN) and the variation parent that groups its colours. Everything is a pure function of the
 * seed and the listing, so the same seed gives the same catalog, and {@link #of} can be called per request.
 *
 * @param upc        12-digit UPC-A with its check digit
 * @param ean        the same code as EAN-13 (UPC with a leading 0), as GS1 defines it
 * @param jan        a 13-digit JAN (prefix 49), the code Japanese listings are found by
 * @param listPrice  the manufacturer's suggested price in the listing's currency (ItemAttributes' ListPrice)
 * @param parentAsin the variation parent of the kind's colours
 * @param model      the manufacturer's model and part number
 */
record CatalogItem(Listing listing, ProductKind kind, String colour, String upc, String ean, String jan,
                   BigDecimal listPrice, String parentAsin, String model) {

    static final String BRAND = "Camel Goods";

    private static final Map<String, String> COLOURS = Map.of("BLK", "Black", "SGE", "Sage Green", "CRM", "Crème",
            "NVY", "Navy");

    static CatalogItem of(long seed, Listing listing) {
        ProductKind kind = ProductKind.ofSku(listing.sellerSku());
        String colourCode = ProductKind.colourOfSku(listing.sellerSku());
        SplittableRandom product = new SplittableRandom(seed * 31 + listing.asin().hashCode());
        String upc = withCheckDigit("84" + digits(product, 9));
        String jan = withCheckDigit("49" + digits(product, 10));
        SplittableRandom family = new SplittableRandom(seed * 17 + kind.code().hashCode());
        String parentAsin = "B0" + alphanumeric(family, 8);
        String model = kind.code().substring(0, 3) + "-" + (100 + family.nextInt(900))
                + (colourCode == null ? "" : "-" + colourCode);
        return new CatalogItem(listing, kind, COLOURS.getOrDefault(colourCode, colourCode), upc, "0" + upc, jan,
                listPrice(listing), parentAsin, model);
    }

    /** The id this item is found by for an IdType of GetMatchingProductForId, or {@code null} for other types. */
    String id(String idType) {
        return switch (idType) {
            case "ASIN" -> listing.asin();
            case "SellerSKU" -> listing.sellerSku();
            case "UPC" -> upc;
            case "EAN" -> ean;
            case "JAN" -> jan;
            default -> null;
        };
    }

    /** A quarter above the catalog price, ending like the catalog's prices (.99, or 80 yen). */
    private static BigDecimal listPrice(Listing listing) {
        int decimals = Currency.getInstance(listing.currencyCode()).getDefaultFractionDigits();
        BigDecimal raised = listing.price().multiply(new BigDecimal("1.25"));
        if (decimals == 0) {
            return raised.divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).multiply(BigDecimal.valueOf(100))
                    .subtract(BigDecimal.valueOf(20));
        }
        return raised.setScale(0, RoundingMode.CEILING).subtract(new BigDecimal("0.01")).setScale(decimals,
                RoundingMode.UNNECESSARY);
    }

    private static String digits(SplittableRandom random, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private static String alphanumeric(SplittableRandom random, int count) {
        String symbols = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(symbols.charAt(random.nextInt(symbols.length())));
        }
        return out.toString();
    }

    /** GS1's check digit: weights 3 and 1 from the right, the digit that makes the sum a multiple of 10. */
    static String withCheckDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return body + (10 - sum % 10) % 10;
    }
}
