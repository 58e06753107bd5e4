package dev.bridgehead.marketplace.audit;

import dev.bridgehead.marketplace.account.Actor;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/** Writes and reads the audit log; callers write in the same transaction as the decision. */
@Singleton
public class AuditLog {

    /** The kinds of thing the log speaks of. */
    public static final java.util.List<String> SUBJECT_TYPES = java.util.List.of("organization", "listing", "need", "match", "park");

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public void record(Actor actor, String action, String subjectType, Long subjectId, String note) {
        entries.save(new AuditEntry(null, actor.userId(), action, subjectType, subjectId, note, clock.instant()));
    }

    public List<AuditEntry> about(String subjectType, Long subjectId) {
        return entries.findBySubjectTypeAndSubjectIdOrderByAtDesc(subjectType, subjectId);
    }
}
