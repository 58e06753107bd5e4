/** The audit log: every staff decision, with who, when, on what, and the note. */
package dev.bridgehead.marketplace.audit;
