package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.web.page.PageContext;
import java.util.List;

/** Organisations waiting for staff to verify them. */
public record VerificationPage(PageContext context, List<Organization> organizations) {
}
