/**
 * The seller's orders as a function of the simulated clock ({@link io.camelmws.sandbox.orders.OrderBook},
 * {@link io.camelmws.sandbox.orders.Listings} and their value records) and the Orders 2013-09-01 operations that
 * answer from them ({@link io.camelmws.sandbox.orders.OrdersOperations}).
 */
package io.camelmws.sandbox.orders;
