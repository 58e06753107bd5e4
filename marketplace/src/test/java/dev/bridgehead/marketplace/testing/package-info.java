/**
 * Test fixtures shared with the other modules (test-jar): a database cleaner, builders of
 * organisations, people and listings, and sample evidence documents.
 */
package dev.bridgehead.marketplace.testing;
