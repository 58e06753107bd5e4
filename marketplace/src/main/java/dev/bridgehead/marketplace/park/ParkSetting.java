package dev.bridgehead.marketplace.park;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A switch park staff control. */
@MappedEntity("park_setting")
public record ParkSetting(@Id String name, String value, Instant updatedAt) {
}
