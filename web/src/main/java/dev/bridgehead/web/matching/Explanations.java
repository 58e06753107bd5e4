package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.compliance.Assessment;
import dev.bridgehead.marketplace.compliance.Bilingual;
import dev.bridgehead.marketplace.compliance.ComplianceEngine;
import dev.bridgehead.marketplace.compliance.RuleBook;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchDetails;
import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.marketplace.scenario.Scenario;
import dev.bridgehead.marketplace.scenario.ScenarioService;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns stored matches and verdicts into what a page shows: both sides by name, the reasons in the
 * reader's language, the steps and rules with their sentences from the rule book.
 */
@Singleton
public class Explanations {

    private final ComplianceEngine engine;
    private final ListingService listings;
    private final NeedService needs;
    private final OrganizationService organizations;
    private final ScenarioService scenarios;
    private final dev.bridgehead.marketplace.negativelist.NegativeLists lists;

    Explanations(ComplianceEngine engine, ListingService listings, NeedService needs, OrganizationService organizations, ScenarioService scenarios,
                 dev.bridgehead.marketplace.negativelist.NegativeLists lists) {
        this.lists = lists;
        this.engine = engine;
        this.listings = listings;
        this.needs = needs;
        this.organizations = organizations;
        this.scenarios = scenarios;
    }

    public RuleBook ruleBook() {
        return engine.ruleBook();
    }

    /** A match as a page shows it. */
    public record MatchRow(Match match, Need need, Listing listing, Organization seeker, Organization provider, List<String> reasons,
                           List<StepLine> steps, List<RuleLine> rules) {

        public String verdictClass() {
            return "verdict-" + match.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A step: who does what, and whether it is one of several alternatives or slow.
     *
     * @param evidenceCheck the party has declared the mechanism and park staff have still to check its evidence
     */
    public record StepLine(String direction, String mechanism, String party, String text, @Nullable String alternativeGroup, boolean slow,
                           boolean evidenceCheck) {
    }

    /** A rule used, with its source and how it was met. */
    public record RuleLine(String id, String kind, String text, String source, @Nullable String note) {
    }

    /** A near miss: the listing and what it lacks, in words. */
    public record NearMissLine(Listing listing, Organization provider, List<String> missing) {
    }

    public List<MatchRow> rows(PageContext context, List<Match> matches) {
        Set<Long> listingIds = matches.stream().map(Match::listingId).collect(Collectors.toSet());
        Set<Long> needIds = matches.stream().map(Match::needId).collect(Collectors.toSet());
        Set<Long> organizationIds = new HashSet<>();
        matches.forEach(m -> {
            organizationIds.add(m.needOrganizationId());
            organizationIds.add(m.listingOrganizationId());
        });
        Map<Long, Listing> listingById = listings.byIds(listingIds);
        Map<Long, Need> needById = needs.byIds(needIds);
        Map<Long, Organization> organizationById = organizations.byIds(organizationIds);
        Map<Long, Scenario> scenarioById = new HashMap<>();
        Set<Long> scenarioIds = matches.stream().flatMap(m -> m.reasons().stream()).filter(r -> r.kind().equals("SCENARIOS"))
                .flatMap(r -> r.values().stream()).map(Long::valueOf).collect(Collectors.toSet());
        scenarios.byIds(scenarioIds).forEach(s -> scenarioById.put(s.id(), s));
        return matches.stream().filter(m -> listingById.containsKey(m.listingId()) && needById.containsKey(m.needId()))
                .map(m -> new MatchRow(m, needById.get(m.needId()), listingById.get(m.listingId()), organizationById.get(m.needOrganizationId()),
                        organizationById.get(m.listingOrganizationId()), reasons(context, m.reasons(), scenarioById),
                        m.steps().stream().map(s -> step(context, s.direction().name(), s.mechanism().name(), s.party().name(),
                                s.evidenceCheck() ? ruleBook().evidenceCheckOf(s.mechanism()) : ruleBook().terms(s.mechanism()).step(),
                                s.alternativeGroup(), s.slow(), s.evidenceCheck())).toList(),
                        m.rules().stream().map(r -> rule(context, r)).toList()))
                .toList();
    }

    public List<NearMissLine> nearMisses(PageContext context, List<MatchDetails.NearMiss> misses) {
        Map<Long, Listing> listingById = listings.byIds(misses.stream().map(MatchDetails.NearMiss::listingId).toList());
        Map<Long, Organization> organizationById = organizations.byIds(misses.stream().map(MatchDetails.NearMiss::organizationId).toList());
        return misses.stream().filter(m -> listingById.containsKey(m.listingId()) && organizationById.containsKey(m.organizationId()))
                .map(m -> new NearMissLine(listingById.get(m.listingId()), organizationById.get(m.organizationId()),
                        m.missing().stream().map(missing -> context.t("nearMiss." + missing.kind(),
                                context.code(missing.kind().endsWith("CERTIFICATION") ? "certification" : "dataCategory", missing.code()))).toList()))
                .toList();
    }

    public List<StepLine> steps(PageContext context, Assessment assessment) {
        return assessment.steps().stream().map(s -> step(context, s.direction().name(), s.mechanism().name(), s.party().name(), s.text(),
                s.alternativeGroup(), s.slow(), s.evidenceCheck())).toList();
    }

    public List<RuleLine> rules(PageContext context, Assessment assessment) {
        return assessment.rules().stream().map(applied -> rule(context, MatchDetails.RuleUse.of(applied))).toList();
    }

    public String text(PageContext context, Bilingual text) {
        return context.inLanguage(text.en(), text.zh());
    }

    private StepLine step(PageContext context, String direction, String mechanism, String party, Bilingual text, String group, boolean slow,
                          boolean evidenceCheck) {
        return new StepLine(context.code("direction", direction), context.code("mechanism", mechanism), context.code("party", party),
                text(context, text), group, slow, evidenceCheck);
    }

    private RuleLine rule(PageContext context, MatchDetails.RuleUse use) {
        RuleBook.Rule rule = ruleBook().rule(use.id()).orElse(null);
        String note = use.satisfiedBy() != null ? context.t("rule.satisfiedBy", context.code("mechanism", use.satisfiedBy()))
                : use.coveredBy() != null ? context.t("rule.coveredBy", context.code("mechanism", use.coveredBy()))
                : use.ground() != null ? context.t("rule.ground", context.code("exemptionGround", use.ground())) : null;
        if (use.list() != null) {
            note = join(note, listNote(context, use.list()));
        }
        return rule == null ? new RuleLine(use.id(), "", use.id(), "", note)
                : new RuleLine(rule.id(), context.code("ruleKind", rule.kind()), text(context, rule.text()), rule.source(), note);
    }

    /** "Under <list>, version n." and, where Bridgehead lacks items of the published text, the warning to check it. */
    private String listNote(PageContext context, String listVersion) {
        var list = lists.cited(listVersion);
        if (list.isEmpty()) {
            return context.t("rule.list", listVersion, "");
        }
        String note = context.t("rule.list", context.inLanguage(list.get().name(), list.get().nameZh()), String.valueOf(list.get().version()));
        return list.get().incomplete() ? note + " " + context.t("lists.incomplete") : note;
    }

    /** The list version the match's verdict used, if any. */
    public dev.bridgehead.marketplace.compliance.NegativeList listOf(Match match) {
        return match.listVersions().stream().map(lists::cited).flatMap(java.util.Optional::stream).findFirst().orElse(null);
    }

    private static String join(String a, String b) {
        return a == null ? b : a + " " + b;
    }

    private static List<String> reasons(PageContext context, List<MatchDetails.Reason> reasons, Map<Long, Scenario> scenarios) {
        return reasons.stream().map(reason -> context.t("match.reason." + reason.kind(), switch (reason.kind()) {
            case "SECTORS" -> reason.values().stream().map(v -> context.code("sector", v)).collect(Collectors.joining(context.t("list.separator")));
            case "CATEGORIES" -> reason.values().stream().map(v -> context.code("dataCategory", v)).collect(Collectors.joining(context.t("list.separator")));
            case "SCENARIOS" -> reason.values().stream().map(Long::valueOf).filter(scenarios::containsKey)
                    .map(id -> context.inLanguage(scenarios.get(id).title(), scenarios.get(id).titleZh())).collect(Collectors.joining(context.t("list.separator")));
            default -> String.join(context.t("list.separator"), reason.values());
        })).toList();
    }
}
