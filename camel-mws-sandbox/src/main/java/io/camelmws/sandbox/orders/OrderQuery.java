package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.sellers.Marketplaces;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.PageToken;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * The filter of one ListOrders request, validated with the rules of REFERENCE 10.1, and carried in its NextTokens.
 * Sets are bit masks; 0 means "no filter".
 *
 * @param byLastUpdate      LastUpdatedAfter/Before (true) or CreatedAfter/Before (false)
 * @param afterMillis       the After bound, inclusive
 * @param beforeMillis      the Before bound, inclusive, always set (default: two minutes before the request)
 * @param marketplaces      bits of indexes into {@link Marketplaces#seller()}
 * @param statuses          bits of {@link OrderStatus} ordinals; bit 31 is InvoiceUnconfirmed, which no order has
 * @param channels          bits of AFN (0) and MFN (1)
 * @param payments          bits of {@link OrderAttributes#PAYMENT_METHODS}
 * @param buyerEmail        exact BuyerEmail, or null
 * @param sellerOrderId     exact SellerOrderId, or null
 * @param regionalFilter    whether a China (TFM) or India (EasyShip) shipment status filter was given: the seller
 *                          sells in neither, so no order matches
 */
record OrderQuery(boolean byLastUpdate, long afterMillis, long beforeMillis, int marketplaces, int statuses,
                  int channels, int payments, String buyerEmail, String sellerOrderId, boolean regionalFilter) {

    static final int MAX_MARKETPLACES = 50;

    private static final Duration TWO_MINUTES = Duration.ofMinutes(2);

    private static final int INVOICE_UNCONFIRMED = 1 << 31;
    private static final List<String> TFM_STATUSES = List.of("PendingPickUp", "LabelCanceled", "PickedUp",
            "AtDestinationFC", "Delivered", "RejectedByBuyer", "Undeliverable", "ReturnedToSeller", "Lost");
    private static final List<String> EASY_SHIP_STATUSES = List.of("PendingPickUp", "LabelCanceled", "PickedUp",
            "OutForDelivery", "Damaged", "Delivered", "RejectedByBuyer", "Undeliverable", "ReturnedToSeller", "Lost");

    /**
     * Reads and checks a ListOrders request made at {@code now}.
     *
     * @throws OperationFailure naming the parameter and what is allowed
     */
    static OrderQuery parse(WebServiceParameters parameters, Instant now) {
        int marketplaces = marketplaces(parameters);
        String createdAfter = parameters.optional("CreatedAfter");
        String updatedAfter = parameters.optional("LastUpdatedAfter");
        if (createdAfter == null && updatedAfter == null) {
            throw new OperationFailure(MwsErrors.listOrdersWithoutDateFilter());
        }
        if (createdAfter != null && updatedAfter != null) {
            throw OperationFailure.invalid("CreatedAfter and LastUpdatedAfter cannot both be given; give exactly one.");
        }
        boolean byLastUpdate = updatedAfter != null;
        String afterName = byLastUpdate ? "LastUpdatedAfter" : "CreatedAfter";
        String beforeName = byLastUpdate ? "LastUpdatedBefore" : "CreatedBefore";
        String otherBefore = byLastUpdate ? "CreatedBefore" : "LastUpdatedBefore";
        if (parameters.optional(otherBefore) != null) {
            throw OperationFailure.invalid(otherBefore + " cannot be used with " + afterName + "; use " + beforeName
                    + ".");
        }
        Instant latest = now.minus(TWO_MINUTES);
        Instant after = date(afterName, byLastUpdate ? updatedAfter : createdAfter);
        if (after.isAfter(latest)) {
            throw OperationFailure.invalid(afterName + " " + OrdersXml.millisDate(after) + " must be no later than "
                    + "two minutes before the time of the request (" + OrdersXml.millisDate(latest) + ").");
        }
        String beforeValue = parameters.optional(beforeName);
        // MWS echoes the default with the request's milliseconds (a request at 11:28:53.251 got 11:26:53.307, R).
        Instant before = beforeValue == null ? latest.truncatedTo(ChronoUnit.MILLIS) : date(beforeName, beforeValue);
        if (!before.isAfter(after)) {
            throw OperationFailure.invalid(beforeName + " " + OrdersXml.millisDate(before) + " must be later than "
                    + afterName + " " + OrdersXml.millisDate(after) + ".");
        }
        if (before.isAfter(latest)) {
            throw OperationFailure.invalid(beforeName + " " + OrdersXml.millisDate(before) + " must be no later than "
                    + "two minutes before the time of the request (" + OrdersXml.millisDate(latest) + ").");
        }
        String buyerEmail = parameters.optional("BuyerEmail");
        String sellerOrderId = parameters.optional("SellerOrderId");
        List<String> statuses = parameters.strictList("OrderStatus.Status");
        List<String> channels = parameters.strictList("FulfillmentChannel.Channel");
        List<String> payments = parameters.strictList("PaymentMethod.Method");
        checkExclusions(byLastUpdate, buyerEmail, sellerOrderId, statuses, channels, payments);
        boolean regional = !parameters.strictList("TFMShipmentStatus.Status").isEmpty()
                || !parameters.strictList("EasyShipShipmentStatus.Status").isEmpty();
        checkMembers(parameters, "TFMShipmentStatus.Status", TFM_STATUSES);
        checkMembers(parameters, "EasyShipShipmentStatus.Status", EASY_SHIP_STATUSES);
        return new OrderQuery(byLastUpdate, after.toEpochMilli(), before.toEpochMilli(), marketplaces,
                statusMask(statuses), mask("FulfillmentChannel.Channel", channels, ListingCatalog.CHANNELS),
                mask("PaymentMethod.Method", payments, OrderAttributes.PAYMENT_METHODS), buyerEmail, sellerOrderId,
                regional);
    }

    /** Whether order {@code index} of {@code book} matches, read at {@code millis}. */
    boolean matches(BookState book, int index, long millis) {
        long moment = byLastUpdate ? book.lastUpdateAt(index, millis) : book.purchase(index);
        if (regionalFilter || moment < afterMillis || moment > beforeMillis
                || !in(marketplaces, book.marketplace(index)) || !in(channels, book.channel(index))
                || !in(payments, book.payment(index))
                || statuses != 0 && !in(statuses, book.statusAt(index, millis).ordinal())) {
            return false;
        }
        if (buyerEmail != null && !buyerEmail.equals(OrderFactory.buyerEmail(book, index))) {
            return false;
        }
        if (sellerOrderId != null) {
            OrderAttributes attributes = OrderAttributes.draw(book.seed, index);
            String amazonOrderId = OrderFactory.amazonOrderId(book, index, attributes);
            return sellerOrderId.equals(OrderFactory.sellerOrderId(index, attributes, amazonOrderId));
        }
        return true;
    }

    /** The indexes worth scanning: by purchase date for Created*, a timeline's span earlier for LastUpdated*. */
    int firstCandidate(BookState book, int count) {
        return book.firstPurchasedAtOrAfter(byLastUpdate ? afterMillis - OrderTimeline.MAX_SPAN_MILLIS : afterMillis,
                count);
    }

    /** The bound echoed as CreatedBefore or LastUpdatedBefore. */
    Instant before() {
        return Instant.ofEpochMilli(beforeMillis);
    }

    void write(PageToken.Writer token) {
        token.writeInt(byLastUpdate ? 1 : 0).writeLong(afterMillis).writeLong(beforeMillis).writeInt(marketplaces)
                .writeInt(statuses).writeInt(channels).writeInt(payments).writeString(buyerEmail)
                .writeString(sellerOrderId).writeInt(regionalFilter ? 1 : 0);
    }

    static OrderQuery read(PageToken.Reader token) {
        return new OrderQuery(token.readInt() == 1, token.readLong(), token.readLong(), token.readInt(),
                token.readInt(), token.readInt(), token.readInt(), token.readString(), token.readString(),
                token.readInt() == 1);
    }

    private static void checkExclusions(boolean byLastUpdate, String buyerEmail, String sellerOrderId,
                                        List<String> statuses, List<String> channels, List<String> payments) {
        for (String name : new String[] {"BuyerEmail", "SellerOrderId"}) {
            String value = "BuyerEmail".equals(name) ? buyerEmail : sellerOrderId;
            if (value == null) {
                continue;
            }
            if (byLastUpdate) {
                throw OperationFailure.invalid(name + " cannot be used with LastUpdatedAfter or LastUpdatedBefore.");
            }
            String excluded = "BuyerEmail".equals(name) && sellerOrderId != null ? "SellerOrderId"
                    : !statuses.isEmpty() ? "OrderStatus"
                    : !channels.isEmpty() ? "FulfillmentChannel"
                    : !payments.isEmpty() ? "PaymentMethod" : null;
            if (excluded != null) {
                throw OperationFailure.invalid(name + " cannot be used with " + excluded + "; " + name
                        + " excludes OrderStatus, FulfillmentChannel, PaymentMethod, LastUpdatedAfter, "
                        + "LastUpdatedBefore and " + ("BuyerEmail".equals(name) ? "SellerOrderId" : "BuyerEmail")
                        + ".");
            }
        }
        if (statuses.contains("Unshipped") != statuses.contains("PartiallyShipped")) {
            throw OperationFailure.invalid("OrderStatus values Unshipped and PartiallyShipped must be used together; "
                    + "the request has only " + (statuses.contains("Unshipped") ? "Unshipped" : "PartiallyShipped")
                    + ".");
        }
    }

    private static int marketplaces(WebServiceParameters parameters) {
        List<String> ids = parameters.strictList("MarketplaceId.Id", MAX_MARKETPLACES);
        if (ids.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter("MarketplaceId.Id.1"));
        }
        int mask = 0;
        for (String id : ids) {
            int index = Marketplaces.indexOf(id);
            if (index < 0) {
                throw new OperationFailure(MwsErrors.invalidParameterValue("MarketplaceId.Id", id,
                        "a marketplace the seller participates in: " + Marketplaces.allowedIds()));
            }
            mask |= 1 << index;
        }
        return mask;
    }

    private static int statusMask(List<String> statuses) {
        int mask = 0;
        for (String status : statuses) {
            OrderStatus known = OrderStatus.fromMwsName(status);
            if (known != null) {
                mask |= 1 << known.ordinal();
            } else if ("InvoiceUnconfirmed".equals(status)) {
                mask |= INVOICE_UNCONFIRMED;
            } else {
                throw new OperationFailure(MwsErrors.invalidParameterValue("OrderStatus.Status", status,
                        "PendingAvailability, Pending, Unshipped, PartiallyShipped, Shipped, InvoiceUnconfirmed, "
                                + "Canceled, Unfulfillable"));
            }
        }
        return mask;
    }

    private static int mask(String name, List<String> values, List<String> allowed) {
        int mask = 0;
        for (String value : values) {
            int index = allowed.indexOf(value);
            if (index < 0) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(name, value, String.join(", ", allowed)));
            }
            mask |= 1 << index;
        }
        return mask;
    }

    private static void checkMembers(WebServiceParameters parameters, String name, List<String> allowed) {
        for (String value : parameters.strictList(name)) {
            if (!allowed.contains(value)) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(name, value, String.join(", ", allowed)));
            }
        }
    }

    private static boolean in(int mask, int bit) {
        return mask == 0 || (mask & (1 << bit)) != 0;
    }

    /** xs:dateTime: with an offset or {@code Z}, or without one (then UTC), with or without fractions. */
    static Instant date(String name, String value) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, OffsetDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset ? offset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(name, value,
                    "an ISO 8601 date-time such as 2015-01-01T00:01:29Z"));
        }
    }
}
