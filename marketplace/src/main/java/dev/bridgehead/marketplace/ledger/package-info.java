/**
 * The year's export ledger of each Chinese exporter: the individuals whose personal information it
 * sent abroad this calendar year (China time), from agreed deals and recorded transfers; the volume
 * rules of the compliance engine apply to the ledger so far plus the flow.
 */
package dev.bridgehead.marketplace.ledger;
