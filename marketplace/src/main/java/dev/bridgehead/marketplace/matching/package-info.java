/**
 * Matching: pairs needs with listings across the border by relevance (candidates from the search
 * engine, through {@link dev.bridgehead.marketplace.matching.CandidateSource}), hard requirements
 * and the compliance verdict; stores the suggestions for staff curation.
 */
package dev.bridgehead.marketplace.matching;
