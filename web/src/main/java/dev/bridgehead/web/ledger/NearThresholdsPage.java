package dev.bridgehead.web.ledger;

import dev.bridgehead.marketplace.ledger.ExportLedger;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.web.page.PageContext;
import java.util.List;
import java.util.Map;

/** Exporters whose year has reached 80% of a threshold of the volume rules, largest first, for staff. */
public record NearThresholdsPage(PageContext context, int year, List<ExportLedger.Totals> exporters, Map<Long, Organization> organizations) {

    public String name(Long organizationId) {
        Organization organization = organizations.get(organizationId);
        return organization == null ? "#" + organizationId : context.inLanguage(organization.name(), organization.nameZh());
    }
}
