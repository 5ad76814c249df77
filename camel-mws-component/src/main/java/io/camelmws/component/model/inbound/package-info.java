/**
 * Typed results of FulfillmentInboundShipment 2010-10-01: shipment plans, shipments and their items, transport
 * content (small parcel and less than truckload), package and pallet labels, and bills of lading.
 */
package io.camelmws.component.model.inbound;
