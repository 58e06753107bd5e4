/** Matching's use of the search engine: candidates for a need, and the worker that keeps stored matches current. */
package dev.bridgehead.search.matching;
