package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.compliance.RuleBook;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.organization.ComplianceSummary;
import java.util.List;
import java.util.Map;

/**
 * One match explained: the two sides, why they fit, the verdict, the compliance path and the rules behind it.
 *
 * @param sharedEvidence once introduced, the other party's compliance profile (both for staff), by organisation
 */
public record MatchPage(PageContext context, Explanations.MatchRow row, List<RuleBook.Duty> duties, String disclaimer, boolean seekerView,
                        CurationPages.Actions actions, Map<Long, ComplianceSummary> sharedEvidence) {

    /** The organisation whose profile is shown as shared evidence. */
    public dev.bridgehead.marketplace.organization.Organization party(Long organizationId) {
        return row.seeker().id().equals(organizationId) ? row.seeker() : row.provider();
    }
}
