package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.compliance.RuleBook;
import dev.bridgehead.web.page.PageContext;

/** The rule book in force, by direction, with sources; staff also see the park's switches. */
public record RulesPage(PageContext context, RuleBook book, boolean generalListEnabled) {

    public String text(RuleBook.Rule rule) {
        return context.inLanguage(rule.text().en(), rule.text().zh());
    }

    public String text(RuleBook.Duty duty) {
        return context.inLanguage(duty.text().en(), duty.text().zh());
    }

    public String step(RuleBook.MechanismTerms terms) {
        return context.inLanguage(terms.step().en(), terms.step().zh());
    }
}
