package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.sellers.Marketplaces;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * One seed's catalog: 40 products (10 kinds in 4 colours, titled in each marketplace's language) offered in most
 * of the seller's marketplaces, about 300 listings. Immutable; {@link Listings} swaps it on reseed.
 */
final class ListingCatalog {

    static final int AFN = 0;
    static final int MFN = 1;
    static final List<String> CHANNELS = List.of("AFN", "MFN");

    private static final long STREAM = 101;
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "es", "ja");

    /** Kind code, price in USD, then the title in en, de, fr, it, es, ja. */
    private static final String[][] KINDS = {
        {"BOTTLE", "24.99", "Stainless steel water bottle 750 ml", "Edelstahl-Trinkflasche 750 ml",
            "Gourde en acier inoxydable 750 ml", "Borraccia in acciaio inox 750 ml",
            "Botella de acero inoxidable 750 ml", "ステンレスボトル 750ml"},
        {"TOTE", "14.99", "Cotton tote bag", "Baumwoll-Einkaufstasche", "Sac cabas en coton",
            "Borsa shopper in cotone", "Bolsa de tela de algodón", "コットン トートバッグ"},
        {"MUG", "12.99", "Ceramic coffee mug 350 ml", "Keramik-Kaffeebecher 350 ml", "Mug en céramique 350 ml",
            "Tazza in ceramica 350 ml", "Taza de cerámica 350 ml", "陶器マグカップ 350ml"},
        {"BEANIE", "19.99", "Wool beanie", "Strickmütze aus Wolle", "Bonnet en laine", "Berretto di lana",
            "Gorro de lana", "ウール ニット帽"},
        {"LAMP", "39.99", "LED desk lamp, dimmable", "LED-Schreibtischlampe, dimmbar",
            "Lampe de bureau LED à intensité variable", "Lampada da scrivania LED dimmerabile",
            "Lámpara de escritorio LED regulable", "LEDデスクライト 調光機能付き"},
        {"BOARD", "29.99", "Bamboo cutting board", "Schneidebrett aus Bambus", "Planche à découper en bambou",
            "Tagliere in bambù", "Tabla de cortar de bambú", "竹製まな板"},
        {"YOGA", "34.99", "Yoga mat 6 mm", "Yogamatte 6 mm", "Tapis de yoga 6 mm", "Tappetino yoga 6 mm",
            "Esterilla de yoga 6 mm", "ヨガマット 6mm"},
        {"NOTE", "9.99", "Notebook A5, dotted", "Notizbuch A5, gepunktet", "Carnet A5 à points",
            "Quaderno A5 a puntini", "Cuaderno A5 de puntos", "A5 ドット方眼ノート"},
        {"BUDS", "59.99", "Wireless earbuds", "Kabellose Ohrhörer", "Écouteurs sans fil", "Auricolari wireless",
            "Auriculares inalámbricos", "ワイヤレスイヤホン"},
        {"SKILLET", "44.99", "Cast iron skillet 26 cm", "Gusseisenpfanne 26 cm", "Poêle en fonte 26 cm",
            "Padella in ghisa 26 cm", "Sartén de hierro fundido 26 cm", "鋳鉄スキレット 26cm"},
    };

    /** Colour code, then the colour in en, de, fr, it, es, ja. */
    private static final String[][] COLOURS = {
        {"BLK", "Black", "Schwarz", "Noir", "Nero", "Negro", "ブラック"},
        {"SGE", "Sage Green", "Salbeigrün", "Vert sauge", "Verde salvia", "Verde salvia", "セージグリーン"},
        {"CRM", "Crème", "Crème", "Crème", "Crema", "Crema", "クリーム"},
        {"NVY", "Navy", "Marineblau", "Bleu marine", "Blu navy", "Azul marino", "ネイビー"},
    };

    /** Units of each currency per US dollar, roughly; prices end in .99 (or in 80 yen). */
    private static final List<String> CURRENCIES = List.of("USD", "CAD", "MXN", "EUR", "GBP", "JPY");
    private static final double[] PER_DOLLAR = {1.0, 1.35, 17.5, 0.95, 0.82, 150.0};

    private final List<Listing> all;
    /** Indexes into {@code all} of the listings of marketplace m and channel c, at [m * 2 + c]. */
    private final int[][] byMarketplaceAndChannel;

    private ListingCatalog(List<Listing> all, int[][] byMarketplaceAndChannel) {
        this.all = all;
        this.byMarketplaceAndChannel = byMarketplaceAndChannel;
    }

    static ListingCatalog generate(long seed, Instant epoch) {
        List<Marketplace> marketplaces = Marketplaces.seller();
        List<Listing> all = new ArrayList<>();
        List<List<Integer>> groups = new ArrayList<>();
        for (int g = 0; g < marketplaces.size() * 2; g++) {
            groups.add(new ArrayList<>());
        }
        int products = KINDS.length * COLOURS.length;
        for (int product = 0; product < products; product++) {
            String[] kind = KINDS[product / COLOURS.length];
            String[] colour = COLOURS[product % COLOURS.length];
            SeededRandom random = new SeededRandom(seed, product, STREAM);
            String asin = "B0" + alphanumeric(random, 8);
            for (int m = 0; m < marketplaces.size(); m++) {
                // The first ten products are everywhere, alternating channels, so every marketplace can fill
                // a five-item order from either channel; the others are offered in most marketplaces.
                boolean core = product < 10;
                if (!core && !random.chance(0.8)) {
                    continue;
                }
                int channel = core ? product % 2 : (random.chance(0.55) ? AFN : MFN);
                Marketplace marketplace = marketplaces.get(m);
                int language = LANGUAGES.indexOf(marketplace.languageCode().substring(0, 2));
                String title = "ja".equals(LANGUAGES.get(language))
                        ? kind[2 + language] + "（" + colour[1 + language] + "）"
                        : kind[2 + language] + " – " + colour[1 + language];
                Instant openDate = epoch.minus(Duration.ofSeconds(random.between(30L * 86_400, 900L * 86_400)));
                groups.get(m * 2 + channel).add(all.size());
                all.add(new Listing("CM-" + kind[0] + "-" + colour[0], asin, title,
                        price(new BigDecimal(kind[1]), marketplace.currencyCode()), marketplace.currencyCode(),
                        random.nextInt(251), CHANNELS.get(channel), marketplace.marketplaceId(), openDate));
            }
        }
        int[][] index = new int[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            index[g] = groups.get(g).stream().mapToInt(Integer::intValue).toArray();
        }
        return new ListingCatalog(List.copyOf(all), index);
    }

    List<Listing> all() {
        return all;
    }

    /** The listings an order of marketplace {@code marketplace} (index) and {@code channel} draws from. */
    int[] choices(int marketplace, int channel) {
        return byMarketplaceAndChannel[marketplace * 2 + channel];
    }

    Listing get(int index) {
        return all.get(index);
    }

    private static BigDecimal price(BigDecimal dollars, String currencyCode) {
        double local = dollars.doubleValue() * PER_DOLLAR[CURRENCIES.indexOf(currencyCode)];
        int fraction = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        if (fraction == 0) {
            return BigDecimal.valueOf(Math.max(100, Math.round(local / 100.0) * 100 - 20));
        }
        return BigDecimal.valueOf(Math.max(1, Math.round(local))).subtract(new BigDecimal("0.01"))
                .setScale(fraction, RoundingMode.UNNECESSARY);
    }

    private static String alphanumeric(SeededRandom random, int length) {
        String symbols = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(symbols.charAt(random.nextInt(symbols.length())));
        }
        return out.toString();
    }
}
