package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * GetFulfillmentPreview: for each requested ShippingSpeedCategory (all the marketplace offers when none is named),
 * whether the items can be sent to the address from the seller's FBA stock, with the weight, the fees, the shipping
 * and arrival dates an order created now would get, and the items that cannot be fulfilled with their reasons.
 */
final class PreviewHandler {

    private static final String WEIGHT_UNIT = "kilograms";

    private final FbaStock stock;

    PreviewHandler(FbaStock stock) {
        this.stock = stock;
    }

    private record PreviewItem(String sku, String itemId, int quantity, Listing listing, String unfulfillableReason) {
    }

    SandboxResponse handle(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        Marketplace marketplace = OutboundRequests.marketplace(parameters);
        OutboundRequests.address(parameters, "Address");
        boolean japan = "JP".equals(marketplace.countryCode());
        List<String> speedValues = parameters.strictList("ShippingSpeedCategories.member", 4);
        WebServiceParameters.requireAll("ShippingSpeedCategories.member", speedValues, ShippingSpeed.values(japan));
        List<ShippingSpeed> speeds = (speedValues.isEmpty() ? ShippingSpeed.values(japan) : speedValues).stream()
                .map(ShippingSpeed::of).toList();
        boolean cod = Boolean.TRUE.equals(parameters.bool("IncludeCODFulfillmentPreview"));
        boolean windows = Boolean.TRUE.equals(parameters.bool("IncludeDeliveryWindows"));
        List<PreviewItem> items = new ArrayList<>();
        for (WebServiceParameters item : OutboundRequests.items(parameters)) {
            String sku = item.required("SellerSKU");
            String itemId = OutboundRequests.id(item, "SellerFulfillmentOrderItemId");
            item.required("Quantity");
            int quantity = item.integer("Quantity", 0, 1, 999_999);
            Listing listing = stock.listing(marketplace.marketplaceId(), sku).orElse(null);
            String reason = listing == null ? "InvalidSKU"
                    : stock.available(listing, null) < quantity ? "InventoryUnavailable" : null;
            items.add(new PreviewItem(sku, itemId, quantity, listing, reason));
        }
        if (items.stream().map(PreviewItem::itemId).distinct().count() < items.size()) {
            throw new OperationFailure(MwsErrors.invalidRequestException("Every item of a preview needs its own "
                    + "SellerFulfillmentOrderItemId."));
        }
        return WebServiceResponses.result(call, xml -> xml.members("FulfillmentPreviews", speeds,
                speed -> preview(xml, call.now(), marketplace, speed, items, cod && japan, windows && japan)));
    }

    private void preview(XmlWriter xml, Instant now, Marketplace marketplace, ShippingSpeed speed,
                         List<PreviewItem> items, boolean cod, boolean windows) {
        List<PreviewItem> fulfillable = items.stream().filter(item -> item.unfulfillableReason() == null).toList();
        List<PreviewItem> unfulfillable = items.stream().filter(item -> item.unfulfillableReason() != null).toList();
        boolean isFulfillable = unfulfillable.isEmpty();
        xml.element("ShippingSpeedCategory", speed.value());
        Instant earliestShip = now.plus(ShippingSpeed.RECEIVED_FOR).plus(ShippingSpeed.PLANNING_FOR);
        Instant latestShip = earliestShip.plus(speed.processing());
        if (windows && speed == ShippingSpeed.SCHEDULED_DELIVERY) {
            xml.start("ScheduledDeliveryInfo").element("DeliveryTimeZone", "Asia/Tokyo");
            xml.members("DeliveryWindows", DeliveryWindow.offered(now), window -> xml
                    .element("StartDateTime", OutboundXml.date(window.start()))
                    .element("EndDateTime", OutboundXml.date(window.end())));
            xml.end("ScheduledDeliveryInfo");
        }
        xml.element("IsFulfillable", Boolean.toString(isFulfillable))
                .element("IsCODCapable", Boolean.toString(cod && isFulfillable));
        BigDecimal weight = BigDecimal.ZERO;
        for (PreviewItem item : fulfillable) {
            weight = weight.add(Fees.weightKg(item.listing()).multiply(BigDecimal.valueOf(item.quantity())));
        }
        if (!fulfillable.isEmpty()) {
            weight(xml, weight);
            int units = fulfillable.stream().mapToInt(PreviewItem::quantity).sum();
            String currency = marketplace.currencyCode();
            BigDecimal perUnit = Fees.PER_UNIT_USD.add(speed.surchargePerUnit()).multiply(BigDecimal.valueOf(units))
                    .add(Fees.PER_KG_USD.multiply(weight));
            List<Object[]> fees = List.of(
                    new Object[] {"FBAPerUnitFulfillmentFee", Fees.convert(perUnit, currency)},
                    new Object[] {"FBAPerOrderFulfillmentFee", Fees.convert(Fees.PER_ORDER_USD, currency)},
                    new Object[] {"FBATransportationFee", Fees.convert(Fees.TRANSPORT_PER_KG_USD.multiply(weight),
                            currency)});
            xml.members("EstimatedFees", fees, fee -> {
                xml.element("Name", (String) fee[0]);
                new Amount(currency, (BigDecimal) fee[1]).write(xml, "Amount");
            });
            xml.members("FulfillmentPreviewShipments", List.of(fulfillable), shipment -> {
                xml.element("EarliestShipDate", OutboundXml.date(earliestShip))
                        .element("LatestShipDate", OutboundXml.date(latestShip))
                        .element("EarliestArrivalDate", OutboundXml.date(earliestShip.plus(speed.transit())))
                        .element("LatestArrivalDate", OutboundXml.date(latestShip.plus(speed.transit())
                                .plus(Duration.ofDays(1))));
                xml.members("FulfillmentPreviewItems", shipment, item -> {
                    xml.element("SellerSKU", item.sku())
                            .element("Quantity", Integer.toString(item.quantity()))
                            .element("SellerFulfillmentOrderItemId", item.itemId());
                    weight(xml, Fees.weightKg(item.listing()).multiply(BigDecimal.valueOf(item.quantity())));
                    xml.element("ShippingWeightCalculationMethod", "Package");
                });
            });
        } else {
            xml.empty("FulfillmentPreviewShipments");
        }
        xml.members("UnfulfillablePreviewItems", unfulfillable, item -> {
            xml.element("SellerSKU", item.sku())
                    .element("Quantity", Integer.toString(item.quantity()))
                    .element("SellerFulfillmentOrderItemId", item.itemId())
                    .start("ItemUnfulfillableReasons").element("member", item.unfulfillableReason())
                    .end("ItemUnfulfillableReasons");
        });
        xml.element("MarketplaceId", marketplace.marketplaceId());
    }

    private static void weight(XmlWriter xml, BigDecimal kilograms) {
        xml.start("EstimatedShippingWeight").element("Unit", WEIGHT_UNIT)
                .element("Value", kilograms.stripTrailingZeros().toPlainString()).end("EstimatedShippingWeight");
    }
}
