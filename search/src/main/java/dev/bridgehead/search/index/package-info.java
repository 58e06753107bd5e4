/** Index names, settings and mappings; every index name carries the configured prefix. */
package dev.bridgehead.search.index;
