/** Shanghai's data-export negative lists as data: shipped editions, staff imports, switches and comparisons of versions. */
package dev.bridgehead.marketplace.negativelist;
