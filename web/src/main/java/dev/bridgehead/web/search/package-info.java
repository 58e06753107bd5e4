/** The search page: one box in either language, combinable facets with counts, highlighted results, shareable URLs. */
package dev.bridgehead.web.search;
