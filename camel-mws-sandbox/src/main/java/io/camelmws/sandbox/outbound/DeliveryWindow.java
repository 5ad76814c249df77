package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceDates;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Scheduled Delivery window (Japan only). GetFulfillmentPreview offers the windows of the first day an order
 * created now could arrive; CreateFulfillmentOrder must name one of them exactly. Amazon's CreateFulfillmentOrder
 * reference: DeliveryWindow is "Required only if ShippingSpeedCategory = ScheduledDelivery", "valid only in Japan",
 * and values "not returned by a previous call to the GetFulfillmentPreview operation" or no longer available return an
 * error. The sandbox computes the offer from the clock, so "still offered now" stands for both.
 */
record DeliveryWindow(Instant start, Instant end) {

    static final String PARAMETER = "DeliveryWindow";
    private static final int[] START_HOURS = {0, 3, 5, 7, 9, 11};
    private static final Duration LENGTH = Duration.ofHours(2);

    /** The windows a preview at {@code now} offers: two-hour slots on the first day a scheduled order can arrive. */
    static List<DeliveryWindow> offered(Instant now) {
        ShippingSpeed speed = ShippingSpeed.SCHEDULED_DELIVERY;
        Instant latestShip = now.plus(ShippingSpeed.RECEIVED_FOR).plus(ShippingSpeed.PLANNING_FOR).plus(speed.processing());
        Instant day = latestShip.plus(speed.transit()).truncatedTo(ChronoUnit.DAYS);
        List<DeliveryWindow> windows = new ArrayList<>();
        for (int hour : START_HOURS) {
            Instant start = day.plus(Duration.ofHours(hour));
            windows.add(new DeliveryWindow(start, start.plus(LENGTH)));
        }
        return windows;
    }

    /**
     * The request's DeliveryWindow, checked against its ShippingSpeedCategory and what a preview offers now;
     * {@code null} when the order is not a Scheduled Delivery one and sent none.
     */
    static DeliveryWindow read(WebServiceParameters parameters, ShippingSpeed speed, Marketplace marketplace, Instant now) {
        WebServiceParameters fields = parameters.nested(PARAMETER);
        boolean scheduled = speed == ShippingSpeed.SCHEDULED_DELIVERY;
        if (!fields.present()) {
            if (scheduled) {
                throw new OperationFailure(MwsErrors.missingParameter(fields.fullName("StartDateTime")));
            }
            return null;
        }
        if (!"JP".equals(marketplace.countryCode())) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(PARAMETER, marketplace.marketplaceId(),
                    "DeliveryWindow only for orders in the Japan marketplace (A1VC38T7YXB528)"));
        }
        if (!scheduled) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(PARAMETER,
                    speed == null ? "" : speed.value(), "DeliveryWindow only with ShippingSpeedCategory ScheduledDelivery"));
        }
        DeliveryWindow asked = new DeliveryWindow(
                WebServiceDates.parse(fields.fullName("StartDateTime"), fields.required("StartDateTime")),
                WebServiceDates.parse(fields.fullName("EndDateTime"), fields.required("EndDateTime")));
        List<DeliveryWindow> offered = offered(now);
        if (!offered.contains(asked)) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(fields.fullName("StartDateTime"),
                    OutboundXml.date(asked.start()) + "/" + OutboundXml.date(asked.end()),
                    "a window GetFulfillmentPreview offers now (call it again: earlier windows are no longer available): "
                            + offered.stream().map(w -> OutboundXml.date(w.start()) + "/" + OutboundXml.date(w.end()))
                                    .collect(Collectors.joining(", "))));
        }
        return asked;
    }

    void write(XmlWriter xml) {
        xml.start(PARAMETER).element("StartDateTime", OutboundXml.date(start))
                .element("EndDateTime", OutboundXml.date(end)).end(PARAMETER);
    }
}
