/**
 * The Finances 2015-05-01 section: the seller's money as the order book's parcels post it (a shipment event per
 * parcel, refunds of some), and its settlement periods (financial event groups) per currency.
 */
package io.camelmws.sandbox.finances;
