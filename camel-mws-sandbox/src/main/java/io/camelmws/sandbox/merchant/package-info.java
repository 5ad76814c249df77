/**
 * The MerchantFulfillment 2015-06-01 section (Amazon's Buy Shipping for merchant-fulfilled orders): eligible
 * carrier services with rates for a package of one of the seller's MFN orders, labels bought as PDF documents, and
 * shipments that live Purchased, then RefundPending and RefundApplied once cancelled, on the simulated clock.
 */
package io.camelmws.sandbox.merchant;
