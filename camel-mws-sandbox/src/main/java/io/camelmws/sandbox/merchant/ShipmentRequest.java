package io.camelmws.sandbox.merchant;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.orders.Order;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.orders.OrderItem;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.Structure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ShipmentRequestDetails of GetEligibleShippingServices and CreateShipment, checked against the seller's order
 * book: the order must be one of its merchant-fulfilled orders still to ship, the items its items.
 *
 * @param items         the order items and the quantity of each in the package
 * @param weightOunces  the package weight, in ounces whatever unit was sent
 * @param dimensions    Length, Width, Height and Unit as sent (or PredefinedPackageDimensions)
 */
record ShipmentRequest(Order order, List<Line> items, Structure shipFrom, Structure dimensions, BigDecimal weightValue,
                       String weightUnit, BigDecimal weightOunces, String deliveryExperience, Boolean carrierWillPickUp,
                       String declaredCurrency, BigDecimal declaredAmount, String labelFormat) {

    record Line(OrderItem item, int quantity) {
    }

    /** Merchant fulfilment's address: AddressLine1..3, Email and Phone (MerchantFulfillment_Datatypes). */
    static final Structure.Shape ADDRESS = new Structure.Shape(
            List.of("Name", "AddressLine1", "AddressLine2", "AddressLine3", "DistrictOrCounty", "Email", "City",
                    "StateOrProvinceCode", "PostalCode", "CountryCode", "Phone"),
            Set.of("Name", "AddressLine1", "Email", "City", "PostalCode", "CountryCode", "Phone"));

    static final Structure.Shape DIMENSIONS = new Structure.Shape(
            List.of("Length", "Width", "Height", "Unit", "PredefinedPackageDimensions"), Set.of());

    static final List<String> DELIVERY_EXPERIENCES = List.of("DeliveryConfirmationWithAdultSignature",
            "DeliveryConfirmationWithSignature", "DeliveryConfirmationWithoutSignature", "NoTracking");
    static final List<String> WEIGHT_UNITS = List.of("ounces", "grams", "oz", "g");
    static final List<String> LENGTH_UNITS = List.of("inches", "centimeters");
    static final List<String> LABEL_FORMATS = List.of("PDF", "PNG", "ZPL203", "ZPL300", "ShippingServiceDefault");
    private static final BigDecimal GRAMS_PER_OUNCE = new BigDecimal("28.349523125");

    static ShipmentRequest read(OperationCall call, OrderBook book) {
        WebServiceParameters details = new WebServiceParameters(call.parameters()).nested("ShipmentRequestDetails");
        String orderId = details.required("AmazonOrderId");
        Order order = book.find(orderId, call.now()).orElseThrow(() -> new OperationFailure(
                MwsErrors.invalidRequestException("Value " + orderId + " for parameter "
                        + details.fullName("AmazonOrderId") + " is invalid: the seller has no such order.")));
        if (!"MFN".equals(order.fulfillmentChannel())) {
            throw new OperationFailure(MwsErrors.invalidRequestException("Order " + orderId
                    + " is fulfilled by Amazon; Merchant Fulfillment buys labels for merchant-fulfilled orders only."));
        }
        if (!List.of("Unshipped", "PartiallyShipped").contains(order.orderStatus())) {
            throw new OperationFailure(MwsErrors.invalidRequestException("Order " + orderId + " is "
                    + order.orderStatus() + "; labels can be bought for Unshipped and PartiallyShipped orders only."));
        }
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<WebServiceParameters> items = details.members("ItemList.Item", 100);
        if (items.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter(details.fullName("ItemList.Item.1.OrderItemId")));
        }
        for (WebServiceParameters item : items) {
            String itemId = item.required("OrderItemId");
            item.required("Quantity");
            int quantity = item.integer("Quantity", 1, 1, 9_999);
            OrderItem orderItem = order.items().stream().filter(i -> i.orderItemId().equals(itemId)).findFirst()
                    .orElseThrow(() -> new OperationFailure(MwsErrors.invalidRequestException("Value " + itemId
                            + " for parameter " + item.fullName("OrderItemId") + " is invalid: order " + orderId
                            + " has no such item.")));
            if (!seen.add(itemId) || quantity > orderItem.quantityOrdered()) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(item.fullName("Quantity"),
                        Integer.toString(quantity), "at most the " + orderItem.quantityOrdered()
                                + " units ordered, each item once"));
            }
            lines.add(new Line(orderItem, quantity));
        }
        WebServiceParameters from = details.nested("ShipFromAddress");
        if (!from.present()) {
            throw new OperationFailure(MwsErrors.missingParameter(from.fullName("Name")));
        }
        Structure shipFrom = ADDRESS.read(from);
        WebServiceParameters dims = details.nested("PackageDimensions");
        if (!dims.present()) {
            throw new OperationFailure(MwsErrors.missingParameter(dims.fullName("Length")));
        }
        Structure dimensions = DIMENSIONS.read(dims);
        if (dimensions.get("PredefinedPackageDimensions") == null) {
            for (String side : List.of("Length", "Width", "Height")) {
                dims.required(side);
                if (dims.amount(side).signum() <= 0) {
                    throw new OperationFailure(MwsErrors.invalidParameterValue(dims.fullName(side), dims.optional(side),
                            "a length above 0"));
                }
            }
            dims.required("Unit");
            dims.oneOf("Unit", LENGTH_UNITS, null);
        }
        WebServiceParameters weight = details.nested("Weight");
        weight.required("Value");
        BigDecimal weightValue = weight.amount("Value");
        String weightUnit = weight.oneOf("Unit", WEIGHT_UNITS, null);
        if (weightUnit == null) {
            throw new OperationFailure(MwsErrors.missingParameter(weight.fullName("Unit")));
        }
        BigDecimal ounces = weightUnit.startsWith("g")
                ? weightValue.divide(GRAMS_PER_OUNCE, 2, java.math.RoundingMode.HALF_UP) : weightValue;
        WebServiceParameters options = details.nested("ShippingServiceOptions");
        String experience = options.oneOf("DeliveryExperience", DELIVERY_EXPERIENCES, null);
        if (experience == null) {
            throw new OperationFailure(MwsErrors.missingParameter(options.fullName("DeliveryExperience")));
        }
        Boolean pickUp = options.bool("CarrierWillPickUp");
        if (pickUp == null) {
            throw new OperationFailure(MwsErrors.missingParameter(options.fullName("CarrierWillPickUp")));
        }
        WebServiceParameters declared = options.nested("DeclaredValue");
        String declaredCurrency = declared.present() ? declared.required("CurrencyCode") : null;
        BigDecimal declaredAmount = declared.present() ? declared.amount("Amount") : null;
        return new ShipmentRequest(order, lines, shipFrom, dimensions, weightValue, weightUnit, ounces, experience,
                pickUp, declaredCurrency, declaredAmount, options.oneOf("LabelFormat", LABEL_FORMATS, null));
    }
}
