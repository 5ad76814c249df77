/**
 * Typed results of FulfillmentInboundShipment 2010-10-01: shipment plans, shipments and their items, transport
 * content and package labels.
 */
package io.camelmws.component.model.inbound;
