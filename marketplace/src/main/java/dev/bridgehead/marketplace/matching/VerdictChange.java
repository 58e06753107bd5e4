package dev.bridgehead.marketplace.matching;

/** A stored match whose compliance verdict changed: as it was, and as it is now stored. */
public record VerdictChange(Match before, Match after) {
}
