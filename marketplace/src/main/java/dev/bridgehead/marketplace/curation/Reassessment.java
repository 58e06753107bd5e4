package dev.bridgehead.marketplace.curation;

import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.compliance.Assessment;
import dev.bridgehead.marketplace.compliance.ComplianceEngine;
import dev.bridgehead.marketplace.compliance.Participant;
import dev.bridgehead.marketplace.compliance.SentThisYear;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchDetails;
import dev.bridgehead.marketplace.matching.MatchRepository;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.marketplace.matching.MatchingService;
import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.need.NeedRepository;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.ComplianceProfileRepository;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationRepository;
import dev.bridgehead.marketplace.park.ParkSettings;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Assesses an organisation's open matches again after its checked facts changed (evidence
 * verified, rejected, expired or revoked): each verdict is recomputed on today's facts with the
 * current rule book; a verdict that changes is stored with the rule book's version, written to the
 * match's history, put in both organisations' inboxes and e-mailed to them. Curation is untouched.
 */
@Singleton
public class Reassessment {

    /** The states in which a verdict still matters to someone. */
    static final List<String> OPEN = List.of(MatchStatus.SUGGESTED.name(), MatchStatus.APPROVED.name(), MatchStatus.INTRODUCED.name(),
            MatchStatus.IN_TALKS.name());

    private final MatchRepository matches;
    private final NeedRepository needs;
    private final OrganizationRepository organizations;
    private final ComplianceProfileRepository profiles;
    private final MatchingService matching;
    private final ComplianceEngine engine;
    private final ParkSettings park;
    private final MatchStepRepository steps;
    private final NotificationRepository notifications;
    private final AuditLog audit;
    private final Mailer mailer;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    Reassessment(MatchRepository matches, NeedRepository needs, OrganizationRepository organizations, ComplianceProfileRepository profiles,
                 MatchingService matching, ComplianceEngine engine, ParkSettings park, MatchStepRepository steps,
                 NotificationRepository notifications, AuditLog audit, Mailer mailer, TransactionOperations<Connection> transactions, Clock clock) {
        this.matches = matches;
        this.needs = needs;
        this.organizations = organizations;
        this.profiles = profiles;
        this.matching = matching;
        this.engine = engine;
        this.park = park;
        this.steps = steps;
        this.notifications = notifications;
        this.audit = audit;
        this.mailer = mailer;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Re-assesses the organisation's open matches in the caller's transaction; returns how many verdicts changed. */
    public int reassess(Long organizationId) {
        List<Match> open = matches.ofOrganizationIn(organizationId, OPEN);
        if (open.isEmpty()) {
            return 0;
        }
        Map<Long, Need> needById = needs.findByIdIn(open.stream().map(Match::needId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Need::id, Function.identity()));
        Set<Long> parties = new HashSet<>();
        open.forEach(match -> {
            parties.add(match.needOrganizationId());
            parties.add(match.listingOrganizationId());
        });
        Map<Long, Organization> organizationById = organizations.findByIdIn(parties).stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        Map<Long, ComplianceProfile> profileById = new HashMap<>();
        profiles.findByOrganizationIdIn(parties).forEach(profile -> profileById.put(profile.organizationId(), profile));
        LocalDate today = LocalDate.now(clock);
        boolean generalList = park.generalListEnabled();
        Map<Long, SentThisYear> sent = matching.sentThisYear(parties);
        Instant now = clock.instant();
        String bookVersion = engine.ruleBook().version();

        List<Match> changed = new ArrayList<>();
        List<MatchStep> history = new ArrayList<>();
        List<Notification> inbox = new ArrayList<>();
        Set<Long> told = new LinkedHashSet<>();
        for (Match match : open) {
            Need need = needById.get(match.needId());
            if (need == null) {
                continue;
            }
            Long chineseParty = organizationById.get(match.needOrganizationId()).jurisdiction() == dev.bridgehead.marketplace.organization.Jurisdiction.CN
                    ? match.needOrganizationId() : match.listingOrganizationId();
            Assessment assessment = matching.assess(need, participant(organizationById, profileById, match.needOrganizationId()),
                    participant(organizationById, profileById, match.listingOrganizationId()), today, generalList,
                    sent.getOrDefault(chineseParty, SentThisYear.NOTHING));
            List<MatchDetails.Step> newSteps = assessment.steps().stream().map(MatchDetails.Step::of).toList();
            List<MatchDetails.RuleUse> newRules = assessment.rules().stream().map(MatchDetails.RuleUse::of).toList();
            if (assessment.verdict() == match.verdict() && newSteps.equals(match.steps()) && newRules.equals(match.rules())
                    && bookVersion.equals(match.ruleBookVersion())) {
                continue;
            }
            changed.add(match.reassessed(assessment.verdict(), newSteps, newRules, now, bookVersion));
            if (assessment.verdict() != match.verdict()) {
                history.add(new MatchStep(null, match.id(), null, match.status(), match.status(), why(match.steps(), newSteps), null, now,
                        match.verdict(), assessment.verdict()));
                String detail = match.verdict() + " " + assessment.verdict();
                for (Long party : List.of(match.needOrganizationId(), match.listingOrganizationId())) {
                    inbox.add(Notification.of(party, match.id(), Notification.VERDICT_CHANGED, detail, now));
                    told.add(party);
                }
            }
        }
        if (!changed.isEmpty()) {
            matches.updateAll(changed);
        }
        if (!history.isEmpty()) {
            steps.saveAll(history);
            notifications.saveAll(inbox);
            audit.recordSystem("organization.reassessed", "organization", organizationId,
                    history.size() + " of " + open.size() + " open matches changed verdict (rule book " + bookVersion + ")");
            mailAfterCommit(told, history.size());
        }
        return history.size();
    }

    /** Which steps the change added and which it took away, in the rule book's words. */
    private String why(List<MatchDetails.Step> before, List<MatchDetails.Step> after) {
        List<String> added = after.stream().filter(step -> !before.contains(step)).map(this::describe).distinct().toList();
        List<String> gone = before.stream().filter(step -> !after.contains(step)).map(this::describe).distinct().toList();
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("now needed: " + String.join(", ", added));
        }
        if (!gone.isEmpty()) {
            parts.add("no longer needed: " + String.join(", ", gone));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private String describe(MatchDetails.Step step) {
        String name = engine.ruleBook().terms(step.mechanism()).name().en();
        return (step.evidenceCheck() ? "park staff's check of the evidence of " + name : name) + " (" + step.party().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    private static Participant participant(Map<Long, Organization> organizations, Map<Long, ComplianceProfile> profiles, Long id) {
        Organization organization = organizations.get(id);
        return Participant.of(organization, profiles.getOrDefault(id, ComplianceProfile.empty(id)));
    }

    private void mailAfterCommit(Set<Long> organizationIds, int count) {
        String subject = "Bridgehead: the compliance verdict of a match changed";
        String text = "The compliance verdict of " + (count == 1 ? "a match" : "matches") + " you take part in changed after a change of checked "
                + "compliance facts. Open your inbox on Bridgehead to see which and why.";
        transactions.findTransactionStatus().ifPresentOrElse(status -> status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                organizationIds.forEach(organization -> mailer.send(organization, subject, text));
            }
        }), () -> organizationIds.forEach(organization -> mailer.send(organization, subject, text)));
    }
}
