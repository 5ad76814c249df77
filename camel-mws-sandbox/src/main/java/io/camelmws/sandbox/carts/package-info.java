/**
 * CartInformation 2014-03-01: the carts the seller's customers left with the seller's listings in them
 * ({@link io.camelmws.sandbox.carts.CartsOperations}).
 */
package io.camelmws.sandbox.carts;
