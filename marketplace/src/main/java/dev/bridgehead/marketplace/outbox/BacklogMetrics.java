package dev.bridgehead.marketplace.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the background work is behind, as metrics read every 15 s: the events waiting for the
 * search index ({@code bridgehead.outbox.backlog}) and the age of the oldest in seconds
 * ({@code bridgehead.outbox.oldest_age_seconds}), and the same for the match refreshes
 * ({@code bridgehead.match_refresh.backlog}, {@code bridgehead.match_refresh.oldest_age_seconds}).
 * An age that keeps growing means the index (or matching) is not following MySQL. Created at
 * start-up, so that the gauges are there before the first reading.
 */
@Context
public class BacklogMetrics {

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final AtomicLong outboxBacklog = new AtomicLong();
    private final AtomicLong outboxAge = new AtomicLong();
    private final AtomicLong refreshBacklog = new AtomicLong();
    private final AtomicLong refreshAge = new AtomicLong();

    BacklogMetrics(JdbcOperations jdbc, MeterRegistry meters, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        meters.gauge("bridgehead.outbox.backlog", outboxBacklog);
        meters.gauge("bridgehead.outbox.oldest_age_seconds", outboxAge);
        meters.gauge("bridgehead.match_refresh.backlog", refreshBacklog);
        meters.gauge("bridgehead.match_refresh.oldest_age_seconds", refreshAge);
    }

    @Scheduled(fixedDelay = "15s", initialDelay = "15s")
    public void read() {
        read("outbox_event", outboxBacklog, outboxAge);
        read("match_refresh", refreshBacklog, refreshAge);
    }

    /** The events waiting for the search index, and the age of the oldest in seconds (0 when none wait). */
    public long[] outbox() {
        return new long[] {outboxBacklog.get(), outboxAge.get()};
    }

    private void read(String table, AtomicLong backlog, AtomicLong age) {
        jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement("SELECT COUNT(*), MIN(created_at) FROM " + table);
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                backlog.set(rows.getLong(1));
                Timestamp oldest = rows.getTimestamp(2);
                age.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds()));
            }
            return null;
        });
    }
}
