package dev.bridgehead.search.matching;

import dev.bridgehead.marketplace.curation.CurationService;
import dev.bridgehead.marketplace.outbox.MatchRefresh;
import dev.bridgehead.marketplace.outbox.MatchRefreshRepository;
import dev.bridgehead.search.testing.IndexingSupport;
import dev.bridgehead.marketplace.curation.IntroductionRequest;
import dev.bridgehead.marketplace.matching.MatchStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.listing.ListingService;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchDetails;
import dev.bridgehead.marketplace.matching.MatchingService;
import dev.bridgehead.marketplace.matching.NeedMatches;
import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.need.NeedInput;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput.CertificationInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput.MechanismInput;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.search.testing.MatchingSupport;
import dev.bridgehead.search.testing.SearchIndexCleaner;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Matching on the real stack: candidates from Elasticsearch, hard requirements and verdicts from MySQL data. */
@MicronautTest(transactional = false, startApplication = false)
class MatchingIT {

    @Inject
    NeedService needs;

    @Inject
    MatchingService matching;

    @Inject
    CurationService curation;

    @Inject
    MatchRefresher refresher;

    @Inject
    MatchRefreshRepository refreshes;

    @Inject
    IndexingSupport indexing;

    @Inject
    ListingService listings;

    @Inject
    OrganizationService organizations;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    MatchingSupport support;

    @Inject
    DatabaseCleaner database;

    @Inject
    SearchIndexCleaner indices;

    private Actor lingang;
    private Actor singapore;

    @BeforeEach
    void marketplace() {
        database.clean();
        indices.clean();
        lingang = fixture.verifiedMember("CN");
        singapore = fixture.verifiedMember("SG");
    }

    @Test
    void aChineseNeedFindsAnEnglishListingAcrossTheBorderWhenSectorsAndTagsAgree() {
        Listing vehicles = fixture.published(singapore, listing("Connected vehicle telemetry analytics", null,
                "INTELLIGENT_CONNECTED_VEHICLES", List.of("telematics", "adas"), "CN_TO_SG", "GENERAL"));
        fixture.published(singapore, listing("Marine fuel price feed", null, "INTERNATIONAL_SHIPPING", List.of("bunker"), "CN_TO_SG", "GENERAL"));
        fixture.published(fixture.verifiedMember("CN"), listing("车联网数据分析", "车联网数据分析", "INTELLIGENT_CONNECTED_VEHICLES",
                List.of("telematics"), "CN_TO_SG", "GENERAL"));

        Need need = needs.create(lingang, need("寻找新加坡车联网数据分析伙伴", "INTELLIGENT_CONNECTED_VEHICLES", List.of("telematics"), "CN_TO_SG",
                List.of("GENERAL"), 0, List.of()));
        support.awaitMatched();

        NeedMatches found = matching.matchesOf(lingang, need.id());
        assertThat(found.items()).extracting(Match::listingId).containsExactly(vehicles.id());
        Match match = found.items().get(0);
        assertThat(match.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(match.reasons()).extracting(MatchDetails.Reason::kind).contains("SECTORS", "TAGS");
        assertThat(match.listingOrganizationId()).isEqualTo(singapore.organizationId());
    }

    @Test
    void aSuggestionWhoseVerdictChangesWhenItsNeedIsMatchedAgainHasTheChangeInItsHistoryAndBothInboxes() {
        profile(singapore, List.of(), List.of(), List.of("GENERAL", "PERSONAL"));
        fixture.published(singapore, listing("Connected vehicle telemetry analytics", null, "INTELLIGENT_CONNECTED_VEHICLES",
                List.of("telematics"), "CN_TO_SG", "PERSONAL"));
        Need need = needs.create(lingang, need("寻找新加坡车联网数据分析伙伴", "INTELLIGENT_CONNECTED_VEHICLES", List.of("telematics"), "CN_TO_SG",
                List.of("PERSONAL"), 500, List.of()));
        support.awaitMatched();
        Match clear = matching.matchesOf(lingang, need.id()).items().get(0);
        assertThat(clear.verdict()).isEqualTo(Verdict.CLEAR);

        Need current = needs.get(lingang, need.id());
        needs.update(lingang, need.id(), new NeedInput(current.title(), null, List.of("INTELLIGENT_CONNECTED_VEHICLES"), List.of("PERSONAL"), "CN_TO_SG",
                150_000L, 0L, List.of(), null, false, List.of("telematics"), List.of(), current.version()));
        support.awaitMatched();

        assertThat(matching.get(lingang, clear.id()).verdict()).isEqualTo(Verdict.NEEDS_STEPS);
        assertThat(curation.history(lingang, clear.id())).filteredOn(dev.bridgehead.marketplace.curation.MatchStep::isVerdictChange).singleElement()
                .satisfies(step -> {
                    assertThat(step.fromVerdict()).isEqualTo(Verdict.CLEAR);
                    assertThat(step.toVerdict()).isEqualTo(Verdict.NEEDS_STEPS);
                });
        for (Actor party : List.of(lingang, singapore)) {
            assertThat(curation.inbox(party, 0, 10).getContent()).extracting(dev.bridgehead.marketplace.curation.Notification::kind)
                    .contains(dev.bridgehead.marketplace.curation.Notification.VERDICT_CHANGED);
        }
    }

    @Test
    void anEnglishNeedFindsAChineseListingByItsWords() {
        Listing clinical = fixture.published(lingang, listing("Clinical trial data", "临床试验数据共享", "BIOMEDICINE", List.of("临床"), "CN_TO_SG",
                "GENERAL"));
        fixture.published(lingang, listing("Port logistics", "港口物流数据", "INTERNATIONAL_SHIPPING", List.of("港口"), "CN_TO_SG", "GENERAL"));

        Need need = needs.create(singapore, need("Looking for clinical trial data from Lingang", "COMPLIANCE_SERVICES", List.of(), "CN_TO_SG",
                List.of("GENERAL"), 0, List.of()));
        support.awaitMatched();

        NeedMatches found = matching.matchesOf(singapore, need.id());
        assertThat(found.items()).extracting(Match::listingId).containsExactly(clinical.id());
        assertThat(found.items().get(0).reasons()).filteredOn(r -> r.kind().equals("TERMS")).singleElement()
                .satisfies(r -> assertThat(r.values()).contains("clinical", "trial"));
    }

    @Test
    void aChineseNeedFindsAnEnglishOnlyListingByItsWordsInTranslationAndSaysSo() {
        Listing delays = fixture.published(singapore, listing("Flight delay prediction for airlines", null, "COMPLIANCE_SERVICES", List.of(),
                "CN_TO_SG", "GENERAL"));
        fixture.published(singapore, listing("Marine fuel price feed", null, "COMPLIANCE_SERVICES", List.of(), "CN_TO_SG", "GENERAL"));

        Need need = needs.create(lingang, need("航班延误预测", "FINANCE", List.of(), "CN_TO_SG", List.of("GENERAL"), 0, List.of()));
        support.awaitMatched();

        NeedMatches found = matching.matchesOf(lingang, need.id());
        assertThat(found.items()).extracting(Match::listingId).containsExactly(delays.id());
        assertThat(found.items().get(0).reasons()).filteredOn(r -> r.kind().equals("TERMS")).singleElement()
                .satisfies(r -> assertThat(r.values()).contains("航班延误 ↔ flight delay"));
    }

    @Test
    void aRequiredCertificationIsAHardFilterAndItsAbsenceANearMiss() {
        Actor certified = fixture.verifiedMember("SG");
        profile(certified, List.of(), List.of(new CertificationInput("ISO_27701", LocalDate.now().plusYears(1).toString(), "C-1")));
        Actor expired = fixture.verifiedMember("SG");
        profile(expired, List.of(), List.of(new CertificationInput("ISO_27701", LocalDate.now().minusDays(1).toString(), "C-2")));
        Listing good = fixture.published(certified, listing("Privacy analytics service", null, "FINANCE", List.of("privacy"), "CN_TO_SG", "GENERAL"));
        Listing lapsed = fixture.published(expired, listing("Privacy analytics platform", null, "FINANCE", List.of("privacy"), "CN_TO_SG", "GENERAL"));
        Listing none = fixture.published(singapore, listing("Privacy analytics tools", null, "FINANCE", List.of("privacy"), "CN_TO_SG", "GENERAL"));

        Need need = needs.create(lingang, need("Privacy analytics partner", "FINANCE", List.of("privacy"), "CN_TO_SG", List.of("GENERAL"), 0,
                List.of("ISO_27701")));
        support.awaitMatched();

        NeedMatches found = matching.matchesOf(lingang, need.id());
        assertThat(found.items()).extracting(Match::listingId).containsExactly(good.id());
        assertThat(found.nearMisses()).extracting(MatchDetails.NearMiss::listingId).containsExactlyInAnyOrder(lapsed.id(), none.id());
        assertThat(found.nearMisses()).allSatisfy(miss -> assertThat(miss.missing()).containsExactly(new MatchDetails.Missing("CERTIFICATION", "ISO_27701")));
    }

    @Test
    void aPartnerThatWouldReceiveDataItDoesNotAcceptIsANearMissButOneThatOnlySendsIsNot() {
        Actor accepting = fixture.verifiedMember("SG");
        profile(accepting, List.of(), List.of(), List.of("GENERAL", "PERSONAL"));
        ListingInput analytics = listing("Loyalty analytics", null, "DIGITAL_TRADE", List.of("loyalty"), "CN_TO_SG", "PERSONAL");
        Listing accepted = fixture.published(accepting, analytics);
        Listing refused = fixture.published(singapore, analytics);
        Listing feed = fixture.published(singapore, listing("Loyalty feed", null, "DIGITAL_TRADE", List.of("loyalty"), "SG_TO_CN", "PERSONAL"));

        Need exporting = needs.create(lingang, need("Loyalty analytics", "DIGITAL_TRADE", List.of("loyalty"), "CN_TO_SG", List.of("PERSONAL"),
                5_000, List.of()));
        Need importing = needs.create(lingang, need("Loyalty feed", "DIGITAL_TRADE", List.of("loyalty"), "SG_TO_CN", List.of("PERSONAL"),
                5_000, List.of()));
        support.awaitMatched();

        NeedMatches sending = matching.matchesOf(lingang, exporting.id());
        assertThat(sending.items()).extracting(Match::listingId).containsExactly(accepted.id());
        assertThat(sending.nearMisses()).singleElement().satisfies(miss -> {
            assertThat(miss.listingId()).isEqualTo(refused.id());
            assertThat(miss.missing()).containsExactly(new MatchDetails.Missing("CATEGORY", "PERSONAL"));
        });
        assertThat(matching.matchesOf(lingang, importing.id()).items()).extracting(Match::listingId).containsExactly(feed.id());
    }

    @Test
    void aBlockedPairIsNeverSuggestedAndAClearPathRanksFirst() {
        Actor withClauses = fixture.verifiedMember("SG");
        profile(withClauses, List.of(new MechanismInput("ASEAN_MCC", "all", "2025-01-01", "MCC-1")), List.of(),
                List.of("GENERAL", "PERSONAL", "CORE"));
        profile(singapore, List.of(), List.of(), List.of("GENERAL", "PERSONAL"));
        profile(lingang, List.of(new MechanismInput("ASEAN_MCC", "all", "2025-01-01", "MCC-2")), List.of(), List.of("GENERAL", "PERSONAL"));
        ListingInput same = listing("Customer loyalty data", null, "DIGITAL_TRADE", List.of("loyalty"), "SG_TO_CN", "PERSONAL");
        Listing stepsNeeded = fixture.published(singapore, same);
        Listing clear = fixture.published(withClauses, same);

        Need importing = needs.create(lingang, need("Customer loyalty data", "DIGITAL_TRADE", List.of("loyalty"), "SG_TO_CN",
                List.of("PERSONAL"), 5_000, List.of()));
        support.awaitMatched();

        NeedMatches found = matching.matchesOf(lingang, importing.id());
        assertThat(found.items()).extracting(Match::listingId).containsExactly(clear.id(), stepsNeeded.id());
        assertThat(found.items()).extracting(Match::verdict).containsExactly(Verdict.CLEAR, Verdict.NEEDS_STEPS);
        assertThat(found.items().get(1).steps()).extracting(MatchDetails.Step::mechanism).containsExactly(
                dev.bridgehead.marketplace.compliance.Mechanism.ASEAN_MCC);

        fixture.published(withClauses, listing("Loyalty analytics", null, "DIGITAL_TRADE", List.of("loyalty"), "CN_TO_SG", "GENERAL"));
        Need core = needs.create(lingang, need("Core data export", "DIGITAL_TRADE", List.of("loyalty"), "CN_TO_SG", List.of("CORE"), 0,
                List.of()));
        support.awaitMatched();
        NeedMatches blocked = matching.matchesOf(lingang, core.id());
        assertThat(blocked.items()).isEmpty();
        assertThat(blocked.run().blocked()).isPositive();
    }

    @Test
    void matchesFollowListingsAndNeedsThroughTheOutboxAndTheSameDataGivesTheSameResult() {
        Need need = needs.create(lingang, need("Shipping emissions data", "INTERNATIONAL_SHIPPING", List.of("emissions"), "CN_TO_SG",
                List.of("GENERAL"), 0, List.of()));
        support.awaitMatched();
        assertThat(matching.matchesOf(lingang, need.id()).items()).isEmpty();

        Listing later = fixture.published(singapore, listing("Vessel emissions monitoring", null, "INTERNATIONAL_SHIPPING", List.of("emissions"),
                "CN_TO_SG", "GENERAL"));
        support.awaitMatched();
        NeedMatches first = matching.matchesOf(lingang, need.id());
        assertThat(first.items()).extracting(Match::listingId).containsExactly(later.id());

        NeedMatches again = matching.rematch(lingang, need.id());
        assertThat(again.items()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("computedAt", "updatedAt", "version")
                .isEqualTo(first.items());

        listings.unpublish(singapore, later.id());
        support.awaitMatched();
        assertThat(matching.matchesOf(lingang, need.id()).items()).isEmpty();

        needs.close(lingang, need.id());
        support.awaitMatched();
        assertThat(matching.matchesOf(lingang, need.id()).run()).isNull();
    }

    @Test
    void aSuggestionAnOrganisationAskedToBeIntroducedToStaysWhenTheDataNoLongerSuggestsIt() {
        Listing vessels = fixture.published(singapore, listing("Vessel emissions monitoring", null, "INTERNATIONAL_SHIPPING", List.of("emissions"),
                "CN_TO_SG", "GENERAL"));
        Need need = needs.create(lingang, need("Shipping emissions data", "INTERNATIONAL_SHIPPING", List.of("emissions"), "CN_TO_SG",
                List.of("GENERAL"), 0, List.of()));
        support.awaitMatched();
        Match suggested = matching.matchesOf(lingang, need.id()).items().get(0);
        curation.requestIntroduction(lingang, suggested.id(), "Please introduce us");

        // The listing leaves the marketplace: matching again would drop the suggestion, but someone asked for it.
        listings.unpublish(singapore, vessels.id());
        support.awaitMatched();

        Actor staff = fixture.staff();
        assertThat(matching.get(staff, suggested.id()).status()).isEqualTo(MatchStatus.SUGGESTED);
        assertThat(curation.introductionRequests(staff, List.of(suggested.id())).get(suggested.id()))
                .extracting(IntroductionRequest::note).containsExactly("Please introduce us");

        needs.close(lingang, need.id());
        support.awaitMatched();
        assertThat(matching.get(staff, suggested.id()).status()).isEqualTo(MatchStatus.SUGGESTED);
    }

    @Test
    void aChangeThatCannotBeMatchedDoesNotHoldBackTheOthersInItsBatch() {
        support.awaitMatched();
        Instant now = Instant.now();
        MatchRefresh broken = refreshes.save(new MatchRefresh(null, "no-such-aggregate", 1L, null, now, now, 0, null));
        Listing vessels = fixture.published(singapore, listing("Vessel emissions monitoring", null, "INTERNATIONAL_SHIPPING", List.of("emissions"),
                "CN_TO_SG", "GENERAL"));
        Need need = needs.create(lingang, need("Shipping emissions data", "INTERNATIONAL_SHIPPING", List.of("emissions"), "CN_TO_SG",
                List.of("GENERAL"), 0, List.of()));
        indexing.awaitIndexed();

        for (int i = 0; i < 10 && refreshes.count() > 1; i++) {
            refresher.drain();
        }

        assertThat(matching.matchesOf(lingang, need.id()).items()).extracting(Match::listingId).containsExactly(vessels.id());
        MatchRefresh postponed = refreshes.findById(broken.id()).orElseThrow();
        assertThat(postponed.attempts()).isPositive();
        assertThat(postponed.lastError()).contains("no-such-aggregate");
        refreshes.deleteById(broken.id());
    }

    @Test
    void badNeedsAreRefusedWithTheirFieldsAndForeignNeedsAreNotFound() {
        assertThatThrownBy(() -> needs.create(lingang, new NeedInput("", null, List.of("SPACE"), List.of("GENERAL", "SECRET"), "CN_TO_MARS", -1L,
                5L, List.of("ISO_9001"), "BECAUSE", false, List.of(), List.of("x"), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(error -> error.field())
                        .contains("title", "sectors[0]", "dataCategories[1]", "direction", "personalInfoSubjects", "sensitiveSubjects",
                                "requiredCertifications[0]", "exemptionGround", "scenarioIds[0]"));
        Need mine = needs.create(lingang, need("Mine", "FINANCE", List.of(), "CN_TO_SG", List.of("GENERAL"), 0, List.of()));

        assertThatThrownBy(() -> needs.get(singapore, mine.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> matching.matchesOf(singapore, mine.id())).isInstanceOf(NotFound.class);
        assertThat(needs.get(fixture.staff(), mine.id()).title()).isEqualTo("Mine");
    }

    private void profile(Actor member, List<MechanismInput> mechanisms, List<CertificationInput> certifications) {
        profile(member, mechanisms, certifications, List.of("GENERAL"));
    }

    private void profile(Actor member, List<MechanismInput> mechanisms, List<CertificationInput> certifications, List<String> accepts) {
        fixture.checkedProfile(member, mechanisms, certifications, accepts);
    }

    static ListingInput listing(String title, String titleZh, String sector, List<String> tags, String direction, String category) {
        return new ListingInput("DATA_SERVICE", title, titleZh, null, title + ".", null, List.of(sector), List.of(category), List.of(direction),
                List.of("API"), tags, List.of(), "NEGOTIABLE", null);
    }

    static NeedInput need(String title, String sector, List<String> tags, String direction, List<String> categories, long personal,
                          List<String> certifications) {
        return new NeedInput(title, null, List.of(sector), categories, direction, personal, 0L, certifications, null, false, tags, List.of(), null);
    }
}
