package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.organization.ComplianceProfileService.AwaitingCheck;
import dev.bridgehead.marketplace.organization.EntryKind;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.web.page.Option;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evidence waiting for staff.
 *
 * @param shown   the entries the filter keeps, the longest waiting first
 * @param waiting every entry waiting, for the filter's choices
 */
public record EvidenceQueuePage(PageContext context, Filter filter, List<AwaitingCheck> shown, List<AwaitingCheck> waiting,
                                Map<Long, Organization> organizations, Instant now) {

    /** The queue's filter as the page shows it. */
    public record Filter(@Nullable String code, @Nullable Long organization, int minAgeDays) {
    }

    /** The mechanisms and certifications waiting, as choices. */
    public List<Option> codes() {
        return waiting.stream().map(w -> w.entry().code().name()).distinct().sorted()
                .map(code -> new Option(code, label(waiting.stream().filter(w -> w.entry().code().name().equals(code)).findFirst().orElseThrow()),
                        code.equals(filter.code()))).toList();
    }

    /** The organisations with entries waiting, as choices. */
    public List<Option> organizationChoices() {
        return organizations.values().stream().sorted(Comparator.comparing(Organization::name, String.CASE_INSENSITIVE_ORDER))
                .map(o -> new Option(o.id().toString(), context.inLanguage(o.name(), o.nameZh()), Objects.equals(o.id(), filter.organization())))
                .toList();
    }

    public String label(AwaitingCheck waiting) {
        return context.code(waiting.entry().kind() == EntryKind.MECHANISMS ? "mechanism" : "certification", waiting.entry().code());
    }

    public String organizationName(AwaitingCheck waiting) {
        Organization organization = organizations.get(waiting.profile().organizationId());
        return organization == null ? "#" + waiting.profile().organizationId() : context.inLanguage(organization.name(), organization.nameZh());
    }

    /** Whole days the entry has waited. */
    public long daysWaiting(AwaitingCheck waiting) {
        return Duration.between(waiting.declaredAt(), now).toDays();
    }
}
