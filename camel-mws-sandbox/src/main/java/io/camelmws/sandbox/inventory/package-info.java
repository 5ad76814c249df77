/**
 * The FulfillmentInventory 2010-10-01 section: the FBA stock of the seller's Amazon-fulfilled listings, which the
 * parcels of the order book take units out of and inbound shipments refill ({@link
 * io.camelmws.sandbox.inventory.StockLedger}).
 */
package io.camelmws.sandbox.inventory;
