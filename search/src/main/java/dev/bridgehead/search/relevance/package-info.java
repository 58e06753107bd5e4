/**
 * The relevance set kept in the repository ({@code relevance/relevance-set.json}): bilingual,
 * English-only and Chinese-only listings, graded queries and needs, and the figures (MRR@10,
 * nDCG@10) a search or a matching of them earns. The test suite and the benchmark both run it.
 */
package dev.bridgehead.search.relevance;
