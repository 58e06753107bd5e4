package dev.bridgehead.marketplace.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.expiry.EvidenceExpiry;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchDetails;
import dev.bridgehead.marketplace.matching.MatchRepository;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.marketplace.need.NeedInput;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput.MechanismInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileService;
import dev.bridgehead.marketplace.organization.ComplianceProfileService.EvidenceDecision;
import dev.bridgehead.marketplace.organization.EntryKind;
import dev.bridgehead.marketplace.organization.EvidenceStatus;
import dev.bridgehead.marketplace.outbox.MatchRefresh;
import dev.bridgehead.marketplace.outbox.MatchRefreshRepository;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change of an organisation's checked facts re-assesses its open matches: the verdict follows the
 * evidence (declared, verified, expired), and a changed verdict is in the match's history and both inboxes.
 */
@MicronautTest(transactional = false, startApplication = false)
class ReassessmentIT {

    @Inject
    Reassessment reassessment;

    @Inject
    EvidenceExpiry expiry;

    @Inject
    ComplianceProfileService compliance;

    @Inject
    NeedService needs;

    @Inject
    MatchRepository matches;

    @Inject
    MatchStepRepository steps;

    @Inject
    NotificationRepository notifications;

    @Inject
    MatchRefreshRepository refreshes;

    @Inject
    dev.bridgehead.marketplace.outbox.Outbox outbox;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    dev.bridgehead.marketplace.compliance.ComplianceEngine engine;

    @Inject
    dev.bridgehead.marketplace.negativelist.NegativeLists lists;

    @Inject
    dev.bridgehead.marketplace.matching.MatchingService matching;

    @Inject
    DatabaseCleaner database;

    Actor seeker;
    Actor provider;
    Actor staff;
    Match match;

    @BeforeEach
    void aPersonalDataMatchBetweenLingangAndSingapore() {
        database.clean();
        seeker = fixture.verifiedMember("CN");
        provider = fixture.verifiedMember("SG");
        staff = fixture.staff();
        Long need = needs.create(seeker, new NeedInput("Customer analytics partner", null, List.of("FINANCE"), List.of("PERSONAL"), "CN_TO_SG",
                150_000L, 0L, List.of(), null, false, List.of(), List.of(), null)).id();
        Long listing = fixture.published(provider, "Customer analytics").id();
        match = matches.save(new Match(null, need, listing, seeker.organizationId(), provider.organizationId(), 80, Verdict.NEEDS_STEPS, List.of(),
                List.of(new MatchDetails.Reason("SECTORS", List.of("FINANCE"))), List.of(), MatchStatus.INTRODUCED, null, Instant.now(), null, null,
                null, null));
    }

    @Test
    void declared_contracts_ask_staff_to_check_and_verified_ones_clear_the_match_with_its_history_and_both_inboxes_told() {
        declareContract(seeker, "2099-12-31");
        declareContract(provider, "2099-12-31");

        reassessment.reassess(seeker.organizationId());
        Match declared = matches.findById(match.id()).orElseThrow();
        assertThat(declared.verdict()).isEqualTo(Verdict.NEEDS_STEPS);
        assertThat(declared.steps()).allSatisfy(step -> assertThat(step.evidenceCheck()).isTrue())
                .extracting(MatchDetails.Step::party).containsExactly(dev.bridgehead.marketplace.compliance.Party.BOTH);
        assertThat(declared.ruleBookVersion()).isEqualTo(engine.ruleBook().version());
        assertThat(declared.status()).as("curation untouched").isEqualTo(MatchStatus.INTRODUCED);

        verifyContract(seeker);
        verifyContract(provider);
        int changed = reassessment.reassess(provider.organizationId());

        assertThat(changed).isEqualTo(1);
        assertThat(matches.findById(match.id()).orElseThrow().verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(steps.findByMatchIdOrderById(match.id())).filteredOn(MatchStep::isVerdictChange).last().satisfies(step -> {
            assertThat(step.fromVerdict()).isEqualTo(Verdict.NEEDS_STEPS);
            assertThat(step.toVerdict()).isEqualTo(Verdict.CLEAR);
            assertThat(step.actorId()).isNull();
            assertThat(step.note()).contains("no longer needed").contains("CAC standard contract");
        });
        for (Actor party : List.of(seeker, provider)) {
            assertThat(notifications.findByOrganizationId(party.organizationId(), Pageable.from(0, 10)).getContent())
                    .filteredOn(n -> n.kind().equals(Notification.VERDICT_CHANGED)).last()
                    .satisfies(n -> assertThat(n.detail()).isEqualTo("NEEDS_STEPS CLEAR"));
        }
    }

    @Test
    void a_decision_on_evidence_queues_the_reassessment_of_the_organisations_matches() {
        ComplianceProfile declared = declareContract(seeker, "2099-12-31");

        compliance.decideEvidence(staff, seeker.organizationId(), "mechanisms", "CN_STANDARD_CONTRACT",
                new EvidenceDecision("VERIFIED", null, declared.version()));

        assertThat(refreshes.findAll()).extracting(MatchRefresh::aggregateType, MatchRefresh::aggregateId)
                .contains(org.assertj.core.groups.Tuple.tuple(MatchRefresh.ASSESSMENT, seeker.organizationId()));
    }

    @Test
    void an_expired_contract_turns_a_clear_match_back_to_steps_and_reminders_go_out_once() {
        declareContract(seeker, "2027-03-31");
        declareContract(provider, "2099-12-31");
        verifyContract(seeker);
        verifyContract(provider);
        reassessment.reassess(seeker.organizationId());
        assertThat(matches.findById(match.id()).orElseThrow().verdict()).isEqualTo(Verdict.CLEAR);

        assertThat(expiry.run(LocalDate.of(2026, 10, 1)).reminded()).as("6 months before").isEqualTo(1);
        assertThat(expiry.run(LocalDate.of(2026, 10, 2)).reminded()).as("the same reminder never twice").isZero();
        assertThat(expiry.run(LocalDate.of(2027, 3, 1)).reminded()).as("30 days before").isEqualTo(1);
        EvidenceExpiry.Result expired = expiry.run(LocalDate.of(2027, 4, 1));
        assertThat(expired.expired()).isEqualTo(1);
        assertThat(compliance.profile(seeker, seeker.organizationId()).entry(EntryKind.MECHANISMS, "CN_STANDARD_CONTRACT").orElseThrow().status())
                .isEqualTo(EvidenceStatus.EXPIRED);
        assertThat(notifications.findByOrganizationId(seeker.organizationId(), Pageable.from(0, 10)).getContent())
                .filteredOn(n -> n.kind().equals(Notification.EXPIRING)).hasSize(2)
                .allSatisfy(n -> assertThat(n.detail()).isEqualTo("mechanisms CN_STANDARD_CONTRACT 2027-03-31"));

        reassessment.reassess(seeker.organizationId());

        Match after = matches.findById(match.id()).orElseThrow();
        assertThat(after.verdict()).isEqualTo(Verdict.NEEDS_STEPS);
        assertThat(after.steps()).extracting(MatchDetails.Step::party).contains(dev.bridgehead.marketplace.compliance.Party.EXPORTER);
    }

    @Test
    void open_matches_assessed_by_an_older_rule_book_are_queued_and_stamped_with_the_current_one() {
        Match older = matches.update(new Match(match.id(), match.needId(), match.listingId(), match.needOrganizationId(), match.listingOrganizationId(),
                match.score(), match.verdict(), match.steps(), match.reasons(), match.rules(), match.status(), null, match.computedAt(), "2024-03-22",
                match.createdAt(), match.updatedAt(), match.version()));

        int queued = outbox.ruleBookIs(engine.ruleBook().version());
        reassessment.reassess(seeker.organizationId());

        assertThat(queued).as("both parties of the match").isEqualTo(2);
        assertThat(outbox.ruleBookIs(engine.ruleBook().version())).as("already queued, not twice").isZero();
        assertThat(matches.findById(older.id()).orElseThrow().ruleBookVersion()).isEqualTo(engine.ruleBook().version());
    }

    @Test
    void switching_a_negative_list_reassesses_the_matches_whose_needs_name_its_scenario_and_records_the_list_version() {
        lists.put(staff, "T-FTZ", new dev.bridgehead.marketplace.negativelist.ListInput(null, "Test FTZ list", "测试清单", "SHANGHAI_FTZ_LINGANG",
                "a test", "2025-02-08", true, null,
                List.of(new dev.bridgehead.marketplace.negativelist.ListInput.ScenarioInput("T-PORT", "INTERNATIONAL_SHIPPING", "Port", "港口", null)),
                List.of(), null, null));
        Long listed = needs.create(seeker, new NeedInput("Crew data partner", null, List.of("INTERNATIONAL_SHIPPING"), List.of("PERSONAL"), "CN_TO_SG",
                150_000L, 0L, List.of(), null, false, List.of(), List.of(), null, "T-PORT", List.of())).id();
        Match underList = matches.save(new Match(null, listed, match.listingId(), seeker.organizationId(), provider.organizationId(), 70,
                Verdict.NEEDS_STEPS, List.of(), List.of(), List.of(), MatchStatus.SUGGESTED, null, Instant.now(), null, null, null, null));
        reassessment.reassess(seeker.organizationId());
        Match cleared = matches.findById(underList.id()).orElseThrow();
        assertThat(cleared.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(cleared.listVersions()).containsExactly("T-FTZ@1");
        assertThat(matches.findById(match.id()).orElseThrow().verdict()).as("a need naming no scenario").isEqualTo(Verdict.NEEDS_STEPS);
        refreshes.deleteAll();

        lists.setEnabled(staff, "T-FTZ", false, 1, "suspended");

        assertThat(refreshes.findAll()).extracting(MatchRefresh::aggregateType, MatchRefresh::aggregateId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MatchRefresh.ASSESSMENT, seeker.organizationId()));
        assertThat(reassessment.reassess(seeker.organizationId())).isEqualTo(1);
        Match back = matches.findById(underList.id()).orElseThrow();
        assertThat(back.verdict()).isEqualTo(Verdict.NEEDS_STEPS);
        assertThat(back.listVersions()).isEmpty();
        assertThat(steps.findByMatchIdOrderById(underList.id())).filteredOn(MatchStep::isVerdictChange).last()
                .satisfies(step -> {
                    assertThat(step.toVerdict()).isEqualTo(Verdict.NEEDS_STEPS);
                    assertThat(step.note()).contains("no longer under negative list T-FTZ@1");
                });
    }

    @Test
    void a_suggestion_with_a_changed_verdict_goes_with_its_history_when_matching_no_longer_makes_it() {
        lists.put(staff, "T-GONE", new dev.bridgehead.marketplace.negativelist.ListInput(null, "Test list", "测试清单", "SHANGHAI_FTZ_LINGANG",
                "a test", "2025-02-08", true, null,
                List.of(new dev.bridgehead.marketplace.negativelist.ListInput.ScenarioInput("G-PORT", "INTERNATIONAL_SHIPPING", "Port", "港口", null)),
                List.of(), null, null));
        Long listed = needs.create(seeker, new NeedInput("Crew data partner", null, List.of("INTERNATIONAL_SHIPPING"), List.of("PERSONAL"), "CN_TO_SG",
                150_000L, 0L, List.of(), null, false, List.of(), List.of(), null, "G-PORT", List.of())).id();
        Match suggested = matches.save(new Match(null, listed, match.listingId(), seeker.organizationId(), provider.organizationId(), 70,
                Verdict.NEEDS_STEPS, List.of(), List.of(), List.of(), MatchStatus.SUGGESTED, null, Instant.now(), null, null, null, null));
        reassessment.reassess(seeker.organizationId());
        assertThat(steps.findByMatchIdOrderById(suggested.id())).as("the verdict change is in its history").isNotEmpty();

        needs.close(seeker, listed);
        matching.refresh(listed);

        assertThat(matches.findById(suggested.id())).as("a closed need's suggestions go, history and all").isEmpty();
        assertThat(steps.findByMatchIdOrderById(suggested.id())).isEmpty();
        assertThat(matches.findById(match.id())).as("the introduced match of the other need stays").isPresent();
    }

    private ComplianceProfile declareContract(Actor member, String expiresOn) {
        return compliance.updateProfile(member, member.organizationId(), new ComplianceProfileInput(List.of(new MechanismInput("CN_STANDARD_CONTRACT",
                "customer data", "2026-02-01", null, "SCC-" + member.organizationId(), "Shanghai CAC", expiresOn, null)), List.of(),
                List.of("GENERAL", "PERSONAL"), false, compliance.profile(member, member.organizationId()).version()));
    }

    private void verifyContract(Actor member) {
        compliance.decideEvidence(staff, member.organizationId(), "mechanisms", "CN_STANDARD_CONTRACT",
                new EvidenceDecision("VERIFIED", "filing checked", compliance.profile(member, member.organizationId()).version()));
    }
}
