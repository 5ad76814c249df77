/**
 * The Products 2011-10-01 section: catalog, pricing and fee operations answered from the seller's own listings (the
 * orders package's {@code Listings}) at the prices their processed price feeds set, with a catalog description
 * ({@code CatalogItem}) and competitors ({@code Competition}) generated around them from the sandbox's seed.
 */
package io.camelmws.sandbox.products;
