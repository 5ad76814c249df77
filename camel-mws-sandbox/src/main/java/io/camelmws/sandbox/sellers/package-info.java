/**
 * The marketplaces the sandbox's seller sells in ({@link io.camelmws.sandbox.sellers.Marketplaces}) and the
 * Sellers 2011-07-01 operations ({@link io.camelmws.sandbox.sellers.SellersOperations}).
 */
package io.camelmws.sandbox.sellers;
