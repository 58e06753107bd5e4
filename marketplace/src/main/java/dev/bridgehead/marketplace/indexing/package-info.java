/**
 * What the search index is built from: each listing with its organisation, compliance profile and
 * scenarios, read from MySQL in one place so the index can always be rebuilt from the truth.
 */
package dev.bridgehead.marketplace.indexing;
