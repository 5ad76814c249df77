package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.webservice.MarketplaceLocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * EarliestDeliveryDate and LatestDeliveryDate: the days within which a seller-fulfilled order must arrive, from
 * the marketplace's midnight to its last second, as recorded answers carry them ({@code 2018-12-20T08:00:00Z} to
 * {@code 2018-12-27T07:59:59Z} on amazon.com). MWS gives them only for seller-fulfilled orders that are neither
 * Pending nor Canceled.
 *
 * @param earliest the first instant of the window
 * @param latest   the last second of the window
 */
record DeliveryWindow(Instant earliest, Instant latest) {

    /** Transit days after the latest ship date, fastest and slowest, per ShipmentServiceLevelCategory. */
    private static final int[][] TRANSIT_DAYS = {{2, 7}, {1, 3}, {1, 2}, {1, 1}};

    /** The window of an order, or {@code null} when MWS sends none. */
    static DeliveryWindow of(OrderAttributes attributes, OrderStatus status, Instant latestShipDate,
                             String marketplaceId) {
        if (attributes.channel() != ListingCatalog.MFN || status == OrderStatus.PENDING
                || status == OrderStatus.PENDING_AVAILABILITY || status == OrderStatus.CANCELED) {
            return null;
        }
        ZoneId zone = MarketplaceLocale.of(marketplaceId).zone();
        LocalDate shipDay = LocalDate.ofInstant(latestShipDate, zone);
        int[] transit = TRANSIT_DAYS[attributes.shipLevel()];
        Instant earliest = shipDay.plusDays(transit[0]).atStartOfDay(zone).toInstant();
        Instant latest = shipDay.plusDays(transit[1] + 1L).atStartOfDay(zone).toInstant().minus(1, ChronoUnit.SECONDS);
        return new DeliveryWindow(earliest, latest);
    }
}
