/**
 * The transactional outbox: every change that search or matching must follow is recorded in MySQL
 * in the same transaction as the change, so nothing is lost when Elasticsearch is down or the
 * application dies between commit and indexing. Search events ({@code outbox_event}) and matching
 * refreshes ({@code match_refresh}) are drained separately; a refresh waits for its search event.
 */
package dev.bridgehead.marketplace.outbox;
