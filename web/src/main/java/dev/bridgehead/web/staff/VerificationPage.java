package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.organization.ComplianceSummary;
import java.util.List;
import java.util.Map;

/** Organisations waiting for staff to verify them. */
public record VerificationPage(PageContext context, List<Organization> organizations, Map<Long, ComplianceSummary> compliance) {
}
