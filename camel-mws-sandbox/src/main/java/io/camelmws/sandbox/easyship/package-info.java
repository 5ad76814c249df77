/**
 * EasyShip 2018-09-01: pickup slots and scheduled packages for the seller's own merchant-fulfilled orders
 * ({@link io.camelmws.sandbox.easyship.EasyShipOperations}).
 */
package io.camelmws.sandbox.easyship;
