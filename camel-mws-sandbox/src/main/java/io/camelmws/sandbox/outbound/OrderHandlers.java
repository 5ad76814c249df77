package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.Structure;
import io.camelmws.sandbox.webservice.Timeline;
import io.camelmws.sandbox.webservice.WebServiceDates;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.Instant;
import java.util.List;

/**
 * CreateFulfillmentOrder, UpdateFulfillmentOrder, GetFulfillmentOrder and CancelFulfillmentOrder. Create, Update and
 * Cancel answer with ResponseMetadata only, as the section's samples show. A SellerFulfillmentOrderId that exists
 * already is refused, whatever the rest of the request: CreateFulfillmentOrder is not repeatable.
 */
final class OrderHandlers {

    private final FulfillmentOrders orders;
    private final FbaStock stock;

    OrderHandlers(FulfillmentOrders orders, FbaStock stock) {
        this.orders = orders;
        this.stock = stock;
    }

    SandboxResponse create(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        Marketplace marketplace = OutboundRequests.marketplace(parameters);
        String id = OutboundRequests.id(parameters, "SellerFulfillmentOrderId");
        if (orders.find(id).isPresent()) {
            throw duplicate(id);
        }
        String displayableId = OutboundRequests.id(parameters, "DisplayableOrderId");
        Instant displayableDate = WebServiceDates.parse("DisplayableOrderDateTime",
                parameters.required("DisplayableOrderDateTime"));
        String comment = parameters.required("DisplayableOrderComment");
        if (comment.length() > 1000) {
            throw new OperationFailure(MwsErrors.invalidParameterValue("DisplayableOrderComment",
                    comment.substring(0, 20) + "...", "at most 1000 characters"));
        }
        ShippingSpeed speed = OutboundRequests.speed(parameters, "ShippingSpeedCategory", marketplace);
        if (speed == null) {
            throw new OperationFailure(MwsErrors.missingParameter("ShippingSpeedCategory"));
        }
        Structure destination = OutboundRequests.address(parameters, "DestinationAddress");
        String action = parameters.oneOf("FulfillmentAction", OutboundRequests.ACTIONS, "Ship");
        String policy = parameters.oneOf("FulfillmentPolicy", OutboundRequests.POLICIES, "FillOrKill");
        String method = parameters.oneOf("FulfillmentMethod", OutboundRequests.METHODS, "Consumer");
        DeliveryWindow window = DeliveryWindow.read(parameters, speed, marketplace, call.now());
        CodSettings cod = CodSettings.read(parameters, marketplace);
        List<String> emails = parameters.strictList("NotificationEmailList.member", 64);
        List<OrderLine> lines = OrderLines.read(parameters, marketplace.marketplaceId(), policy, stock, id);
        FulfillmentOrder order = new FulfillmentOrder(id, marketplace.marketplaceId(), displayableId, displayableDate,
                comment, speed, window, destination, action, policy, method, cod, emails, lines, call.now(),
                "Ship".equals(action) ? call.now() : null, null, orders.nextSequence(), List.of());
        if (!orders.add(order)) {
            throw duplicate(id);
        }
        return metadataOnly(call);
    }

    SandboxResponse update(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        FulfillmentOrder current = OutboundRequests.order(orders, call);
        Marketplace marketplace = OutboundRequests.marketplace(parameters);
        ShippingSpeed speed = OutboundRequests.speed(parameters, "ShippingSpeedCategory", marketplace);
        String action = parameters.oneOf("FulfillmentAction", OutboundRequests.ACTIONS, null);
        String policy = parameters.oneOf("FulfillmentPolicy", OutboundRequests.POLICIES, null);
        WebServiceParameters address = parameters.nested("DestinationAddress");
        Structure changes = address.present() ? OutboundRequests.ADDRESS.of().with(
                OutboundRequests.address(parameters, "DestinationAddress")) : null;
        List<String> emails = parameters.strictList("NotificationEmailList.member", 64);
        Instant displayableDate = WebServiceDates.parse("DisplayableOrderDateTime",
                parameters.optional("DisplayableOrderDateTime"));
        Instant now = call.now();
        FulfillmentOrder updated = orders.update(current.id(), order -> {
            FulfillmentOrderStatus status = order.stage(now).status();
            if (!status.beforeProcessing()) {
                throw new OperationFailure(MwsErrors.invalidRequestException("Fulfillment order " + order.id()
                        + " is " + status + " and can no longer be updated; only RECEIVED and PLANNING orders can."));
            }
            boolean release = "Ship".equals(action) && order.shipsFrom() == null;
            boolean scheduled = speed == ShippingSpeed.SCHEDULED_DELIVERY;
            if (scheduled && order.deliveryWindow() == null) {
                // UpdateFulfillmentOrder takes no DeliveryWindow (Amazon's 2010-10-01 clients send none), so an
                // order can only become a Scheduled Delivery one by being created as one.
                throw new OperationFailure(MwsErrors.invalidParameterValue("ShippingSpeedCategory", speed.value(),
                        "Standard, Expedited or Priority: ScheduledDelivery needs the DeliveryWindow only "
                                + "CreateFulfillmentOrder takes"));
            }
            return new FulfillmentOrder(order.id(), order.marketplaceId(),
                    or(parameters.optional("DisplayableOrderId"), order.displayableOrderId()),
                    displayableDate == null ? order.displayableOrderDateTime() : displayableDate,
                    or(parameters.optional("DisplayableOrderComment"), order.displayableOrderComment()),
                    speed == null ? order.speed() : speed, speed == null || scheduled ? order.deliveryWindow() : null,
                    changes == null ? order.destination() : changes,
                    action == null ? order.action() : action, policy == null ? order.policy() : policy,
                    order.method(), order.codSettings(), emails.isEmpty() ? order.notificationEmails() : emails, order.lines(),
                    order.receivedAt(), release ? now : order.shipsFrom(), order.cancelledAt(), order.sequence(),
                    order.returns());
        });
        if (updated == null) {
            throw new OperationFailure(MwsErrors.invalidRequestException("Requested order '" + current.id()
                    + "' not found"));
        }
        return metadataOnly(call);
    }

    SandboxResponse get(OperationCall call) {
        FulfillmentOrder order = OutboundRequests.order(orders, call);
        return WebServiceResponses.result(call, xml -> OrderDetails.write(xml, order, stock.seed(), call.now()));
    }

    /** Cancels an order Amazon has not started to process; cancelling a cancelled order changes nothing. */
    SandboxResponse cancel(OperationCall call) {
        FulfillmentOrder current = OutboundRequests.order(orders, call);
        Instant now = call.now();
        orders.update(current.id(), order -> {
            Timeline.Stage<FulfillmentOrderStatus> stage = order.stage(now);
            if (stage.status() == FulfillmentOrderStatus.CANCELLED) {
                return order;
            }
            if (!stage.status().beforeProcessing()) {
                throw new OperationFailure(MwsErrors.invalidRequestException("Fulfillment order " + order.id()
                        + " is " + stage.status() + " and can no longer be cancelled; only RECEIVED and PLANNING "
                        + "orders can."));
            }
            return order.cancelled(now);
        });
        return metadataOnly(call);
    }

    private static OperationFailure duplicate(String id) {
        return new OperationFailure(MwsErrors.invalidRequestException("Value " + id
                + " for parameter SellerFulfillmentOrderId is invalid: a fulfillment order with this id exists "
                + "already."));
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** The answer of Create, Update and Cancel: no Result element, only ResponseMetadata. */
    static SandboxResponse metadataOnly(OperationCall call) {
        return SandboxResponse.xml(new XmlWriter().root(call.action() + "Response", call.section().namespace())
                .start("ResponseMetadata").element("RequestId", call.requestId()).end("ResponseMetadata")
                .end(call.action() + "Response").toBytes());
    }
}
