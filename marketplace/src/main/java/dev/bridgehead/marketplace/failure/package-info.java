/**
 * What can go wrong because of what a user did, as typed exceptions the web layer maps once:
 * bad input (with the fields), input too large to keep, not found, not allowed, and conflicts (a
 * stale version or an illegal state change). Nothing here is ever shown as a stack trace.
 */
package dev.bridgehead.marketplace.failure;
