/**
 * FulfillmentInboundShipment 2010-10-01: inbound shipment plans, shipments and their life cycle on the simulated
 * clock, partnered transport and package labels, for the seller's Amazon-fulfilled listings.
 */
package io.camelmws.sandbox.inbound;
