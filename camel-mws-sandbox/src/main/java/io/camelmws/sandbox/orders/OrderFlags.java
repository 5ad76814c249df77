package io.camelmws.sandbox.orders;

/**
 * The yes/no elements of an {@code Order} (REFERENCE 10.1 and the 2018–2020 recordings named in docs/sandbox.md).
 * The sandbox seller sells on its own account, outside China and Amazon Business's own retail, and takes no
 * in-store pickups: only Prime and business orders vary.
 *
 * @param prime              IsPrime: a Prime order the seller (or Amazon) must ship fast
 * @param businessOrder      IsBusinessOrder: bought by an Amazon Business customer
 * @param premiumOrder       IsPremiumOrder: a Premium Shipping order
 * @param globalExpress      IsGlobalExpressEnabled
 * @param replacementOrder   IsReplacementOrder: a free replacement of an earlier order
 * @param soldByAB           IsSoldByAB: sold by Amazon Business itself
 * @param ispu               IsISPU: in-store pickup
 * @param shippedByAmazonTFM ShippedByAmazonTFM: shipped with Amazon Transportation for Merchants (China only)
 */
public record OrderFlags(boolean prime, boolean businessOrder, boolean premiumOrder, boolean globalExpress,
                         boolean replacementOrder, boolean soldByAB, boolean ispu, boolean shippedByAmazonTFM) {

    /** The flags of an order of the sandbox seller. */
    static OrderFlags of(boolean prime, boolean businessOrder) {
        return new OrderFlags(prime, businessOrder, false, false, false, false, false, false);
    }
}
