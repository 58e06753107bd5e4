/** Test fixtures shared with the other modules (test-jar): a database cleaner and builders of organisations, people and listings. */
package dev.bridgehead.marketplace.testing;
