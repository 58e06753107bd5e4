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
            default -> null;
        };
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
