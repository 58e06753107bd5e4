package dev.bridgehead.search.query;

/** Elasticsearch cannot answer right now; the data is safe in MySQL and the index will catch up. */
public class SearchUnavailable extends RuntimeException {

    public SearchUnavailable(Throwable cause) {
        super("Search is temporarily unavailable", cause);
    }
}
