package io.camelmws.sandbox.outbound;

/**
 * One item of a fulfilment order.
 *
 * @param unfulfillable units Amazon cannot ship (not enough FBA inventory when the order was planned)
 * @param fnsku         the FulfillmentNetworkSKU of the listing
 */
record OrderLine(String sellerSku, String itemId, int quantity, int unfulfillable, String giftMessage,
                 String displayableComment, String fnsku, Amount perUnitDeclaredValue, Amount perUnitPrice,
                 Amount perUnitTax) {

    int shippable() {
        return quantity - unfulfillable;
    }
}
