/**
 * Evidence documents: the PDFs and images organisations upload behind the mechanisms and
 * certifications of their compliance profile. Owns what a document may be (checked from its bytes),
 * where the bytes are kept ({@link dev.bridgehead.marketplace.evidence.EvidenceStore}, one copy per
 * SHA-256), which organisation uploaded what, and who may open it.
 */
package dev.bridgehead.marketplace.evidence;
