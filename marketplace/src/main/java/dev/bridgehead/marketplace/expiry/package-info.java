/** Reminders before a mechanism or certification expires, and marking it expired when it has. */
package dev.bridgehead.marketplace.expiry;
