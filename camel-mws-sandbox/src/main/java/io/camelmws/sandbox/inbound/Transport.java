package io.camelmws.sandbox.inbound;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The transport content of an inbound shipment (PutTransportContent) and where its request stands. Amazon's
 * estimate and confirmation are asynchronous: ESTIMATING turns ESTIMATED, CONFIRMING turns CONFIRMED and VOIDING
 * turns VOIDED after {@link #PROCESSING} of simulated time. A confirmed partnered request can be voided until
 * {@link #VOID_WINDOW} after its confirmation (24 hours for small parcel, as the documentation said).
 *
 * @param isPartnered    whether Amazon's partnered carrier moves it (Amazon estimates and charges it)
 * @param shipmentType   SP (small parcel) or LTL (less than truckload)
 * @param carrierName    the carrier named in the request (non-partnered) or Amazon's partner
 * @param packages       the boxes, each with its tracking id
 * @param estimate       the charge estimated; {@code null} until an estimate was requested
 * @param estimatedAt    when EstimateTransportRequest was called; {@code null} before
 * @param confirmedAt    when ConfirmTransportRequest was called; {@code null} before
 * @param voidedAt       when VoidTransportRequest was called; {@code null} before
 */
record Transport(boolean isPartnered, String shipmentType, String carrierName, List<Package> packages,
                 BigDecimal estimate, Instant putAt, Instant estimatedAt, Instant confirmedAt, Instant voidedAt) {

    static final Duration PROCESSING = Duration.ofSeconds(30);
    static final Duration VOID_WINDOW = Duration.ofHours(24);
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
        return confirmedAt == null ? null : confirmedAt.plus(PROCESSING).plus(VOID_WINDOW);
    }

    Instant confirmDeadline() {
        return estimatedAt == null ? null : estimatedAt.plus(PROCESSING).plus(CONFIRM_WINDOW);
    }

    Transport estimated(BigDecimal amount, Instant now) {
        return new Transport(isPartnered, shipmentType, carrierName, packages, amount, putAt, now, null, null);
    }

    Transport confirmed(Instant now) {
        return new Transport(isPartnered, shipmentType, carrierName, packages, estimate, putAt, estimatedAt, now,
                null);
    }

    Transport voided(Instant now) {
        return new Transport(isPartnered, shipmentType, carrierName, packages, estimate, putAt, estimatedAt,
                confirmedAt, now);
    }

    private static boolean settled(Instant requested, Instant now) {
        return !now.isBefore(requested.plus(PROCESSING));
    }
}
