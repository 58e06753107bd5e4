/** Park-wide switches under staff control. */
package dev.bridgehead.marketplace.park;
