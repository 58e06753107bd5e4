/** Cooperation scenarios: named, reusable patterns of cross-border cooperation that listings and needs point to. */
package dev.bridgehead.marketplace.scenario;
