package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.Structure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GetPackageTrackingDetails for a package of a shipped fulfilment order: the carrier's scans up to now
 * (EVENT_101 carrier notified, EVENT_102 picked up, EVENT_201 arrival at the carrier's facility, EVENT_301
 * delivered), IN_TRANSIT until the package arrives and DELIVERED from then on.
 */
final class TrackingHandler {

    private static final Map<String, String[]> CARRIER_CONTACTS = Map.of(
            "UPS", new String[] {"1-800-742-5877", "http://www.ups.com/"},
            "USPS", new String[] {"1-800-275-8777", "https://www.usps.com/"},
            "AMZN_US", new String[] {"1-877-585-8740", "https://track.amazon.com/"},
            "ROYAL_MAIL", new String[] {"03457 740 740", "https://www.royalmail.com/"},
            "DHL", new String[] {"0228 4333112", "https://www.dhl.de/"},
            "YAMATO", new String[] {"0120-01-9625", "https://www.kuronekoyamato.co.jp/"});

    private record Event(Instant at, String code, String city, String state, String country) {
    }

    private final FulfillmentOrders orders;
    private final FbaStock stock;

    TrackingHandler(FulfillmentOrders orders, FbaStock stock) {
        this.orders = orders;
        this.stock = stock;
    }

    SandboxResponse handle(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        String value = parameters.required("PackageNumber");
        int packageNumber = parameters.integer("PackageNumber", 0, 1, Integer.MAX_VALUE);
        Instant now = call.now();
        for (FulfillmentOrder order : orders.all()) {
            for (PlannedShipment shipment : PlannedShipment.of(order, stock.seed())) {
                if (shipment.packageNumber() == packageNumber && shipment.shippedAt() != null
                        && !now.isBefore(shipment.shippedAt()) && order.cancelledAt() == null) {
                    return WebServiceResponses.result(call, xml -> write(xml, order, shipment, now));
                }
            }
        }
        throw new OperationFailure(MwsErrors.invalidParameterValue("PackageNumber", value,
                "the PackageNumber of a shipped package of one of the seller's fulfillment orders"));
    }

    private static void write(XmlWriter xml, FulfillmentOrder order, PlannedShipment shipment, Instant now) {
        Structure to = order.destination();
        FulfillmentCenter centre = shipment.centre();
        String[] contact = CARRIER_CONTACTS.get(shipment.carrierCode());
        boolean delivered = !now.isBefore(shipment.arrivesAt());
        Duration transit = Duration.between(shipment.shippedAt(), shipment.arrivesAt());
        List<Event> events = new ArrayList<>(List.of(
                new Event(shipment.shippedAt().minus(Duration.ofHours(1)), "EVENT_101", centre.city(),
                        centre.stateOrProvinceCode(), centre.countryCode()),
                new Event(shipment.shippedAt(), "EVENT_102", centre.city(), centre.stateOrProvinceCode(),
                        centre.countryCode()),
                new Event(shipment.shippedAt().plus(transit.dividedBy(2)), "EVENT_201", to.get("City"),
                        to.get("StateOrProvinceCode"), to.get("CountryCode")),
                new Event(shipment.arrivesAt(), "EVENT_301", to.get("City"), to.get("StateOrProvinceCode"),
                        to.get("CountryCode"))));
        events.removeIf(event -> event.at().isAfter(now));
        xml.element("PackageNumber", Integer.toString(shipment.packageNumber()))
                .element("TrackingNumber", shipment.trackingNumber())
                .element("CarrierCode", shipment.carrierCode())
                .element("CarrierPhoneNumber", contact == null ? null : contact[0])
                .element("CarrierURL", contact == null ? null : contact[1])
                .element("ShipDate", OutboundXml.date(shipment.shippedAt()))
                .element("EstimatedArrivalDate", OutboundXml.date(shipment.arrivesAt()));
        xml.start("ShipToAddress").element("City", to.get("City")).element("State", to.get("StateOrProvinceCode"))
                .element("Country", to.get("CountryCode")).end("ShipToAddress");
        xml.element("CurrentStatus", delivered ? "DELIVERED" : "IN_TRANSIT")
                .element("SignedForBy", delivered ? to.get("Name").split(" ")[0] : null)
                .element("AdditionalLocationInfo", delivered ? "FRONT_DESK" : null);
        xml.members("TrackingEvents", events, event -> {
            xml.element("EventDate", OutboundXml.date(event.at()));
            xml.start("EventAddress").element("City", event.city()).element("State", event.state())
                    .element("Country", event.country()).end("EventAddress");
            xml.element("EventCode", event.code());
        });
    }
}
