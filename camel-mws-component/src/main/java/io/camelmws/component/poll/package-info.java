/**
 * What a polling consumer needs besides MWS calls: where its first poll starts, the order versions an answer holds,
 * which poll's exchanges are still running and how far the watermark may move once they are done, and the
 * repositories that keep the watermark and the delivered versions between polls and restarts.
 */
package io.camelmws.component.poll;
