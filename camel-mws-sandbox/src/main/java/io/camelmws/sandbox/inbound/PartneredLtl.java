package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.webservice.Structure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What the seller told Amazon's partnered less-than-truckload (LTL) carrier in PutTransportContent
 * ({@code TransportDetails.PartneredLtlData}), with what Amazon worked out from it: the freight class by density when
 * the seller gave none, the value of the shipment's units, a reference id and the pick-up and delivery previews.
 * Field names and which of them Amazon adds follow the PartneredLtlDataInput and PartneredLtlDataOutput datatypes of
 * the MWS FBA Inbound reference (FBAInbound_Datatypes).
 *
 * @param contact               Name, Phone, Email, Fax of the seller's person the carrier calls
 * @param sellerFreightClass    the class the seller declared; {@code null} lets Amazon estimate it
 * @param freightReadyDate      the day the pallets are ready for pick-up
 * @param totalWeight           the weight the seller gave, or the pallets' weights added up
 * @param sellerDeclaredValue   what the seller declared the units are worth; {@code null} when not given
 * @param amazonCalculatedValue the shipment's units at the seller's listing prices
 * @param amazonReferenceId     Amazon's id of the freight shipment, printed on the bill of lading
 */
record PartneredLtl(Structure contact, int boxCount, String sellerFreightClass, LocalDate freightReadyDate,
                    List<Pallet> pallets, Weight totalWeight, Money sellerDeclaredValue, Money amazonCalculatedValue,
                    String amazonReferenceId) {

    /** The NMFC freight classes the datatypes list for SellerFreightClass and PreviewFreightClass. */
    static final List<String> FREIGHT_CLASSES = List.of("50", "55", "60", "65", "70", "77.5", "85", "92.5", "100",
            "110", "125", "150", "175", "200", "250", "300", "400", "500");

    /**
     * The lowest density (pounds per cubic foot) of each class from 50 down to 400; lighter freight is class 500.
     * The common NMFC density scale carriers publish; the MWS documentation only says to ask the carrier.
     */
    private static final double[] DENSITY_FLOORS = {50, 35, 30, 22.5, 15, 13.5, 12, 10.5, 9, 8, 7, 6, 5, 4, 3, 2, 1};

    /** Carrier transit from pick-up to the fulfilment centre's dock (a sandbox choice; no source gives one). */
    static final Duration TRANSIT = Duration.ofDays(3);

    PartneredLtl {
        pallets = List.copyOf(pallets);
    }

    /** Weight in {@code unit} (pounds or kilograms), as the Weight datatype carries it. */
    record Weight(String unit, BigDecimal value) {
        BigDecimal pounds() {
            return "kilograms".equals(unit) ? value.multiply(new BigDecimal("2.20462")) : value;
        }
    }

    /** A currency amount, as the Amount datatype carries it. */
    record Money(String currencyCode, BigDecimal value) {
    }

    /**
     * One pallet: its sides in {@code unit} (inches or centimeters), its weight if the seller gave it, and whether
     * the carrier will find pallets stacked.
     */
    record Pallet(String unit, BigDecimal length, BigDecimal width, BigDecimal height, Weight weight,
                  boolean isStacked) {

        double cubicFeet() {
            double cube = inches(length) * inches(width) * inches(height);
            return cube / 1728;
        }

        double inches(BigDecimal side) {
            return "centimeters".equals(unit) ? side.doubleValue() / 2.54 : side.doubleValue();
        }
    }

    /** The class Amazon uses: the seller's, or the one the shipment's density falls in. */
    String previewFreightClass() {
        if (sellerFreightClass != null) {
            return sellerFreightClass;
        }
        double cubicFeet = pallets.stream().mapToDouble(Pallet::cubicFeet).sum();
        double density = totalWeight.pounds().doubleValue() / Math.max(cubicFeet, 1e-9);
        for (int i = 0; i < DENSITY_FLOORS.length; i++) {
            if (density >= DENSITY_FLOORS[i]) {
                return FREIGHT_CLASSES.get(i);
            }
        }
        return "500";
    }

    /** The carrier comes at the start of the freight-ready day (UTC). */
    Instant previewPickupDate() {
        return freightReadyDate.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    Instant previewDeliveryDate() {
        return previewPickupDate().plus(TRANSIT);
    }

    /**
     * What the partnered carrier charges: {@code perPallet} a pallet plus {@code perPound} a pound scaled by the
     * freight class (class 100 pays the rate, class 50 half, class 500 five times), in the marketplace's currency.
     */
    BigDecimal charge(BigDecimal perPallet, BigDecimal perPound) {
        BigDecimal classFactor = new BigDecimal(previewFreightClass()).movePointLeft(2);
        return perPallet.multiply(BigDecimal.valueOf(pallets.size()))
                .add(perPound.multiply(totalWeight.pounds()).multiply(classFactor))
                .setScale(2, RoundingMode.HALF_UP);
    }
}
