/**
 * Readers of the other language: the glossary-made gloss a listing written in one language shows
 * them, and the count of their searches that would have found it with a title in their language.
 */
package dev.bridgehead.search.readers;
