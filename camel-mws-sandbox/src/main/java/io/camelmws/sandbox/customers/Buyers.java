package io.camelmws.sandbox.customers;

import io.camelmws.sandbox.orders.Address;
import io.camelmws.sandbox.orders.Order;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.orders.OrderItem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The buyers of the seller's orders, per marketplace, as they stand at an instant: every order whose buyer is
 * known (the buyer of a Pending order is withheld, as MWS withholds it) counts. Derived from the order book on
 * each call, so it follows the simulated clock and the seed.
 */
public final class Buyers {

    private static final String SYMBOLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final OrderBook book;

    public Buyers(OrderBook book) {
        this.book = book;
    }

    /** The buyers of {@code marketplaceId} at {@code now}, by first order, oldest first. */
    public List<Buyer> inMarketplace(String marketplaceId, Instant now) {
        Map<String, List<Order>> byEmail = new LinkedHashMap<>();
        for (Order order : book.ordersAt(now)) {
            if (order.marketplaceId().equals(marketplaceId) && !order.paymentPending() && order.buyerEmail() != null) {
                byEmail.computeIfAbsent(order.buyerEmail(), email -> new ArrayList<>()).add(order);
            }
        }
        List<Buyer> buyers = new ArrayList<>();
        byEmail.forEach((email, orders) -> buyers.add(buyer(marketplaceId, email, orders)));
        buyers.sort(Comparator.comparing(Buyer::firstOrderedAt).thenComparing(Buyer::customerId));
        return buyers;
    }

    /** The buyer with this CustomerId in {@code marketplaceId}, if any. */
    public Optional<Buyer> find(String marketplaceId, String customerId, Instant now) {
        return inMarketplace(marketplaceId, now).stream().filter(buyer -> buyer.customerId().equals(customerId))
                .findFirst();
    }

    private static Buyer buyer(String marketplaceId, String email, List<Order> orders) {
        Order last = orders.get(orders.size() - 1);
        Set<Address> addresses = new LinkedHashSet<>();
        for (int i = orders.size() - 1; i >= 0; i--) {
            if (orders.get(i).shippingAddress() != null) {
                addresses.add(orders.get(i).shippingAddress());
            }
        }
        Set<String> skus = new LinkedHashSet<>();
        orders.forEach(order -> order.items().stream().map(OrderItem::sellerSku).forEach(skus::add));
        return new Buyer(customerId(marketplaceId, email), marketplaceId, last.buyerName(), email,
                new ArrayList<>(addresses), orders.get(0).purchaseDate(), last.purchaseDate(), new ArrayList<>(skus));
    }

    /** {@code A} and 13 letters and digits, as MWS's customer and merchant ids look. */
    static String customerId(String marketplaceId, String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((marketplaceId + "|" + email).getBytes(StandardCharsets.UTF_8));
            StringBuilder id = new StringBuilder(14).append('A');
            for (int i = 0; i < 13; i++) {
                id.append(SYMBOLS.charAt((digest[i] & 0xFF) % SYMBOLS.length()));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
