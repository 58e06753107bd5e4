package dev.bridgehead.search.readers;

import dev.bridgehead.search.language.Glossary;
import dev.bridgehead.search.language.TermBase;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words of text searches, their language and hour, without who searched: recorded off the search's
 * path (a bounded queue, written in batches every second; when the queue is full a search goes
 * unrecorded rather than waiting), counted for the listing form, and kept for two months.
 */
@Singleton
public class SearchLog {

    static final int QUEUE = 10_000;
    static final int MAX_WORDS = 400;
    static final Duration KEPT = Duration.ofDays(62);
    /** A count that takes longer is given up (the page then shows none). */
    static final int COUNT_TIMEOUT_SECONDS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(SearchLog.class);
    private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z0-9]+(?:[-'][a-z0-9]+)*");

    private record Entry(Instant at, String language, String words) {
    }

    private final DataSource dataSource;
    private final TermBase terms;
    private final Clock clock;
    private final BlockingQueue<Entry> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicLong dropped = new AtomicLong();

    SearchLog(DataSource dataSource, TermBase terms, Clock clock) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.terms = terms;
        this.clock = clock;
    }

    /** Notes a text search; never blocks. */
    public void record(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String language = Glossary.isChinese(text) ? "zh" : "en";
        String words = String.join(" ", words(text, terms.current()));
        if (words.isEmpty()) {
            return;
        }
        // The hour is enough for a monthly count, and says less about whoever searched.
        if (!queue.offer(new Entry(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS), language, words.length() > MAX_WORDS ? words.substring(0, MAX_WORDS) : words))) {
            dropped.incrementAndGet();
        }
    }

    /** The words a search is counted by: English words lower-cased, Chinese cut into glossary and dictionary words. */
    static List<String> words(String text, Glossary glossary) {
        List<String> words = new ArrayList<>();
        Matcher matcher = ENGLISH_WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        glossary.segment(text).stream().filter(word -> word.codePointCount(0, word.length()) > 1).forEach(words::add);
        return words;
    }

    /**
     * How many searches in {@code language} since {@code since} had at least one of {@code words}
     * (at most twenty are asked about).
     */
    public long count(String language, Collection<String> words, Instant since) {
        List<String> asked = words.stream().filter(word -> !word.isBlank()).distinct().limit(20).toList();
        if (asked.isEmpty()) {
            return 0;
        }
        String anyWord = String.join(" OR ", asked.stream().map(word -> "CONCAT(' ', words, ' ') LIKE ?").toList());
        String sql = "SELECT COUNT(*) FROM search_log WHERE language = ? AND searched_at >= ? AND (" + anyWord + ")";
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(COUNT_TIMEOUT_SECONDS);
            statement.setString(1, language);
            statement.setTimestamp(2, Timestamp.valueOf(LocalDateTime.ofInstant(since, ZoneOffset.UTC)));
            for (int i = 0; i < asked.size(); i++) {
                statement.setString(i + 3, "% " + asked.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %");
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the searches: " + e.getMessage(), e);
        }
    }

    /** Writes what was recorded since the last time, in one batch. */
    @Scheduled(fixedDelay = "${bridgehead.search-log.interval:1s}")
    public void flush() {
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            LOG.warn("{} searches went unrecorded (the queue was full or the database away)", lost);
        }
        List<Entry> entries = new ArrayList<>();
        queue.drainTo(entries, 1_000);
        if (entries.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO search_log (searched_at, language, words) VALUES (?, ?, ?)")) {
            for (Entry entry : entries) {
                insert.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(entry.at(), ZoneOffset.UTC)));
                insert.setString(2, entry.language());
                insert.setString(3, entry.words());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            dropped.addAndGet(entries.size());
            LOG.warn("Could not record {} searches: {}", entries.size(), e.getMessage());
        }
    }

    /** Forgets searches older than two months. */
    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void forgetOld() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM search_log WHERE searched_at < ? LIMIT 10000")) {
            delete.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant().minus(KEPT), ZoneOffset.UTC)));
            // In slices, so that no one statement holds the table for long.
            while (delete.executeUpdate() == 10_000) {
                Thread.onSpinWait();
            }
        } catch (SQLException e) {
            LOG.warn("Could not forget old searches: {}", e.getMessage());
        }
    }

    @PreDestroy
    void close() {
        flush();
    }
}
