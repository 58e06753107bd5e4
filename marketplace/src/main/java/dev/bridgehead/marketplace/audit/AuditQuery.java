package dev.bridgehead.marketplace.audit;

import dev.bridgehead.marketplace.failure.InputCheck;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * What staff look for in the audit log: what kind of thing (and which one), who acted, the action,
 * words in the note, and the days (in park time, UTC+8) from and until which. Absent parts do not filter.
 */
public record AuditQuery(@Nullable String subjectType, @Nullable Long subjectId, @Nullable String actorEmail, @Nullable String action,
                         @Nullable String text, @Nullable LocalDate from, @Nullable LocalDate until) {

    public static final ZoneOffset PARK_TIME = ZoneOffset.ofHours(8);
    static final int MAX_TEXT = 200;

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    /** The query as typed into the page or an API call, each part checked on its own field. */
    public static AuditQuery parse(@Nullable String subjectType, @Nullable String subjectId, @Nullable String actorEmail, @Nullable String action,
                                   @Nullable String text, @Nullable String from, @Nullable String until) {
        InputCheck check = new InputCheck();
        String type = InputCheck.clean(subjectType);
        check.that(type == null || AuditLog.SUBJECT_TYPES.contains(type), "subjectType", "unknown-code",
                "must be one of " + AuditLog.SUBJECT_TYPES);
        Long id = null;
        String typedId = InputCheck.clean(subjectId);
        if (typedId != null) {
            try {
                id = Long.parseLong(typedId);
                check.that(id > 0, "subjectId", "invalid-id", "must be a positive id");
            } catch (NumberFormatException e) {
                check.add("subjectId", "invalid-id", "must be a positive id");
            }
        }
        String email = InputCheck.clean(actorEmail);
        check.maxLength("actorEmail", email, 254);
        String cleanAction = InputCheck.clean(action);
        check.that(cleanAction == null || cleanAction.matches("[a-z-]{1,32}(\\.[a-z-]{1,32}){1,3}"), "action", "unknown-code",
                "must be an action such as listing.publish");
        String words = InputCheck.clean(text);
        check.maxLength("text", words, MAX_TEXT);
        LocalDate fromDay = day(check, "from", from);
        LocalDate untilDay = day(check, "until", until);
        check.that(fromDay == null || untilDay == null || !untilDay.isBefore(fromDay), "until", "out-of-range", "must not be before the first day");
        check.throwIfInvalid();
        return new AuditQuery(type, id, email, cleanAction, words, fromDay, untilDay);
    }

    private static LocalDate day(InputCheck check, String field, @Nullable String typed) {
        String value = InputCheck.clean(typed);
        if (value == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            check.that(day.getYear() >= 2000 && day.getYear() <= 2999, field, "out-of-range", "must be a day such as 2026-11-30");
            return day;
        } catch (DateTimeParseException e) {
            check.add(field, "invalid-date", "must be a day such as 2026-11-30");
            return null;
        }
    }

    Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(PARK_TIME).toInstant();
    }

    /** The end of the last day, exclusive. */
    Instant untilInstant() {
        return until == null ? null : until.plusDays(1).atStartOfDay(PARK_TIME).toInstant();
    }

    /** The note's words as a LIKE pattern, with LIKE's own wildcards taken literally. */
    String textPattern() {
        return text == null ? null : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
