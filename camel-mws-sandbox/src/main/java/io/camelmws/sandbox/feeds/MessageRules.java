package io.camelmws.sandbox.feeds;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the sandbox checks in one feed message: the envelope's rules for every message (a positive MessageID, an
 * optional OperationType, exactly one element named after the MessageType, nothing else) and, for the common
 * message types (Inventory, Price, Product, OrderAcknowledgement, OrderFulfillment), required elements, value
 * formats and the allowed child elements of the amzn-envelope schemas. Other message types are accepted as they
 * come. Each problem is one result with code {@value #MESSAGE_ERROR}.
 */
final class MessageRules {

    static final int MESSAGE_ERROR = 5000;
    /** SKUs are at most 40 characters in MWS. */
    private static final int MAX_SKU_LENGTH = 40;
    private static final Pattern AMAZON_ORDER_ID = Pattern.compile("\\d{3}-\\d{7}-\\d{7}");
    private static final Set<String> OPERATION_TYPES = Set.of("Update", "Delete", "PartialUpdate");

    private static final Map<String, Set<String>> ALLOWED_CHILDREN = Map.of(
            "Inventory", Set.of("SKU", "FulfillmentCenterID", "Available", "Quantity", "Lookup", "RestockDate",
                    "FulfillmentLatency", "SwitchFulfillmentTo"),
            "Price", Set.of("SKU", "StandardPrice", "MAP", "DepositAmount", "Sale", "MinimumSellerAllowedPrice",
                    "MaximumSellerAllowedPrice", "BusinessPrice", "QuantityPriceType", "QuantityPrice",
                    "PricingAction", "CostPerClickBidPrice"),
            "Product", Set.of("SKU", "StandardProductID", "GtinExemptionReason", "RelatedProductID", "ProductTaxCode",
                    "LaunchDate", "DiscontinueDate", "ReleaseDate", "ExternalProductUrl", "OffAmazonChannel",
                    "OnAmazonChannel", "Condition", "Rebate", "ItemPackageQuantity", "NumberOfItems", "LiquidVolume",
                    "DescriptionData", "PromoTag", "DiscoveryData", "ProductData", "ShippedByFreight",
                    "EnhancedImageURL", "Amazon-Vendor-Only", "Amazon-Only", "RegisteredParameter",
                    "NationalStockNumber", "UnspscCode", "UVPListPrice"),
            "OrderAcknowledgement", Set.of("AmazonOrderID", "MerchantOrderID", "StatusCode", "Item"),
            "OrderFulfillment", Set.of("AmazonOrderID", "MerchantOrderID", "MerchantFulfillmentID",
                    "FulfillmentDate", "FulfillmentData", "CODCollectionMethod", "Item", "ShipFromAddress",
                    "IsSequentialShipment"));

    private final Node message;
    private final String messageType;
    private final long messageId;
    private final List<ProcessingReport.Result> results = new ArrayList<>();
    /** The message's SKU, reported with each of its problems (AdditionalInfo/SKU); {@code null} when none. */
    private final String sku;

    private MessageRules(Node message, String messageType, long messageId) {
        this.message = message;
        this.messageType = messageType;
        this.messageId = messageId;
        Node payload = message.child(messageType);
        String text = payload == null ? null : payload.childText("SKU");
        this.sku = text == null || text.isEmpty() ? null : text;
    }

    /**
     * @param ordinal the message's position, used as its id when its MessageID is missing or invalid
     * @return the message's problems; empty when it is processed successfully
     */
    static List<ProcessingReport.Result> check(Node message, String messageType, int ordinal) {
        long id = positiveInteger(message.childText("MessageID"));
        MessageRules rules = new MessageRules(message, messageType, id > 0 ? id : ordinal);
        if (id <= 0) {
            rules.problem(message, message.child("MessageID") == null ? "missing required element MessageID"
                    : "MessageID must be a positive integer, was '" + message.childText("MessageID") + "'");
        }
        rules.checkMessage();
        return rules.results;
    }

    private void checkMessage() {
        String operation = message.childText("OperationType");
        if (operation != null && !OPERATION_TYPES.contains(operation)) {
            problem(message.child("OperationType"), "OperationType must be Update, Delete or PartialUpdate, was '"
                    + operation + "'");
        }
        Node payload = null;
        for (Node child : message.children()) {
            if (child.name().equals(messageType) && payload == null) {
                payload = child;
            } else if (!child.name().equals("MessageID") && !child.name().equals("OperationType")) {
                problem(child, "unknown element " + child.name() + " in a " + messageType + " Message");
            }
        }
        if (payload == null) {
            problem(message, "missing required element " + messageType);
            return;
        }
        boolean delete = "Delete".equals(operation);
        Set<String> allowed = ALLOWED_CHILDREN.get(messageType);
        if (allowed != null) {
            for (Node child : payload.children()) {
                if (!allowed.contains(child.name())) {
                    problem(child, "unknown element " + child.name() + " in " + messageType);
                }
            }
        }
        switch (messageType) {
            case "Inventory" -> inventory(payload, delete);
            case "Price" -> price(payload, delete);
            case "Product" -> requireSku(payload);
            case "OrderAcknowledgement" -> orderAcknowledgement(payload);
            case "OrderFulfillment" -> orderFulfillment(payload);
            default -> {
                // Accepted as it comes: the sandbox does not model these schemas.
            }
        }
    }

    private void inventory(Node inventory, boolean delete) {
        requireSku(inventory);
        Node quantity = inventory.child("Quantity");
        if (quantity != null && positiveInteger(quantity.text()) < 0) {
            problem(quantity, "Quantity must be a whole number of 0 or more, was '" + quantity.text() + "'");
        }
        Node available = inventory.child("Available");
        if (available != null && !"true".equals(available.text()) && !"false".equals(available.text())) {
            problem(available, "Available must be true or false, was '" + available.text() + "'");
        }
        Node latency = inventory.child("FulfillmentLatency");
        if (latency != null && positiveInteger(latency.text()) <= 0) {
            problem(latency, "FulfillmentLatency must be a positive whole number of days, was '" + latency.text()
                    + "'");
        }
        if (!delete && quantity == null && available == null && inventory.child("Lookup") == null) {
            problem(inventory, "Inventory needs one of Quantity, Available or Lookup");
        }
    }

    private void price(Node price, boolean delete) {
        requireSku(price);
        Node standard = price.child("StandardPrice");
        if (standard == null) {
            if (!delete) {
                problem(price, "missing required element StandardPrice");
            }
            return;
        }
        String currency = standard.attributes().get("currency");
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            problem(standard, "StandardPrice needs a currency attribute such as currency=\"USD\", had '"
                    + currency + "'");
        }
        if (!nonNegativeDecimal(standard.text())) {
            problem(standard, "StandardPrice must be an amount of 0 or more such as 19.99, was '" + standard.text()
                    + "'");
        }
    }

    private void orderAcknowledgement(Node acknowledgement) {
        requireOrderId(acknowledgement);
        String status = acknowledgement.childText("StatusCode");
        if (!"Success".equals(status) && !"Failure".equals(status)) {
            problem(acknowledgement, status == null ? "missing required element StatusCode"
                    : "StatusCode must be Success or Failure, was '" + status + "'");
        }
    }

    private void orderFulfillment(Node fulfillment) {
        if (fulfillment.child("AmazonOrderID") == null && fulfillment.child("MerchantOrderID") == null) {
            problem(fulfillment, "OrderFulfillment needs AmazonOrderID or MerchantOrderID");
        } else if (fulfillment.child("AmazonOrderID") != null) {
            requireOrderId(fulfillment);
        }
        String date = fulfillment.childText("FulfillmentDate");
        if (date == null) {
            problem(fulfillment, "missing required element FulfillmentDate");
        } else {
            try {
                OffsetDateTime.parse(date);
            } catch (DateTimeParseException e) {
                problem(fulfillment.child("FulfillmentDate"), "FulfillmentDate must be an xs:dateTime such as "
                        + "2020-06-11T07:44:22+00:00, was '" + date + "'");
            }
        }
    }

    private void requireSku(Node payload) {
        Node skuNode = payload.child("SKU");
        if (skuNode == null || skuNode.text().isEmpty()) {
            problem(payload, "missing required element SKU");
            return;
        }
        if (skuNode.text().length() > MAX_SKU_LENGTH) {
            problem(skuNode, "SKU is longer than " + MAX_SKU_LENGTH + " characters");
        }
    }

    private void requireOrderId(Node payload) {
        String id = payload.childText("AmazonOrderID");
        if (id == null) {
            problem(payload, "missing required element AmazonOrderID");
        } else if (!AMAZON_ORDER_ID.matcher(id).matches()) {
            problem(payload.child("AmazonOrderID"), "AmazonOrderID must look like 123-1234567-1234567, was '" + id
                    + "'");
        }
    }

    private void problem(Node where, String problem) {
        results.add(ProcessingReport.Result.error(messageId, MESSAGE_ERROR, "The XML you submitted is ill-formed at "
                + "the Message level at (or near) line " + where.line() + ", column " + where.column() + ": " + problem
                + ".", sku));
    }

    /** The value as a positive long, 0 for "0", -1 when it is not a whole number. */
    private static long positiveInteger(String text) {
        if (text == null || text.isEmpty() || text.length() > 18) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(text);
    }

    static boolean nonNegativeDecimal(String text) {
        if (text == null || text.isEmpty() || !text.matches("\\d+(\\.\\d+)?")) {
            return false;
        }
        return new BigDecimal(text).signum() >= 0;
    }
}
