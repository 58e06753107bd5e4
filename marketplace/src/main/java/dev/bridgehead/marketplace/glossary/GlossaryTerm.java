package dev.bridgehead.marketplace.glossary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One English–Chinese pair of the effective glossary. {@code key} names it for a change: a shipped
 * term is {@code shipped:english=chinese} until staff change it, a staff term {@code term:ID};
 * {@code version} is the stored change's (null for a term as shipped).
 */
@Serdeable
public record GlossaryTerm(String key, String english, String chinese, @Nullable String sector, @Nullable String source, Origin origin,
                           @Nullable Integer version) {

    /** Where a term comes from. */
    public enum Origin {
        /** As shipped with Bridgehead. */
        SHIPPED,
        /** A shipped term park staff corrected. */
        CORRECTED,
        /** Added by park staff. */
        ADDED
    }

    /** A term as shipped, before any change. */
    public static GlossaryTerm shipped(String english, String chinese, String sector, String source) {
        return new GlossaryTerm(ShippedTerms.key(english, chinese), english, chinese, blankToNull(sector), blankToNull(source), Origin.SHIPPED,
                null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
