package dev.bridgehead.marketplace.curation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One organisation of a match asking park staff to introduce it to the other. */
@MappedEntity("introduction_request")
public record IntroductionRequest(
        @Id @GeneratedValue @Nullable Long id,
        Long matchId,
        Long organizationId,
        Long userId,
        @Nullable String note,
        Instant at) {
}
