/** A Chinese exporter's ledger of the year's transfers abroad, and staff's view of the exporters near a threshold. */
package dev.bridgehead.web.ledger;
