/**
 * The FulfillmentOutboundShipment 2010-10-01 section (Multi-Channel Fulfillment): previews, fulfilment orders
 * with their life cycle RECEIVED, PLANNING, PROCESSING, COMPLETE on the simulated clock, shipments with packages and
 * tracking, cancellation, return reason codes and returns. Orders are made of the seller's own FBA listings (the
 * orders package's {@code Listings}), and what an order holds is no longer available to the next one.
 */
package io.camelmws.sandbox.outbound;
