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
 * @param ledger         for a member of the Chinese party of a flow out of China, what the flow would do to its ledger
 */
public record MatchPage(PageContext context, Explanations.MatchRow row, List<RuleBook.Duty> duties, String disclaimer, boolean seekerView,
                        CurationPages.Actions actions, Map<Long, ComplianceSummary> sharedEvidence, @io.micronaut.core.annotation.Nullable LedgerOutlook ledger) {

    /**
     * For the Chinese party of a flow out of China: its year so far, what this flow would add, and the
     * next threshold above the sum, so it sees what agreeing would do before it agrees.
     */
    public record LedgerOutlook(long before, long thisFlow, @io.micronaut.core.annotation.Nullable Long nextThreshold) {

        public long after() {
            return before + thisFlow;
        }
    }

    /** The organisation whose profile is shown as shared evidence. */
    public dev.bridgehead.marketplace.organization.Organization party(Long organizationId) {
        return row.seeker().id().equals(organizationId) ? row.seeker() : row.provider();
    }
}
