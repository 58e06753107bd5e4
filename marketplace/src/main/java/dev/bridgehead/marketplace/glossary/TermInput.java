package dev.bridgehead.marketplace.glossary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A glossary term as typed; {@code version} is that of the term read before a correction (absent for a term as shipped). */
@Serdeable
public record TermInput(@Nullable String english, @Nullable String chinese, @Nullable String sector, @Nullable String source,
                        @Nullable Integer version) {
}
