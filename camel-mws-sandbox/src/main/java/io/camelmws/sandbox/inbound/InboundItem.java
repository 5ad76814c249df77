package io.camelmws.sandbox.inbound;

/**
 * One SKU of an inbound shipment.
 *
 * @param quantityShipped units the seller sends
 * @param quantityInCase  units per case when the seller ships case-packed, 0 otherwise
 */
record InboundItem(String sellerSku, String fnsku, int quantityShipped, int quantityInCase) {
}
