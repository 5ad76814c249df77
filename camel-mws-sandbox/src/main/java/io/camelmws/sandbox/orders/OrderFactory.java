package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.sellers.Marketplaces;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link Order} value of one index as it stands at one millisecond. Only the orders a response or a
 * caller actually reads are ever built; the book itself keeps columns, not objects.
 */
final class OrderFactory {

    private static final long BUYER_STREAM = 4;
    private static final long ITEM_STREAM = 5;
    private static final long EMAIL_STREAM = 6;
    private static final int[] QUANTITY_WEIGHTS = {80, 15, 5};
    private static final String EMAIL_SYMBOLS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final long TWO_DAYS = 2 * 86_400_000L;

    private OrderFactory() {
    }

    static Order order(BookState book, int index, long millis) {
        OrderAttributes attributes = OrderAttributes.draw(book.seed, index);
        Marketplace marketplace = attributes.marketplaceInfo();
        OrderStatus status = book.statusAt(index, millis);
        long purchase = book.purchase(index);

        SeededRandom buyer = new SeededRandom(book.seed, index, BUYER_STREAM);
        BuyerLocale locale = BuyerLocale.of(marketplace.countryCode());
        String buyerName = locale.name(buyer);
        String recipient = buyer.chance(0.15) ? locale.name(buyer) : buyerName;
        Address address = locale.address(buyer, recipient, marketplace.countryCode(),
                AddressLines.second(book.seed, index, marketplace.countryCode()));

        List<OrderItem> items = items(book, index, attributes, status);
        BigDecimal total = items.stream().map(OrderItem::itemPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
        // A pre-order ships once released: the ship window opens with the Pending event, not the purchase.
        // Ship dates are whole seconds in every recorded answer; purchase and update dates carry milliseconds.
        Instant shipFrom = Instant.ofEpochMilli(attributes.preorder() ? book.eventTime(index, 1) : purchase)
                .truncatedTo(ChronoUnit.SECONDS);
        Instant shipBy = shipFrom.plusMillis(TWO_DAYS);
        DeliveryWindow delivery = DeliveryWindow.of(attributes, status, shipBy, marketplace.marketplaceId());
        String amazonOrderId = amazonOrderId(book, index, attributes);
        return new Order(amazonOrderId, sellerOrderId(index, attributes, amazonOrderId),
                marketplace.marketplaceId(), Instant.ofEpochMilli(purchase),
                Instant.ofEpochMilli(book.lastUpdateAt(index, millis)), status.mwsName(),
                attributes.fulfillmentChannel(), marketplace.salesChannel(), attributes.shipServiceLevel(), buyerName,
                buyerEmail(book, index), marketplace.currencyCode(), total, attributes.paymentMethod(),
                List.of(attributes.paymentMethodDetail()), address, items,
                attributes.preorder() ? "Preorder" : "StandardOrder", attributes.shipLevelCategory(), shipFrom,
                shipBy, delivery == null ? null : delivery.earliest(), delivery == null ? null : delivery.latest(),
                OrderFlags.of(attributes.prime(), attributes.business()));
    }

    static String amazonOrderId(BookState book, int index, OrderAttributes attributes) {
        return OrderIds.amazonOrderId(attributes.idPrefix(), book.idKey, index);
    }

    /** The seller's own order number for orders it fulfils itself; Amazon repeats its id for the others. */
    static String sellerOrderId(int index, OrderAttributes attributes, String amazonOrderId) {
        return attributes.channel() == ListingCatalog.MFN ? "CM-" + (1_000_000 + index) : amazonOrderId;
    }

    /** The anonymised address MWS gives buyers, e.g. {@code 0k4yqz2l8vbm3r1@marketplace.amazon.de}. */
    static String buyerEmail(BookState book, int index) {
        SeededRandom random = new SeededRandom(book.seed, index, EMAIL_STREAM);
        StringBuilder local = new StringBuilder(15);
        for (int i = 0; i < 15; i++) {
            local.append(EMAIL_SYMBOLS.charAt(random.nextInt(EMAIL_SYMBOLS.length())));
        }
        Marketplace marketplace = Marketplaces.seller().get(book.marketplace(index));
        return local.append('@').append(marketplace.buyerEmailDomain()).toString();
    }

    /** How many of an order's {@code lines} its first parcel carries when it ships in two. */
    static int firstParcelLines(int lines) {
        return Math.max(1, lines / 2);
    }

    /** Every line of order {@code index}, as it stands once shipped whole. */
    static List<OrderItem> shippedLines(BookState book, int index) {
        return items(book, index, OrderAttributes.draw(book.seed, index), OrderStatus.SHIPPED);
    }

    /**
     * The order's lines, distinct listings of its marketplace and channel. Shipped orders have shipped every unit;
     * a PartiallyShipped order has shipped its first half of the lines (the first parcel).
     */
    private static List<OrderItem> items(BookState book, int index, OrderAttributes attributes, OrderStatus status) {
        SeededRandom random = new SeededRandom(book.seed, index, ITEM_STREAM);
        int[] choices = book.listings.choices(attributes.marketplace(), attributes.channel()).clone();
        int count = Math.min(attributes.itemCount(), choices.length);
        int shippedLines = switch (status) {
            case SHIPPED -> count;
            case PARTIALLY_SHIPPED -> firstParcelLines(count);
            default -> 0;
        };
        List<OrderItem> items = new ArrayList<>(count);
        for (int line = 0; line < count; line++) {
            int pick = line + random.nextInt(choices.length - line);
            int chosen = choices[pick];
            choices[pick] = choices[line];
            choices[line] = chosen;
            Listing listing = book.listings.get(chosen);
            int quantity = 1 + random.weighted(QUANTITY_WEIGHTS);
            items.add(new OrderItem(OrderIds.orderItemId(book.itemIdKey, index, line), listing.asin(),
                    listing.sellerSku(), listing.title(), quantity, line < shippedLines ? quantity : 0,
                    listing.price().multiply(BigDecimal.valueOf(quantity)), listing.currencyCode()));
        }
        return items;
    }
}
