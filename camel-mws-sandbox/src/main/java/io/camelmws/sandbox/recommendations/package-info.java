/**
 * Recommendations 2013-04-01: what Amazon would advise the seller, derived from the seller's own listings and
 * sales ({@link io.camelmws.sandbox.recommendations.RecommendationsOperations}).
 */
package io.camelmws.sandbox.recommendations;
