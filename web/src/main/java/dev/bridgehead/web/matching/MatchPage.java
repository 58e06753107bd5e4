package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.compliance.RuleBook;
import dev.bridgehead.web.page.PageContext;
import java.util.List;

/** One match explained: the two sides, why they fit, the verdict, the compliance path and the rules behind it. */
public record MatchPage(PageContext context, Explanations.MatchRow row, List<RuleBook.Duty> duties, String disclaimer, boolean seekerView,
                        CurationPages.Actions actions) {
}
