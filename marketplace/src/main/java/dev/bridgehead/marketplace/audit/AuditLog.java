package dev.bridgehead.marketplace.audit;

import dev.bridgehead.marketplace.account.Actor;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Writes and reads the audit log; callers write in the same transaction as the decision. */
@Singleton
public class AuditLog {

    /** The kinds of thing the log speaks of. */
    public static final java.util.List<String> SUBJECT_TYPES = java.util.List.of("organization", "listing", "need", "match", "park", "negative-list", "glossary", "account");

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public void record(Actor actor, String action, String subjectType, Long subjectId, String note) {
        entries.save(new AuditEntry(null, actor.userId(), action, subjectType, subjectId, note, null, clock.instant()));
    }

    /** A decision with its note and the fields it changed, before and after. */
    public void record(Actor actor, String action, String subjectType, Long subjectId, String note, Map<String, AuditEntry.FieldChange> changes) {
        entries.save(new AuditEntry(null, actor.userId(), action, subjectType, subjectId, note, changes.isEmpty() ? null : new java.util.LinkedHashMap<>(changes),
                clock.instant()));
    }

    /** Something the system did by itself (an expiry, a re-assessment), with no one acting. */
    public void recordSystem(String action, String subjectType, Long subjectId, String note) {
        entries.save(new AuditEntry(null, null, action, subjectType, subjectId, note, null, clock.instant()));
    }

    /** An edit, with each changed field's value before and after; an edit that changed nothing is not recorded. */
    public void recordEdit(Actor actor, String action, String subjectType, Long subjectId, Map<String, AuditEntry.FieldChange> changes) {
        if (!changes.isEmpty()) {
            entries.save(new AuditEntry(null, actor.userId(), action, subjectType, subjectId, null, new java.util.LinkedHashMap<>(changes), clock.instant()));
        }
    }

    /** Adds {@code field} to {@code changes} when its value differs, both as text. */
    public static void compare(Map<String, AuditEntry.FieldChange> changes, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            changes.put(field, new AuditEntry.FieldChange(before == null ? null : before.toString(), after == null ? null : after.toString()));
        }
    }

    public List<AuditEntry> about(String subjectType, Long subjectId) {
        return entries.findBySubjectTypeAndSubjectIdOrderByAtDesc(subjectType, subjectId);
    }
}
