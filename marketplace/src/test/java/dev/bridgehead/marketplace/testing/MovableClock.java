package dev.bridgehead.marketplace.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock, set by a test to a moment of its choosing (the turn of a year in China,
 * say); the system clock until then. Only in contexts that ask for it with
 * {@code bridgehead.test.movable-clock=true}: everything else, the database and Elasticsearch
 * included, stays real.
 */
@Singleton
@Replaces(Clock.class)
@Requires(property = "bridgehead.test.movable-clock", value = "true")
public class MovableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>();

    /** From now on the clock shows this moment; null returns it to the system clock. */
    public void set(Instant moment) {
        now.set(moment);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant moment = now.get();
        return moment == null ? Instant.now() : moment;
    }
}
