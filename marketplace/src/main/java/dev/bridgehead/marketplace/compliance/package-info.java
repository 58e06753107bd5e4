/**
 * The vocabulary of cross-border transfers (COMPLIANCE.md): data categories, directions of flow,
 * transfer mechanisms and certifications. The rule engine joins them later.
 */
package dev.bridgehead.marketplace.compliance;
