package dev.bridgehead.marketplace.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchRepository;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.marketplace.testing.SuggestionFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Matches from suggestion to deal, on the real database: who may move them, from where, and what is recorded. */
@MicronautTest(transactional = false, startApplication = false)
class CurationIT {

    @Inject
    CurationService curation;

    @Inject
    ParkKpis kpis;

    @Inject
    MatchRepository matches;

    @Inject
    AuditLog audit;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    SuggestionFixture suggestions;

    @Inject
    DatabaseCleaner database;

    @Inject
    DataSource dataSource;

    /** The plain pool behind the transaction-bound data source, for counting outside the services. */
    @Inject
    io.micronaut.jdbc.DataSourceResolver resolver;

    private Actor seeker;
    private Actor provider;
    private Actor staff;

    @BeforeEach
    void marketplace() {
        database.clean();
        seeker = fixture.verifiedMember("CN");
        provider = fixture.verifiedMember("SG");
        staff = fixture.staff();
    }

    @Test
    void staffTakeASuggestionToAnAgreedDealAndEveryStepIsRecordedAndDelivered() {
        Match match = suggestion();

        curation.approve(staff, match.id(), "Good fit");
        curation.introduce(staff, match.id(), "Introduced at the park's data forum");
        assertThat(curation.unread(seeker)).isEqualTo(1);
        assertThat(curation.unread(provider)).isEqualTo(1);

        curation.progress(seeker, match.id(), "IN_TALKS", null, "First call held");
        Match agreed = curation.progress(provider, match.id(), "AGREED", new BigDecimal("2500000.50"), "Signed");

        assertThat(agreed.status()).isEqualTo(MatchStatus.AGREED);
        assertThat(agreed.dealValueCny()).isEqualByComparingTo("2500000.50");
        assertThat(curation.history(staff, match.id())).extracting(MatchStep::toStatus)
                .containsExactly(MatchStatus.APPROVED, MatchStatus.INTRODUCED, MatchStatus.IN_TALKS, MatchStatus.AGREED);
        assertThat(audit.about("match", match.id())).hasSize(4);
        assertThat(curation.unread(seeker)).as("the provider's agreement reaches the seeker").isEqualTo(2);
        assertThat(curation.unread(provider)).as("the seeker's report reaches the provider").isEqualTo(2);
        curation.markRead(seeker);
        assertThat(curation.unread(seeker)).isZero();
        assertThat(curation.list(seeker, QueueFilter.ofStatus(null), 0, 10).getContent()).extracting(Match::id).containsExactly(match.id());
    }

    @Test
    void illegalMovesAreRefusedAndChangeNothing() {
        Match match = suggestion();
        curation.reject(staff, match.id(), "Not a fit");

        assertThatThrownBy(() -> curation.progress(seeker, match.id(), "AGREED", BigDecimal.TEN, null)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> curation.introduce(staff, match.id(), null)).isInstanceOf(Conflict.class);

        Match other = suggestion();
        curation.approve(staff, other.id(), null);
        curation.introduce(staff, other.id(), null);
        assertThatThrownBy(() -> curation.introduce(staff, other.id(), null)).isInstanceOf(Conflict.class);
        assertThat(matches.findById(match.id()).orElseThrow().status()).isEqualTo(MatchStatus.REJECTED);
        assertThat(curation.history(staff, other.id())).hasSize(2);
    }

    @Test
    void onlyStaffCurateAndAnotherOrganisationsMatchIsNotFound() {
        Match match = suggestion();
        Actor stranger = fixture.verifiedMember("SG");

        assertThatThrownBy(() -> curation.approve(seeker, match.id(), null)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> curation.progress(stranger, match.id(), "IN_TALKS", null, null)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> curation.history(stranger, match.id())).isInstanceOf(NotFound.class);
        assertThat(curation.list(stranger, QueueFilter.ofStatus(null), 0, 10).getContent()).isEmpty();
        assertThat(matches.findById(match.id()).orElseThrow().status()).isEqualTo(MatchStatus.SUGGESTED);
    }

    @Test
    void dealValuesAndNotesAreBounded() {
        Match match = suggestion();
        curation.approve(staff, match.id(), null);
        curation.introduce(staff, match.id(), null);

        for (String value : List.of("0", "-5", "10000000000000", "12.345")) {
            assertThatThrownBy(() -> curation.progress(seeker, match.id(), "AGREED", new BigDecimal(value), null))
                    .as(value).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(f -> f.field()).contains("dealValueCny"));
        }
        assertThatThrownBy(() -> curation.progress(seeker, match.id(), "AGREED", null, null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> curation.progress(seeker, match.id(), "IN_TALKS", null, "x".repeat(1001))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> curation.progress(seeker, match.id(), "APPROVED", null, null)).isInstanceOf(InvalidInput.class);
        assertThat(matches.findById(match.id()).orElseThrow().status()).isEqualTo(MatchStatus.INTRODUCED);
    }

    @Test
    void ofTwoConcurrentStaffDecisionsOneWinsAndTheOtherIsToldSo() throws Exception {
        Match match = suggestion();
        Actor colleague = fixture.staff();
        // Both deciders read the match first: each decision carries the version its author saw.
        Integer seen = matches.findById(match.id()).orElseThrow().version();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> decisions = new ArrayList<>();
            decisions.add(pool.submit(() -> {
                start.await();
                return curation.approve(staff, match.id(), "mine", seen);
            }));
            decisions.add(pool.submit(() -> {
                start.await();
                return curation.reject(colleague, match.id(), "no", seen);
            }));
            start.countDown();
            int won = 0;
            int conflicts = 0;
            for (Future<Object> decision : decisions) {
                try {
                    decision.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(Conflict.class);
                    conflicts++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(conflicts).isEqualTo(1);
            assertThat(curation.history(staff, match.id())).hasSize(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aDecisionOnAMatchThatChangedSinceItWasReadIsRefusedAndChangesNothing() {
        Match match = suggestion();
        Integer seen = matches.findById(match.id()).orElseThrow().version();
        curation.approve(staff, match.id(), "approved first", seen);

        assertThatThrownBy(() -> curation.reject(fixture.staff(), match.id(), "never saw the approval", seen)).isInstanceOf(Conflict.class);
        assertThat(matches.findById(match.id()).orElseThrow().status()).isEqualTo(MatchStatus.APPROVED);
        assertThat(curation.history(staff, match.id())).hasSize(1);
        Integer current = matches.findById(match.id()).orElseThrow().version();
        assertThat(curation.introduce(staff, match.id(), "with the approval in view", current).status()).isEqualTo(MatchStatus.INTRODUCED);
    }

    @Test
    void theParkFiguresAgreeWithCountsComputedInSql() throws Exception {
        Match agreed = suggestion();
        curation.approve(staff, agreed.id(), null);
        curation.introduce(staff, agreed.id(), null);
        curation.progress(seeker, agreed.id(), "AGREED", new BigDecimal("1234.56"), null);
        curation.reject(staff, suggestion().id(), "no");
        suggestion();
        fixture.published(provider, "A listing");

        ParkKpis.Figures figures = kpis.figures(staff);

        assertThat(figures.enterprises()).isEqualTo(sql("SELECT COUNT(*) FROM organization"));
        assertThat(figures.verifiedEnterprises()).isEqualTo(sql("SELECT COUNT(*) FROM organization WHERE verification = 'VERIFIED'"));
        assertThat(figures.publishedListings()).isEqualTo(sql("SELECT COUNT(*) FROM listing WHERE status = 'PUBLISHED'"));
        for (MatchStatus status : MatchStatus.values()) {
            assertThat(figures.matchesByStatus().get(status)).as(status.name())
                    .isEqualTo(sql("SELECT COUNT(*) FROM partner_match WHERE status = '" + status + "'"));
        }
        assertThat(figures.agreedDealValueCny()).isEqualByComparingTo("1234.56");
        assertThatThrownBy(() -> kpis.figures(seeker)).isInstanceOf(NotAllowed.class);
    }

    @Test
    void eitherOrganisationAsksForTheIntroductionOnceAndStaffFindTheRequestInTheirQueue() {
        Match asked = suggestion();
        Match quiet = suggestion();

        IntroductionRequest request = curation.requestIntroduction(seeker, asked.id(), "We would like to meet them");
        curation.requestIntroduction(provider, asked.id(), null);

        assertThat(request.organizationId()).isEqualTo(seeker.organizationId());
        assertThat(curation.introductionRequests(staff, List.of(asked.id(), quiet.id())).get(asked.id())).hasSize(2);
        assertThat(audit.about("match", asked.id())).extracting(e -> e.action()).containsOnly("match.introduction-requested");
        QueueFilter requestedOnly = QueueFilter.parse("SUGGESTED", null, null, null, null, null, null, null, "true", null);
        assertThat(curation.list(staff, requestedOnly, 0, 10).getContent()).extracting(Match::id).containsExactly(asked.id());
        assertThat(curation.list(staff, QueueFilter.suggestions(), 0, 10).getContent()).hasSize(2);

        assertThatThrownBy(() -> curation.requestIntroduction(seeker, asked.id(), null)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> curation.requestIntroduction(staff, quiet.id(), null)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> curation.requestIntroduction(fixture.verifiedMember("SG"), quiet.id(), null)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> curation.requestIntroduction(seeker, quiet.id(), "x".repeat(1001))).isInstanceOf(InvalidInput.class);
        curation.reject(staff, quiet.id(), "Not a fit");
        assertThatThrownBy(() -> curation.requestIntroduction(seeker, quiet.id(), null)).isInstanceOf(Conflict.class);
        assertThat(curation.introductionRequests(staff, List.of(quiet.id()))).isEmpty();
        assertThat(curation.introductionRequests(provider, List.of(asked.id())).get(asked.id())).as("the other side sees the request").hasSize(2);
        assertThat(curation.introductionRequests(fixture.verifiedMember("CN"), List.of(asked.id()))).as("a stranger sees nothing").isEmpty();
    }

    private long sql(String query) throws Exception {
        DataSource plain = resolver.resolve(dataSource);
        try (Connection c = plain.getConnection(); ResultSet r = c.createStatement().executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A suggestion between the seeker's need and the provider's listing, stored as matching would store it. */
    private Match suggestion() {
        return suggestions.suggestion(seeker, provider, "Vessel data", List.of("INTERNATIONAL_SHIPPING"), "SG_TO_CN", Verdict.CLEAR, 90);
    }
}
