package dev.bridgehead.marketplace.glossary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/** A staff change to the glossary: a term added, or a shipped term ({@code replaces}) corrected or removed. */
@MappedEntity("glossary_term")
record TermChange(@Id @GeneratedValue @Nullable Long id, String english, String chinese, @Nullable String sector, @Nullable String source,
                  @Nullable String replaces, boolean removed, Instant updatedAt, @Nullable Long updatedBy,
                  @Version @Nullable Integer version) {

    /** The same change, made by {@code actor} now. */
    TermChange withActor(dev.bridgehead.marketplace.account.Actor actor, java.time.Clock clock) {
        return new TermChange(id, english, chinese, sector, source, replaces, removed, clock.instant(), actor.userId(), version);
    }

    GlossaryTerm term() {
        GlossaryTerm.Origin origin = replaces == null ? GlossaryTerm.Origin.ADDED : GlossaryTerm.Origin.CORRECTED;
        return new GlossaryTerm(replaces == null ? "term:" + id : replaces, english, chinese, sector, source, origin, version);
    }
}
