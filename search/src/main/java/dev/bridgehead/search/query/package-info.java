/** Searching listings: the bilingual query, the combinable facets, highlights and suggestions. User text is never Elasticsearch syntax. */
package dev.bridgehead.search.query;
