package dev.bridgehead.marketplace.account;

import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.failure.NotFound;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signed-in sessions: every token a browser or platform holds names one, recorded in MySQL. Sign-out
 * ends it; a password change ends the account's others; staff can end them all. Checking a token
 * never waits on MySQL: each node keeps the sessions ended and not yet expired in memory, adds its
 * own endings at once and reads everyone else's every {@link #REFRESH} (so an ending reaches every
 * node within a few seconds). Until it has read them once (MySQL unreachable when the node
 * started), it refuses every token rather than let an ended one in.
 */
@Singleton
public class Sessions {

    static final Duration REFRESH = Duration.ofSeconds(2);
    /** Read endings again this far back, so that a little clock difference between nodes loses none. */
    static final Duration OVERLAP = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserSessionRepository sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, Instant> ended = new ConcurrentHashMap<>();
    private volatile Instant readUntil;
    /** False until the ended sessions were read once: until then (MySQL unreachable at start) every token is refused. */
    private volatile boolean loaded;

    Sessions(UserSessionRepository sessions, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts a session for a user who has just proved who they are; returns its id for the token. */
    public String start(Long userId, Duration lifetime, @Nullable String address, @Nullable String userAgent) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        sessions.save(new UserSession(id, userId, now, now.plus(lifetime), null, null, cut(address, 64), cut(userAgent, 200)));
        return id;
    }

    /** Whether a token naming this session must be refused: it was ended (here, or elsewhere and read since). */
    public boolean isEnded(String id) {
        return !loaded || ended.containsKey(id);
    }

    /** Sign-out: ends this session for good. */
    public void end(String id) {
        Instant now = clock.instant();
        sessions.end(id, now, "signed-out");
        sessions.findById(id).ifPresent(session -> ended.put(id, session.expiresAt()));
    }

    /** Ends every session of the user but {@code except} (the one that changed the password, say); returns how many. */
    @Transactional
    public int endOthers(Long userId, @Nullable String except, String why) {
        Instant now = clock.instant();
        List<UserSession> active = sessions.activeOf(userId, now);
        int count = sessions.endAllOf(userId, now, why, except == null ? "" : except);
        active.stream().filter(session -> !session.id().equals(except)).forEach(session -> ended.put(session.id(), session.expiresAt()));
        return count;
    }

    /** The owner signs out every other session (a forgotten browser); recorded in the audit log. */
    @Transactional
    public int endOthersByOwner(Actor owner, @Nullable String current) {
        int count = endOthers(owner.userId(), current, "ended-by-owner");
        audit.record(owner, "account.sessions-ended", "account", owner.userId(), count + " other sessions ended by their owner");
        return count;
    }

    /** Staff end all of a person's sessions (a lost laptop, a departure); recorded in the audit log. */
    @Transactional
    public int endAllByStaff(Actor staff, Long userId) {
        if (staff == null || !staff.isStaff()) {
            throw new NotFound("User " + userId);
        }
        int count = endOthers(userId, null, "ended-by-staff");
        audit.record(staff, "account.sessions-ended", "account", userId, count + " sessions ended");
        return count;
    }

    public List<UserSession> activeOf(Long userId) {
        return sessions.activeOf(userId, clock.instant());
    }

    @EventListener
    void onStartup(StartupEvent event) {
        refresh();
    }

    /** Reads the sessions other nodes ended since the last read, and forgets those expired. */
    @Scheduled(fixedDelay = "2s", initialDelay = "2s")
    public void refresh() {
        Instant now = clock.instant();
        Instant since = readUntil == null ? Instant.EPOCH : readUntil.minus(OVERLAP);
        try {
            for (UserSession session : sessions.endedSince(since, now)) {
                ended.put(session.id(), session.expiresAt());
            }
            readUntil = now;
            loaded = true;
        } catch (RuntimeException e) {
            LOG.warn("Could not read ended sessions (the ones known stay refused): {}", e.getMessage());
        }
        ended.values().removeIf(expiry -> expiry.isBefore(now));
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    void purge() {
        sessions.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
    }

    private static String cut(String text, int length) {
        return text == null ? null : text.length() <= length ? text : text.substring(0, length);
    }
}
