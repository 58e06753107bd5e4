/** Keeps Elasticsearch following MySQL: drains the outbox in bulk, idempotently, with retries; several nodes share the work. */
package dev.bridgehead.search.indexer;
