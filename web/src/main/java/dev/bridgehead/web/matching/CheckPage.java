package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.compliance.ExemptionGround;
import dev.bridgehead.marketplace.compliance.RuleBook;
import dev.bridgehead.marketplace.matching.ComplianceCheck;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.Option;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The compliance check: the form, and once sent, the verdict with its steps and rules.
 *
 * @param result null until a flow has been checked
 */
public record CheckPage(PageContext context, CheckForm form, FormErrors errors, List<Organization> organizations,
                        @Nullable ComplianceCheck.Result result, List<Explanations.StepLine> steps, List<Explanations.RuleLine> rules,
                        List<RuleBook.Duty> duties, String disclaimer, ListPicker lists) {

    public List<Option> exporters() {
        return organizationOptions(form.exporterId());
    }

    public List<Option> importers() {
        return organizationOptions(form.importerId());
    }

    public List<Option> directions() {
        return Option.of(Direction.class, "direction", context, form.direction());
    }

    public List<Option> categories() {
        return Option.of(DataCategory.class, "dataCategory", context, form.dataCategories());
    }

    public List<Option> grounds() {
        return Option.of(ExemptionGround.class, "exemptionGround", context, form.exemptionGround());
    }

    public boolean checked(String flag) {
        return "true".equals(flag);
    }

    public String verdictClass() {
        return result == null ? "" : "verdict-" + result.assessment().verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String name(Organization organization) {
        return context.inLanguage(organization.name(), organization.nameZh()) + " (" + organization.jurisdiction() + ")";
    }

    public String duty(RuleBook.Duty duty) {
        java.time.LocalDate deadline = result == null ? null : duty.deadline(result.day());
        String text = context.inLanguage(duty.text().en(), duty.text().zh());
        return deadline == null ? text : text + " " + context.t("duty.deadline", deadline.toString());
    }

    private List<Option> organizationOptions(String chosen) {
        return organizations.stream().map(o -> new Option(o.id().toString(), name(o), o.id().toString().equals(chosen))).toList();
    }
}
