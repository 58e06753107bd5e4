package dev.bridgehead.marketplace.negativelist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/** Which version of a list is current and whether staff have it switched on. */
@MappedEntity("negative_list")
record ListState(@Id String code, int currentVersion, boolean enabled, Instant updatedAt, @Nullable Long updatedBy,
                 @Version @Nullable Integer version) {
}
