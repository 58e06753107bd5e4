/** Across the language border: the park's Chinese–English glossary and the translation of query words with it. */
package dev.bridgehead.search.language;
