package io.camelmws.sandbox.inbound;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The transport content of an inbound shipment (PutTransportContent) and where its request stands. Amazon's
 * estimate and confirmation are asynchronous: ESTIMATING turns ESTIMATED, CONFIRMING turns CONFIRMED and VOIDING
 * turns VOIDED after {@link #PROCESSING} of simulated time. A confirmed partnered request can be voided until
 * {@link #VOID_WINDOW} after its confirmation: 24 hours for small parcel, one hour for less than truckload, as the
 * PartneredEstimate datatype's VoidDeadline (FBAInbound_Datatypes) says.
 *
 * @param isPartnered    whether Amazon's partnered carrier moves it (Amazon estimates and charges it)
 * @param shipmentType   SP (small parcel) or LTL (less than truckload)
 * @param carrierName    the carrier named in the request (non-partnered) or Amazon's partner
 * @param packages       the boxes, each with its tracking id (small parcel; empty for LTL)
 * @param estimate       the charge estimated; {@code null} until an estimate was requested
 * @param estimatedAt    when EstimateTransportRequest was called; {@code null} before
 * @param confirmedAt    when ConfirmTransportRequest was called; {@code null} before
 * @param voidedAt       when VoidTransportRequest was called; {@code null} before
 * @param partneredLtl   the pallets and freight details of a partnered LTL shipment; {@code null} otherwise
 * @param proNumber      the carrier's PRO number of a non-partnered LTL shipment; {@code null} otherwise
 */
record Transport(boolean isPartnered, String shipmentType, String carrierName, List<Package> packages,
                 BigDecimal estimate, Instant putAt, Instant estimatedAt, Instant confirmedAt, Instant voidedAt,
                 PartneredLtl partneredLtl, String proNumber) {

    static final Duration PROCESSING = Duration.ofSeconds(30);
    static final Duration VOID_WINDOW = Duration.ofHours(24);
    static final Duration LTL_VOID_WINDOW = Duration.ofHours(1);
    static final Duration CONFIRM_WINDOW = Duration.ofHours(24);

    /** One box: dimensions in inches, weight in pounds, and the tracking id Amazon's partner (or the seller) gave. */
    record Package(int length, int width, int height, BigDecimal weight, String trackingId) {
    }

    Transport {
        packages = List.copyOf(packages);
    }

    /** The TransportStatus at {@code now}. */
    String status(Instant now) {
        if (voidedAt != null) {
            return settled(voidedAt, now) ? "VOIDED" : "VOIDING";
        }
        if (confirmedAt != null) {
            return settled(confirmedAt, now) ? "CONFIRMED" : "CONFIRMING";
        }
        if (estimatedAt != null) {
            return settled(estimatedAt, now) ? "ESTIMATED" : "ESTIMATING";
        }
        return "WORKING";
    }

    Instant voidDeadline() {
        if (confirmedAt == null) {
            return null;
        }
        return confirmedAt.plus(PROCESSING).plus(isLtl() ? LTL_VOID_WINDOW : VOID_WINDOW);
    }

    Instant confirmDeadline() {
        return estimatedAt == null ? null : estimatedAt.plus(PROCESSING).plus(CONFIRM_WINDOW);
    }

    boolean isLtl() {
        return "LTL".equals(shipmentType);
    }

    Transport estimated(BigDecimal amount, Instant now) {
        return new Transport(isPartnered, shipmentType, carrierName, packages, amount, putAt, now, null, null,
                partneredLtl, proNumber);
    }

    /** Confirmed at {@code now}, the boxes now as {@code tracked} (with the partnered carrier's tracking ids). */
    Transport confirmed(List<Package> tracked, Instant now) {
        return new Transport(isPartnered, shipmentType, carrierName, tracked, estimate, putAt, estimatedAt, now,
                null, partneredLtl, proNumber);
    }

    Transport voided(Instant now) {
        return new Transport(isPartnered, shipmentType, carrierName, packages, estimate, putAt, estimatedAt,
                confirmedAt, now, partneredLtl, proNumber);
    }

    private static boolean settled(Instant requested, Instant now) {
        return !now.isBefore(requested.plus(PROCESSING));
    }
}
