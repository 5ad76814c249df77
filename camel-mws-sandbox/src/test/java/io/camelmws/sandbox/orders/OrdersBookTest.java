package io.camelmws.sandbox.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.sellers.Marketplaces;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The order book on its own: determinism, shape, speed and life as the simulated clock runs. */
class OrdersBookTest {

    private static final Instant START = Instant.parse("2024-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(START, ZoneOffset.UTC);
    private static final OrderBook BOOK = new OrderBook(CLOCK, 10_000, 7);
    private static final List<Order> AT_START = List.copyOf(BOOK.ordersAt(START));

    @Test
    void theSameSeedGivesTheSameOrdersAndListings() {
        OrderBook twin = new OrderBook(CLOCK, 10_000, 7);
        assertThat(twin.ordersAt(START)).isEqualTo(AT_START);
        assertThat(twin.listings().all()).isEqualTo(BOOK.listings().all());

        OrderBook other = new OrderBook(CLOCK, 10_000, 8);
        Set<String> otherIds = other.ordersAt(START).stream().map(Order::amazonOrderId).collect(Collectors.toSet());
        assertThat(AT_START).extracting(Order::amazonOrderId).noneMatch(otherIds::contains);
    }

    @Test
    void buildsTenThousandOrdersInWellUnderASecondAndReadsThemAtHundredsOfInstantsPerSecond() {
        long started = System.nanoTime();
        OrderBook book = new OrderBook(CLOCK, 10_000, 11);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));

        started = System.nanoTime();
        int seen = 0;
        for (int call = 0; call < 500; call++) {
            List<Order> orders = book.ordersAt(START.plusSeconds(call * 60L));
            seen += orders.size();
            orders.get(orders.size() - 1 - call);
        }
        assertThat(seen).isGreaterThanOrEqualTo(500 * 10_000);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void initialOrdersAreBoughtDuringTheThirtyDaysBeforeTheStartAndHaveUniqueAmazonIds() {
        assertThat(AT_START).hasSize(10_000);
        assertThat(AT_START).extracting(Order::purchaseDate)
                .isSorted()
                .allMatch(date -> !date.isBefore(START.minus(Duration.ofDays(30))) && date.isBefore(START));
        assertThat(AT_START).extracting(Order::amazonOrderId)
                .allMatch(id -> id.matches("\\d{3}-\\d{7}-\\d{7}"))
                .doesNotHaveDuplicates();
        assertThat(AT_START).flatExtracting(Order::items).extracting(OrderItem::orderItemId)
                .allMatch(id -> id.matches("\\d{14}"))
                .doesNotHaveDuplicates();
    }

    @Test
    void coversEveryMarketplaceStatusChannelAndPaymentMethod() {
        assertThat(AT_START).extracting(Order::marketplaceId).containsOnly(
                Marketplaces.seller().stream().map(Marketplace::marketplaceId).toArray(String[]::new));
        assertThat(AT_START).extracting(Order::salesChannel).contains("Amazon.com", "Amazon.de", "Amazon.co.jp");
        assertThat(AT_START).extracting(Order::orderStatus).containsOnly("PendingAvailability", "Pending",
                "Unshipped", "PartiallyShipped", "Shipped", "Canceled", "Unfulfillable");
        assertThat(AT_START).extracting(Order::fulfillmentChannel).containsOnly("AFN", "MFN");
        assertThat(AT_START).extracting(Order::paymentMethod).containsOnly("Other", "COD", "CVS");
        assertThat(AT_START).filteredOn(order -> order.orderStatus().equals("PendingAvailability"))
                .isNotEmpty()
                .allMatch(order -> order.marketplaceId().equals(Marketplaces.JP.marketplaceId())
                        && order.orderType().equals("Preorder"));
        assertThat(AT_START).filteredOn(order -> !order.paymentMethod().equals("Other"))
                .allMatch(order -> order.marketplaceId().equals(Marketplaces.JP.marketplaceId()));
    }

    @Test
    void buyersAndAddressesAreWrittenInTheirOwnScripts() {
        List<String> names = AT_START.stream().map(Order::buyerName).toList();
        assertThat(names).anyMatch(name -> name.contains("Müller"))
                .anyMatch(name -> name.contains("Núñez"))
                .anyMatch(name -> name.contains("Zoë Ødegård"))
                .anyMatch(name -> name.contains("Ελένη"))
                .anyMatch(name -> name.matches("\\p{IsHan}+ \\p{IsHan}+"))
                .noneMatch(name -> name.codePoints().anyMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL));
        assertThat(AT_START).extracting(order -> order.shippingAddress().city())
                .contains("München", "Montréal", "渋谷区", "Orléans");
        assertThat(AT_START).allMatch(order -> order.shippingAddress().countryCode().equals(
                Marketplaces.byId(order.marketplaceId()).orElseThrow().countryCode()));
    }

    @Test
    void itemsComeFromTheListingsOfTheOrdersMarketplaceAndChannelAndAddUpToTheTotal() {
        assertThat(BOOK.listings().all()).hasSizeBetween(200, 400);
        for (Order order : AT_START.subList(0, 2_000)) {
            assertThat(order.items()).hasSizeBetween(1, 5);
            assertThat(order.items()).extracting(OrderItem::sellerSku).doesNotHaveDuplicates();
            for (OrderItem item : order.items()) {
                Listing listing = BOOK.listings().find(order.marketplaceId(), item.sellerSku()).orElseThrow();
                assertThat(listing.fulfillmentChannel()).isEqualTo(order.fulfillmentChannel());
                assertThat(item.itemPrice()).isEqualByComparingTo(
                        listing.price().multiply(BigDecimal.valueOf(item.quantityOrdered())));
                assertThat(item.currencyCode()).isEqualTo(order.currencyCode());
            }
            assertThat(order.orderTotal()).isEqualByComparingTo(
                    order.items().stream().map(OrderItem::itemPrice).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        assertThat(AT_START).filteredOn(order -> order.currencyCode().equals("JPY"))
                .allMatch(order -> order.orderTotal().scale() == 0);
    }

    @Test
    void shippedQuantitiesFollowTheStatus() {
        assertThat(AT_START).filteredOn(order -> order.orderStatus().equals("Shipped"))
                .allMatch(order -> order.numberOfItemsUnshipped() == 0 && order.numberOfItemsShipped() > 0);
        assertThat(AT_START).filteredOn(order -> order.orderStatus().equals("PartiallyShipped"))
                .isNotEmpty()
                .allMatch(order -> order.numberOfItemsUnshipped() > 0 && order.numberOfItemsShipped() > 0);
        assertThat(AT_START).filteredOn(order -> order.orderStatus().equals("Unshipped"))
                .allMatch(order -> order.numberOfItemsShipped() == 0 && order.numberOfItemsUnshipped() > 0);
    }

    @Test
    void newOrdersArriveAndOldOnesMoveOnAsTheClockRuns() {
        Instant later = START.plus(Duration.ofHours(10));
        List<Order> atLater = BOOK.ordersAt(later);
        assertThat(atLater.size() - AT_START.size()).isBetween(118, 122);
        assertThat(atLater.subList(0, AT_START.size())).extracting(Order::amazonOrderId)
                .isEqualTo(AT_START.stream().map(Order::amazonOrderId).toList());
        assertThat(atLater.subList(AT_START.size(), atLater.size())).extracting(Order::purchaseDate)
                .allMatch(date -> !date.isBefore(START) && !date.isAfter(later));

        List<Order> pending = AT_START.stream().filter(order -> order.orderStatus().equals("Pending")).toList();
        assertThat(pending).isNotEmpty();
        for (Order before : pending) {
            Order after = BOOK.find(before.amazonOrderId(), START.plus(Duration.ofDays(4))).orElseThrow();
            assertThat(after.orderStatus()).isIn("Unshipped", "PartiallyShipped", "Shipped", "Canceled",
                    "Unfulfillable");
            assertThat(after.lastUpdateDate()).isAfter(before.lastUpdateDate());
            assertThat(after.purchaseDate()).isEqualTo(before.purchaseDate());
        }
    }

    @Test
    void anOrderCanBeFoundOnlyOnceItExists() {
        Order known = AT_START.get(4_321);
        assertThat(BOOK.find(known.amazonOrderId(), START)).contains(known);

        Instant later = START.plus(Duration.ofHours(3));
        List<Order> atLater = BOOK.ordersAt(later);
        Order newer = atLater.get(atLater.size() - 1);
        assertThat(BOOK.find(newer.amazonOrderId(), later)).isPresent();
        assertThat(BOOK.find(newer.amazonOrderId(), START)).isEmpty();

        String otherPrefix = (known.amazonOrderId().startsWith("999") ? "998" : "999")
                + known.amazonOrderId().substring(3);
        assertThat(BOOK.find(otherPrefix, START)).isEmpty();
        assertThat(BOOK.find("not-an-order-id", START)).isEmpty();
        assertThat(BOOK.find("", START)).isEmpty();
    }

    @Test
    void rangeQueriesAgreeWithFilteringEveryOrder() {
        Instant now = START.plus(Duration.ofHours(5));
        Instant from = START.minus(Duration.ofDays(3));
        Instant to = START.plus(Duration.ofHours(2));
        List<Order> all = BOOK.ordersAt(now);
        assertThat(BOOK.ordersPurchasedBetween(from, to, now)).isEqualTo(all.stream()
                .filter(order -> !order.purchaseDate().isBefore(from) && !order.purchaseDate().isAfter(to)).toList());
        assertThat(BOOK.ordersUpdatedBetween(from, to, now)).isNotEmpty().isEqualTo(all.stream()
                .filter(order -> !order.lastUpdateDate().isBefore(from) && !order.lastUpdateDate().isAfter(to))
                .toList());
    }

    @Test
    void reseedReplacesTheOrdersAndResetRestoresTheBuiltOnes() {
        OrderBook book = new OrderBook(CLOCK, 2_000, 3);
        List<Order> built = List.copyOf(book.ordersAt(START));
        Set<String> builtIds = built.stream().map(Order::amazonOrderId).collect(Collectors.toSet());
        Set<String> builtAsins = book.listings().all().stream().map(Listing::asin).collect(Collectors.toSet());
        Listings listings = book.listings();

        book.reseed(500, 4);
        assertThat(book.ordersAt(START)).hasSize(500).extracting(Order::amazonOrderId).noneMatch(builtIds::contains);
        assertThat(listings.all()).extracting(Listing::asin).noneMatch(builtAsins::contains);
        assertThat(book.seed()).isEqualTo(4);

        book.reset();
        assertThat(book.ordersAt(START)).isEqualTo(built);
        assertThat(book.initialOrders()).isEqualTo(2_000);
    }
}
