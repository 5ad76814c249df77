/**
 * CustomerInformation 2014-03-01: the buyers of the seller's orders as customers
 * ({@link io.camelmws.sandbox.customers.CustomersOperations}), and the {@link io.camelmws.sandbox.customers.Buyers}
 * the cart section reads as well.
 */
package io.camelmws.sandbox.customers;
