/**
 * Subscriptions 2013-07-01: the seller's registered destinations and subscriptions per marketplace
 * ({@link io.camelmws.sandbox.subscriptions.SubscriptionsOperations}).
 */
package io.camelmws.sandbox.subscriptions;
