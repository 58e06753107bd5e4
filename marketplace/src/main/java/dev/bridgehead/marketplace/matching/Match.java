package dev.bridgehead.marketplace.matching;

import dev.bridgehead.marketplace.compliance.Verdict;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A need paired with a listing across the border: its relevance (0-100, relative to the need's best
 * candidate), its compliance verdict and path, why it was suggested, and where curation has taken it.
 *
 * @param ruleBookVersion the version of the rule book the verdict came from (the list versions it used are in its rules)
 */
@MappedEntity("partner_match")
public record Match(
        @Id @GeneratedValue @Nullable Long id,
        Long needId,
        Long listingId,
        Long needOrganizationId,
        Long listingOrganizationId,
        double score,
        Verdict verdict,
        @TypeDef(type = DataType.JSON) List<MatchDetails.Step> steps,
        @TypeDef(type = DataType.JSON) List<MatchDetails.Reason> reasons,
        @TypeDef(type = DataType.JSON) List<MatchDetails.RuleUse> rules,
        MatchStatus status,
        @Nullable BigDecimal dealValueCny,
        Instant computedAt,
        @Nullable String ruleBookVersion,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Integer version) {

    /** The negative list versions the verdict used, as {@code code@version}. */
    public List<String> listVersions() {
        return rules.stream().map(MatchDetails.RuleUse::list).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** The same pairing with freshly computed relevance, verdict and explanation; curation untouched. */
    Match recomputed(Match fresh) {
        return new Match(id, needId, listingId, needOrganizationId, listingOrganizationId, fresh.score(), fresh.verdict(), fresh.steps(),
                fresh.reasons(), fresh.rules(), status, dealValueCny, fresh.computedAt(), fresh.ruleBookVersion(), createdAt, updatedAt, version);
    }

    /** The same match with a fresh verdict and compliance path; relevance and curation untouched. */
    public Match reassessed(Verdict newVerdict, List<MatchDetails.Step> newSteps, List<MatchDetails.RuleUse> newRules, Instant at,
                            String bookVersion) {
        return new Match(id, needId, listingId, needOrganizationId, listingOrganizationId, score, newVerdict, newSteps, reasons, newRules, status,
                dealValueCny, at, bookVersion, createdAt, updatedAt, version);
    }
}
