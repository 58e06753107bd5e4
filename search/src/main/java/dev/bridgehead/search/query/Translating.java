package dev.bridgehead.search.query;

/**
 * How a search crosses the language border (property {@code bridgehead.search.translating}): by
 * translating the query's words, by matching the other-language words each listing was indexed with,
 * or both. The relevance set measures each (docs/benchmarks.md); BOTH is the default.
 */
public enum Translating {
    /** The query's words, translated with the glossary, are searched too. */
    QUERY,
    /** The query's words are searched in the listings' translated titles and tags as well. */
    INDEX,
    /** Both. */
    BOTH,
    /** Neither: each language finds only itself (the baseline the relevance set compares with). */
    NONE;

    public boolean translatesQuery() {
        return this == QUERY || this == BOTH;
    }

    public boolean searchesTranslatedFields() {
        return this == INDEX || this == BOTH;
    }
}
