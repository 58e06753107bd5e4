/**
 * Curation: park staff take suggested matches to introductions, the two organisations report talks,
 * agreements and declines; every step is recorded, audited and put in the inboxes concerned; the
 * park's figures against its targets.
 */
package dev.bridgehead.marketplace.curation;
