/**
 * The Products 2011-10-01 section's pricing operations, answered from the seller's own listings (the orders
 * package's {@code Listings}) at the prices their processed price feeds set, with competitors generated around
 * them from the sandbox's seed.
 */
package io.camelmws.sandbox.products;
