package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.Option;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.page.TypedFilter;
import java.util.List;
import java.util.Map;

/** A page of the audit log as the staff member filtered it (kept as typed), newest first, with who acted by name. */
public record AuditPage(PageContext context, TypedFilter filter, List<AuditEntry> entries, Map<Long, String> actors,
                        List<String> actions, long total, int page, int pages) {

    /** The query parameters of the filter, in the order the form shows them. */
    public static final List<String> FILTERS = List.of("subjectType", "subjectId", "actorEmail", "action", "text", "from", "until");

    /** How much of a changed value the table shows; the CSV has all of it. */
    static final int SHOWN_LENGTH = 120;

    public String value(String name) {
        return filter.value(name);
    }

    public FormErrors errors() {
        return filter.errors();
    }

    public List<Option> subjectTypes() {
        return AuditLog.SUBJECT_TYPES.stream().map(type -> new Option(type, context.t("audit.subject." + type), type.equals(filter.get("subjectType"))))
                .toList();
    }

    public List<Option> actionOptions() {
        return actions.stream().map(action -> new Option(action, action, action.equals(filter.get("action")))).toList();
    }

    public String actor(AuditEntry entry) {
        return entry.actorId() == null ? context.t("audit.system") : actors.getOrDefault(entry.actorId(), "#" + entry.actorId());
    }

    /** Where the entry's subject can be seen, if it has a page. */
    public String link(AuditEntry entry) {
        return switch (entry.subjectType()) {
            case "organization" -> "/organizations/" + entry.subjectId();
            case "listing" -> "/listings/" + entry.subjectId();
            case "match" -> "/matches/" + entry.subjectId();
            case "glossary" -> "/staff/glossary";
            default -> null;
        };
    }

    /** An edit's changed fields, each value cut to a line's length for the table; none for a decision. */
    public List<Change> changes(AuditEntry entry) {
        return Change.of(entry, SHOWN_LENGTH);
    }

    /** The whole of an edit's changes as one line of text, as the CSV export has them. */
    public static String changesText(AuditEntry entry) {
        return String.join("; ", Change.of(entry, Integer.MAX_VALUE).stream().map(Change::toString).toList());
    }

    /** One changed field: before → after, an absent value as "—". */
    public record Change(String field, String before, String after) {

        static List<Change> of(AuditEntry entry, int maxLength) {
            if (entry.changes() == null) {
                return List.of();
            }
            return entry.changes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(change -> new Change(change.getKey(), shown(change.getValue().before(), maxLength), shown(change.getValue().after(), maxLength)))
                    .toList();
        }

        private static String shown(String value, int maxLength) {
            if (value == null || value.isEmpty()) {
                return "—";
            }
            return value.length() <= maxLength ? value : value.substring(0, maxLength) + "…";
        }

        @Override
        public String toString() {
            return field + ": " + before + " → " + after;
        }
    }

    public String query() {
        return filter.query();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
