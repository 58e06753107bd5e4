package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.organization.IdentityChange;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.web.organization.ComplianceSummary;
import dev.bridgehead.web.page.PageContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Organisations waiting for staff, a page at a time, oldest first: new ones to verify, and
 * verified ones with a change of their verified facts.
 */
public record VerificationPage(PageContext context, List<Organization> organizations, Map<Long, ComplianceSummary> compliance, int page,
                               int pages) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    /** A fact the organisation asks to change: its label's message key, the verified value and the requested one. */
    public record Change(String label, String before, String after) {
    }

    /** The facts a pending change would alter, verified value first. */
    public List<Change> changes(Organization organization) {
        IdentityChange verified = organization.identity();
        IdentityChange requested = organization.pendingChange();
        List<Change> changes = new ArrayList<>();
        add(changes, "organization.name", verified.name(), requested.name());
        add(changes, "organization.nameZh", verified.nameZh(), requested.nameZh());
        add(changes, "organization.jurisdiction", code("jurisdiction", verified.jurisdiction()), code("jurisdiction", requested.jurisdiction()));
        add(changes, "organization.registryId", verified.registryId(), requested.registryId());
        add(changes, "organization.registrationArea", code("registrationArea", verified.registrationArea()),
                code("registrationArea", requested.registrationArea()));
        return changes;
    }

    private String code(String kind, Enum<?> value) {
        return value == null ? null : context.code(kind, value);
    }

    private static void add(List<Change> changes, String label, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(label, before == null ? "—" : before, after == null ? "—" : after));
        }
    }
}
