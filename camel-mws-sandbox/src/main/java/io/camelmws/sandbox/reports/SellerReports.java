package io.camelmws.sandbox.reports;

import io.camelmws.sandbox.orders.Address;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.orders.Order;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.orders.OrderItem;
import io.camelmws.sandbox.webservice.MarketplaceLocale;
import io.camelmws.sandbox.webservice.WebServiceDates;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The reports made from the seller's data: listings and FBA inventory from {@code Listings}, order reports from
 * the {@link OrderBook} as it stands when the report completes. Column names are MWS's; columns the sandbox has
 * no data for are present and empty. Rows are limited to the request's marketplaces.
 */
final class SellerReports {

    /** The Requested or Scheduled Flat File Order Report covers the previous 60 days (Reports_ReportType). */
    private static final Duration ORDERS_WINDOW = Duration.ofDays(60);
    /** The Unshipped Orders Report ignores dates and covers the previous 38 days (Reports_ReportType). */
    private static final Duration ACTIONABLE_WINDOW = Duration.ofDays(38);

    private static final DateTimeFormatter LISTING_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss zzz",
            Locale.US);

    private final Supplier<OrderBook> orderBook;

    SellerReports(Supplier<OrderBook> orderBook) {
        this.orderBook = orderBook;
    }

    ReportContent generate(ReportRequest request, Instant completedAt) {
        String content = request.type().content();
        return switch (content) {
            case "open-listings" -> openListings(request);
            case "merchant-listings" -> merchantListings(request);
            case "afn-inventory" -> afnInventory(request);
            case "fba-myi-inventory" -> fbaInventory(request);
            case "all-orders-by-order-date" -> allOrders(request, purchasedIn(request, completedAt));
            case "all-orders-by-last-update" -> allOrders(request, updatedIn(request, completedAt));
            case "orders" -> orders(request, completedAt);
            case "actionable-orders" -> actionableOrders(request, completedAt);
            case "xml-orders-by-order-date" -> XmlOrdersReport.of(inMarketplaces(request,
                    purchasedIn(request, completedAt)));
            case "xml-orders-by-last-update" -> XmlOrdersReport.of(inMarketplaces(request,
                    updatedIn(request, completedAt)));
            default -> throw new IllegalStateException("No generator called " + content + " for "
                    + request.type().name());
        };
    }

    private ReportContent openListings(ReportRequest request) {
        FlatFile file = new FlatFile(OPEN_LISTINGS_COLUMNS);
        for (Listing listing : listings(request)) {
            file.row(withBusinessPricing(OPEN_LISTINGS_COLUMNS.length, listing.sellerSku(), listing.asin(),
                    amount(listing.price()), quantity(listing)));
        }
        return file.toReport(request);
    }

    /**
     * {@code _GET_MERCHANT_LISTINGS_DATA_} (active offers, 47 columns: the 27 classic ones, business and quantity
     * prices, merchant-shipping-group, progressive prices) and {@code _GET_MERCHANT_LISTINGS_ALL_DATA_} (every
     * offer, the 27 classic columns, merchant-shipping-group and status). The seller has no business prices: those
     * columns are empty, as they are for any seller outside Amazon Business.
     */
    private ReportContent merchantListings(ReportRequest request) {
        boolean all = request.type().name().equals("_GET_MERCHANT_LISTINGS_ALL_DATA_");
        String[] columns = all ? MERCHANT_LISTINGS_ALL_COLUMNS : MERCHANT_LISTINGS_COLUMNS;
        FlatFile file = new FlatFile(columns);
        DateTimeFormatter openDate = LISTING_DATE.withZone(request.locale().zone());
        for (Listing listing : listings(request)) {
            boolean active = afn(listing) || listing.quantity() > 0;
            if (!active && !all) {
                continue;
            }
            String[] classic = {listing.title(), "", listingId(listing), listing.sellerSku(), amount(listing.price()),
                quantity(listing), openDate.format(listing.openDate()), "", "y", "1", "", "", "11", "", "", "",
                listing.asin(), "", "", "", "", "", listing.asin(), "", "", "0", fulfillmentChannel(listing)};
            String[] values = Arrays.copyOf(classic, columns.length);
            values[Arrays.asList(columns).indexOf("merchant-shipping-group")] = shippingGroup(listing);
            if (all) {
                values[columns.length - 1] = active ? "Active" : "Inactive";
            }
            file.row(values);
        }
        return file.toReport(request);
    }

    private ReportContent afnInventory(ReportRequest request) {
        FlatFile file = new FlatFile("seller-sku", "fulfillment-channel-sku", "asin", "condition-type",
                "Warehouse-Condition-code", "Quantity Available");
        for (Listing listing : listings(request)) {
            if (afn(listing)) {
                file.row(listing.sellerSku(), listing.fnsku(), listing.asin(), "NewItem", "SELLABLE",
                        Integer.toString(listing.quantity()));
            }
        }
        return file.toReport(request);
    }

    private ReportContent fbaInventory(ReportRequest request) {
        FlatFile file = new FlatFile("sku", "fnsku", "asin", "product-name", "condition", "your-price",
                "mfn-listing-exists", "mfn-fulfillable-quantity", "afn-listing-exists", "afn-warehouse-quantity",
                "afn-fulfillable-quantity", "afn-unsellable-quantity", "afn-reserved-quantity", "afn-total-quantity",
                "per-unit-volume", "afn-inbound-working-quantity", "afn-inbound-shipped-quantity",
                "afn-inbound-receiving-quantity");
        for (Listing listing : listings(request)) {
            if (afn(listing)) {
                String units = Integer.toString(listing.quantity());
                file.row(listing.sellerSku(), listing.fnsku(), listing.asin(), listing.title(), "New",
                        amount(listing.price()), "No", "", "Yes", units, units, "0", "0", units, "", "0", "0", "0");
            }
        }
        return file.toReport(request);
    }

    /** The order tracking reports: one row per order item, no buyer names (Reports_ReportType). */
    private ReportContent allOrders(ReportRequest request, List<Order> orders) {
        FlatFile file = new FlatFile("amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date",
                "order-status", "fulfillment-channel", "sales-channel", "order-channel", "url", "ship-service-level",
                "product-name", "sku", "asin", "item-status", "quantity", "currency", "item-price", "item-tax",
                "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax", "item-promotion-discount",
                "ship-promotion-discount", "ship-city", "ship-state", "ship-postal-code", "ship-country",
                "promotion-ids", "is-business-order", "purchase-order-number", "price-designation", "is-sold-by-ab");
        for (Order order : inMarketplaces(request, orders)) {
            Address address = order.shippingAddress();
            for (OrderItem item : order.items()) {
                file.row(order.amazonOrderId(), merchantOrderId(order), WebServiceDates.format(order.purchaseDate()),
                        WebServiceDates.format(order.lastUpdateDate()), reportStatus(order.orderStatus()),
                        "AFN".equals(order.fulfillmentChannel()) ? "Amazon" : "Merchant", order.salesChannel(), "",
                        "", order.shipServiceLevel(), item.title(), item.sellerSku(), item.asin(), itemStatus(order,
                                item), Integer.toString(item.quantityOrdered()), item.currencyCode(),
                        order.paymentPending() ? "" : amount(item.itemPrice()), "", "", "", "", "", "", "",
                        address == null ? "" : address.city(), address == null ? "" : address.stateOrRegion(),
                        address == null ? "" : address.postalCode(), address == null ? "" : address.countryCode(), "",
                        Boolean.toString(order.isBusinessOrder()), "", "", Boolean.toString(order.isSoldByAB()));
            }
        }
        return file.toReport(request);
    }

    /** The fulfilment report: paid orders with buyer and address, from its dates or else the last 60 days. */
    private ReportContent orders(ReportRequest request, Instant completedAt) {
        FlatFile file = new FlatFile(ORDER_COLUMNS);
        Instant from = request.startDate() != null ? request.startDate() : completedAt.minus(ORDERS_WINDOW);
        Instant to = request.endDate() != null ? request.endDate() : completedAt;
        for (Order order : inMarketplaces(request, orderBook.get().ordersPurchasedBetween(from, to, completedAt))) {
            if (order.paymentPending()) {
                continue;
            }
            for (OrderItem item : order.items()) {
                file.row(buyerColumns(order, item, amount(item.itemPrice()), order.salesChannel()));
            }
        }
        return file.toReport(request);
    }

    /** Merchant-fulfilled order items not yet shipped, from the last 38 days whatever the request's dates. */
    private ReportContent actionableOrders(ReportRequest request, Instant completedAt) {
        FlatFile file = new FlatFile(ACTIONABLE_COLUMNS);
        List<Order> recent = orderBook.get().ordersPurchasedBetween(completedAt.minus(ACTIONABLE_WINDOW),
                completedAt, completedAt);
        for (Order order : inMarketplaces(request, recent)) {
            if (order.paymentPending() || !"MFN".equals(order.fulfillmentChannel())
                    || order.numberOfItemsUnshipped() == 0) {
                continue;
            }
            Address address = order.shippingAddress();
            for (OrderItem item : order.items()) {
                int toShip = item.quantityOrdered() - item.quantityShipped();
                if (toShip <= 0) {
                    continue;
                }
                long daysPast = Math.max(0, Duration.between(order.latestShipDate(), completedAt).toDays());
                file.row(order.amazonOrderId(), item.orderItemId(), WebServiceDates.format(order.purchaseDate()),
                        WebServiceDates.format(order.purchaseDate()), WebServiceDates.format(completedAt),
                        WebServiceDates.format(order.latestShipDate()), Long.toString(daysPast), order.buyerEmail(),
                        order.buyerName(), address == null ? "" : address.phone(), item.sellerSku(), item.title(),
                        Integer.toString(item.quantityOrdered()), Integer.toString(item.quantityShipped()),
                        Integer.toString(toShip), order.shipServiceLevel(), address == null ? "" : address.name(),
                        address == null ? "" : address.addressLine1(),
                        address == null ? "" : address.addressLine2(), "", address == null ? "" : address.city(),
                        address == null ? "" : address.stateOrRegion(), address == null ? "" : address.postalCode(),
                        address == null ? "" : address.countryCode());
            }
        }
        return file.toReport(request);
    }

    private String[] buyerColumns(Order order, OrderItem item, String price, String salesChannel) {
        Address address = order.shippingAddress();
        return new String[] {order.amazonOrderId(), item.orderItemId(), WebServiceDates.format(order.purchaseDate()),
            WebServiceDates.format(order.purchaseDate()), order.buyerEmail(), order.buyerName(),
            address == null ? "" : address.phone(), item.sellerSku(), item.title(),
            Integer.toString(item.quantityOrdered()), item.currencyCode(), price, "", "", "",
            order.shipServiceLevel(), address == null ? "" : address.name(),
            address == null ? "" : address.addressLine1(),
                        address == null ? "" : address.addressLine2(), "", address == null ? "" : address.city(),
            address == null ? "" : address.stateOrRegion(), address == null ? "" : address.postalCode(),
            address == null ? "" : address.countryCode(), address == null ? "" : address.phone(), "", "", "", "",
            salesChannel};
    }

    /** Order-date reports cover [StartDate, EndDate], both defaulting to the submission (REFERENCE 9.1). */
    private List<Order> purchasedIn(ReportRequest request, Instant completedAt) {
        return orderBook.get().ordersPurchasedBetween(startOf(request), endOf(request), completedAt);
    }

    private List<Order> updatedIn(ReportRequest request, Instant completedAt) {
        return orderBook.get().ordersUpdatedBetween(startOf(request), endOf(request), completedAt);
    }

    private static Instant startOf(ReportRequest request) {
        return request.startDate() != null ? request.startDate() : request.submittedAt();
    }

    private static Instant endOf(ReportRequest request) {
        return request.endDate() != null ? request.endDate() : request.submittedAt();
    }

    private List<Listing> listings(ReportRequest request) {
        Set<String> marketplaces = Set.copyOf(request.marketplaceIds());
        return orderBook.get().listings().all().stream()
                .filter(listing -> marketplaces.contains(listing.marketplaceId())).toList();
    }

    private static List<Order> inMarketplaces(ReportRequest request, List<Order> orders) {
        Set<String> marketplaces = Set.copyOf(request.marketplaceIds());
        return orders.stream().filter(order -> marketplaces.contains(order.marketplaceId())).toList();
    }

    private static boolean afn(Listing listing) {
        return "AFN".equals(listing.fulfillmentChannel());
    }

    /** Amazon fulfils FBA listings from its own stock: merchant listing reports leave their quantity empty. */
    private static String quantity(Listing listing) {
        return afn(listing) ? "" : Integer.toString(listing.quantity());
    }

    private static String fulfillmentChannel(Listing listing) {
        if (!afn(listing)) {
            return "DEFAULT";
        }
        return switch (MarketplaceLocale.of(listing.marketplaceId())) {
            case US, CA, MX, BR -> "AMAZON_NA";
            case JP, AU, SG -> "AMAZON_FE";
            default -> "AMAZON_EU";
        };
    }

    /**
     * The shipping template of a merchant-fulfilled offer: sellers who never named theirs have the one Amazon
     * created when it moved them to shipping templates. Amazon ships FBA offers: no template.
     */
    private static String shippingGroup(Listing listing) {
        return afn(listing) ? "" : "Migrated Template";
    }

    /** {@code leading} values followed by the empty business, quantity and progressive price columns. */
    private static String[] withBusinessPricing(int width, String... leading) {
        String[] values = Arrays.copyOf(leading, width);
        Arrays.fill(values, leading.length, width, "");
        return values;
    }

    /** A stable 10-digit listing id per offer. */
    private static String listingId(Listing listing) {
        long hash = (listing.sellerSku() + "|" + listing.marketplaceId()).hashCode() & 0xFFFFFFFFL;
        return String.format(Locale.ROOT, "%04d%s", listing.openDate().getEpochSecond() % 10_000,
                Long.toString(hash % 1_000_000L + 1_000_000L).substring(1)) + "Z";
    }

    private static String merchantOrderId(Order order) {
        return order.sellerOrderId() == null || order.sellerOrderId().equals(order.amazonOrderId()) ? ""
                : order.sellerOrderId();
    }

    /** Order reports spell the status as Seller Central does: Cancelled, not the API's Canceled. */
    private static String reportStatus(String orderStatus) {
        return "Canceled".equals(orderStatus) ? "Cancelled" : orderStatus;
    }

    private static String itemStatus(Order order, OrderItem item) {
        if ("Canceled".equals(order.orderStatus())) {
            return "Cancelled";
        }
        return item.quantityShipped() >= item.quantityOrdered() ? "Shipped" : "Unshipped";
    }

    static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }

    /** The 27 columns merchant listing reports had before Amazon Business (caponica/AmazonMwsComplete). */
    private static final String[] CLASSIC_LISTING_COLUMNS = {"item-name", "item-description", "listing-id",
        "seller-sku", "price", "quantity", "open-date", "image-url", "item-is-marketplace", "product-id-type",
        "zshop-shipping-fee", "item-note", "item-condition", "zshop-category1", "zshop-browse-path",
        "zshop-storefront-feature", "asin1", "asin2", "asin3", "will-ship-internationally", "expedited-shipping",
        "zshop-boldface", "product-id", "bid-for-featured-placement", "add-delete", "pending-quantity",
        "fulfillment-channel"};

    /** Amazon Business prices as the listings reports spell them: with capitals and spaces. */
    private static final String[] BUSINESS_PRICE_COLUMNS = {"Business Price", "Quantity Price Type",
        "Quantity Lower Bound 1", "Quantity Price 1", "Quantity Lower Bound 2", "Quantity Price 2",
        "Quantity Lower Bound 3", "Quantity Price 3", "Quantity Lower Bound 4", "Quantity Price 4",
        "Quantity Lower Bound 5", "Quantity Price 5"};

    private static final String[] PROGRESSIVE_PRICE_COLUMNS = {"Progressive Price Type",
        "Progressive Lower Bound 1", "Progressive Price 1", "Progressive Lower Bound 2", "Progressive Price 2",
        "Progressive Lower Bound 3", "Progressive Price 3"};

    /** {@code _GET_MERCHANT_LISTINGS_DATA_}: 47 columns. */
    private static final String[] MERCHANT_LISTINGS_COLUMNS = concat(CLASSIC_LISTING_COLUMNS, BUSINESS_PRICE_COLUMNS,
            new String[] {"merchant-shipping-group"}, PROGRESSIVE_PRICE_COLUMNS);

    /** {@code _GET_MERCHANT_LISTINGS_ALL_DATA_}: 29 columns. */
    private static final String[] MERCHANT_LISTINGS_ALL_COLUMNS = concat(CLASSIC_LISTING_COLUMNS,
            new String[] {"merchant-shipping-group", "status"});

    /** {@code _GET_FLAT_FILE_OPEN_LISTINGS_DATA_}: 23 columns. */
    private static final String[] OPEN_LISTINGS_COLUMNS = concat(new String[] {"sku", "asin", "price", "quantity"},
            BUSINESS_PRICE_COLUMNS, PROGRESSIVE_PRICE_COLUMNS);

    private static final String[] ORDER_COLUMNS = {"order-id", "order-item-id", "purchase-date", "payments-date",
        "buyer-email", "buyer-name", "buyer-phone-number", "sku", "product-name", "quantity-purchased", "currency",
        "item-price", "item-tax", "shipping-price", "shipping-tax", "ship-service-level", "recipient-name",
        "ship-address-1", "ship-address-2", "ship-address-3", "ship-city", "ship-state", "ship-postal-code",
        "ship-country", "ship-phone-number", "delivery-start-date", "delivery-end-date", "delivery-time-zone",
        "delivery-Instructions", "sales-channel"};

    private static final String[] ACTIONABLE_COLUMNS = {"order-id", "order-item-id", "purchase-date",
        "payments-date", "reporting-date", "promise-date", "days-past-promise", "buyer-email", "buyer-name",
        "buyer-phone-number", "sku", "product-name", "quantity-purchased", "quantity-shipped", "quantity-to-ship",
        "ship-service-level", "recipient-name", "ship-address-1", "ship-address-2", "ship-address-3", "ship-city",
        "ship-state", "ship-postal-code", "ship-country"};
}
