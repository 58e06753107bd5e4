/**
 * The transactional outbox: every change that search must follow is recorded in MySQL in the
 * same transaction as the change, so nothing is lost when Elasticsearch is down or the
 * application dies between commit and indexing.
 */
package dev.bridgehead.marketplace.outbox;
