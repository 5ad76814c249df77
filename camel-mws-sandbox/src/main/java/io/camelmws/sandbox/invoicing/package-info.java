/**
 * ShipmentInvoicing 2018-09-01: the seller's shipped Fulfillment by Amazon orders as shipments to invoice, and
 * the invoices submitted for them with their life cycle on the simulated clock
 * ({@link io.camelmws.sandbox.invoicing.ShipmentInvoicingOperations}).
 */
package io.camelmws.sandbox.invoicing;
