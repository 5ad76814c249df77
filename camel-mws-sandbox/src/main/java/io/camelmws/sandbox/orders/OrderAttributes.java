package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.sellers.Marketplaces;
import java.util.List;

/**
 * What an order is, independent of time: where it was bought, who fulfils it, how it is paid, how many lines it
 * has. Drawn from the order's own random stream, so it costs a few hashes and no other order.
 *
 * @param marketplace index into {@link Marketplaces#seller()}
 * @param channel     {@link ListingCatalog#AFN} or {@link ListingCatalog#MFN}
 * @param payment     index into {@link #PAYMENT_METHODS}
 * @param shipLevel   index into {@link #SHIP_LEVEL_CATEGORIES}
 */
record OrderAttributes(int marketplace, int channel, int payment, int itemCount, String idPrefix,
                       boolean preorder, boolean prime, boolean business, int shipLevel) {

    static final List<String> PAYMENT_METHODS = List.of("Other", "COD", "CVS");
    static final int OTHER = 0;
    static final int COD = 1;
    static final int CVS = 2;
    static final List<String> SHIP_LEVEL_CATEGORIES = List.of("Standard", "Expedited", "SecondDay", "NextDay");

    /** Share of orders per marketplace, in {@link Marketplaces#seller()} order (US CA MX DE UK FR IT ES JP). */
    private static final int[] MARKETPLACE_WEIGHTS = {34, 7, 5, 14, 12, 8, 6, 5, 9};
    private static final int[] ITEM_COUNT_WEIGHTS = {60, 22, 10, 5, 3};
    private static final int[] JP_PAYMENT_WEIGHTS = {85, 7, 8};
    private static final int[] US_SHIP_LEVEL_WEIGHTS = {70, 20, 6, 4};
    private static final int[] SHIP_LEVEL_WEIGHTS = {80, 20};
    private static final long STREAM = 1;

    static OrderAttributes draw(long seed, int index) {
        SeededRandom random = new SeededRandom(seed, index, STREAM);
        int marketplace = random.weighted(MARKETPLACE_WEIGHTS);
        String country = Marketplaces.seller().get(marketplace).countryCode();
        boolean japan = "JP".equals(country);
        int channel = random.chance(0.6) ? ListingCatalog.AFN : ListingCatalog.MFN;
        int payment = random.weighted(JP_PAYMENT_WEIGHTS);
        int itemCount = 1 + random.weighted(ITEM_COUNT_WEIGHTS);
        String prefix = random.pick(OrderIds.prefixes(country));
        boolean preorder = random.chance(0.10);
        boolean prime = random.chance(0.65);
        boolean business = random.chance(0.05);
        int shipLevel = random.weighted("US".equals(country) ? US_SHIP_LEVEL_WEIGHTS : SHIP_LEVEL_WEIGHTS);
        // Every draw above happens for every order, so one attribute never shifts another's stream.
        return new OrderAttributes(marketplace, channel, japan ? payment : OTHER, itemCount, prefix,
                japan && preorder, channel == ListingCatalog.AFN && prime, business, shipLevel);
    }

    Marketplace marketplaceInfo() {
        return Marketplaces.seller().get(marketplace);
    }

    String fulfillmentChannel() {
        return ListingCatalog.CHANNELS.get(channel);
    }

    String paymentMethod() {
        return PAYMENT_METHODS.get(payment);
    }

    /**
     * PaymentMethodDetails/PaymentMethodDetail: {@code Standard} (a card, as every recorded answer of an
     * ordinary order has it), or the Japanese {@code COD} or {@code CVS}.
     */
    String paymentMethodDetail() {
        return payment == OTHER ? "Standard" : paymentMethod();
    }

    String shipLevelCategory() {
        return SHIP_LEVEL_CATEGORIES.get(shipLevel);
    }

    /** ShipServiceLevel as MWS names them, e.g. {@code Std US D2D Dom} or {@code Exp DE Dom_1}. */
    String shipServiceLevel() {
        String country = marketplaceInfo().countryCode();
        String speed = List.of("Std", "Exp", "Second", "Next").get(shipLevel);
        return "US".equals(country) ? speed + " US D2D Dom" : speed + " " + country + " Dom_1";
    }
}
