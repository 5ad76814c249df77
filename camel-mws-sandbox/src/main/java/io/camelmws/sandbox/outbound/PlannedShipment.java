package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.webservice.StableRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One shipment of a fulfilment order, in one package: which lines it carries, from which centre, with which
 * carrier and tracking number. Everything is drawn from the seed and the SellerFulfillmentOrderId, so it is the same
 * on every request and needs no storing; its dates follow the order's timeline.
 *
 * @param lines        the lines it carries, with the quantity it carries as {@code quantity}
 * @param shippedAt    when it leaves the centre (null while the order is on Hold)
 * @param arrivesAt    when the carrier delivers it
 */
record PlannedShipment(String amazonShipmentId, FulfillmentCenter centre, List<OrderLine> lines, int packageNumber,
                       String carrierCode, String trackingNumber, Instant shippedAt, Instant arrivesAt) {

    private static final String SHIPMENT_ID_LETTERS = "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789";

    /** The shipments of {@code order}: one, or two from different shelves when it has several lines. */
    static List<PlannedShipment> of(FulfillmentOrder order, long seed) {
        List<OrderLine> shippable = order.lines().stream().filter(line -> line.shippable() > 0).toList();
        if (shippable.isEmpty()) {
            return List.of();
        }
        StableRandom split = new StableRandom(seed, order.id(), "split");
        int first = shippable.size() > 1 && split.chance(0.4) ? split.between(1, shippable.size()) : shippable.size();
        List<PlannedShipment> shipments = new ArrayList<>();
        shipments.add(shipment(order, seed, 0, shippable.subList(0, first)));
        if (first < shippable.size()) {
            shipments.add(shipment(order, seed, 1, shippable.subList(first, shippable.size())));
        }
        return shipments;
    }

    private static PlannedShipment shipment(FulfillmentOrder order, long seed, int index, List<OrderLine> lines) {
        StableRandom random = new StableRandom(seed, order.id(), "shipment" + index);
        String id = "D" + random.characters(SHIPMENT_ID_LETTERS, 8);
        List<FulfillmentCenter> centres = FulfillmentCenter.serving(order.destination().get("CountryCode"));
        FulfillmentCenter centre = random.pick(centres);
        String carrier = order.speed() == ShippingSpeed.STANDARD ? centre.carriers().get(0)
                : random.pick(centre.carriers());
        String tracking = switch (carrier) {
            case "UPS" -> "1Z" + random.alphanumeric(6) + random.digits(10);
            case "USPS" -> "9400" + random.digits(18);
            case "AMZN_US", "AMZN_UK" -> "TBA" + random.digits(12);
            default -> random.digits(12);
        };
        int packageNumber = random.between(100_000_000, 2_000_000_000);
        Instant shippedAt = order.shippedAt();
        Instant arrivesAt = shippedAt == null ? null
                : shippedAt.plus(order.speed().transit()).plus(Duration.ofMinutes(random.between(0, 360)));
        List<OrderLine> carried = lines.stream().map(line -> new OrderLine(line.sellerSku(), line.itemId(),
                line.shippable(), 0, line.giftMessage(), line.displayableComment(), line.fnsku(),
                line.perUnitDeclaredValue(), line.perUnitPrice(), line.perUnitTax())).toList();
        return new PlannedShipment(id, centre, carried, packageNumber, carrier, tracking, shippedAt, arrivesAt);
    }
}
