package io.camelmws.component.model.inbound;

import io.camelmws.component.model.MwsValue;

/** An inbound shipment's status; {@link InboundShipmentInfo#shipmentStatusAsString()} keeps the text. */
public enum ShipmentStatus implements MwsValue {
    WORKING("WORKING"),
    SHIPPED("SHIPPED"),
    IN_TRANSIT("IN_TRANSIT"),
    DELIVERED("DELIVERED"),
    CHECKED_IN("CHECKED_IN"),
    RECEIVING("RECEIVING"),
    CLOSED("CLOSED"),
    CANCELLED("CANCELLED"),
    DELETED("DELETED"),
    ERROR("ERROR"),
    /** A status this version of the component does not know. */
    UNKNOWN(null);

    private final String value;

    ShipmentStatus(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static ShipmentStatus fromValue(String text) {
        return MwsValue.of(ShipmentStatus.class, text, UNKNOWN);
    }
}
