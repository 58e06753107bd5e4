package dev.bridgehead.marketplace.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.curation.CurationService;
import dev.bridgehead.marketplace.failure.FieldError;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.matching.ComplianceCheck;
import dev.bridgehead.marketplace.matching.ComplianceCheckInput;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchRepository;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.marketplace.testing.SuggestionFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The year's export ledger: recorded transfers and agreed deals add up, and the volume rules count the year. */
@MicronautTest(transactional = false, startApplication = false)
class ExportLedgerIT {

    @Inject
    ExportLedger ledger;

    @Inject
    ComplianceCheck check;

    @Inject
    CurationService curation;

    @Inject
    MatchRepository matches;

    @Inject
    SuggestionFixture suggestions;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    Actor lingang;
    Actor singapore;

    @BeforeEach
    void exporterAndImporter() {
        database.clean();
        lingang = fixture.verifiedMember("CN");
        singapore = fixture.verifiedMember("SG");
    }

    @Test
    void recorded_transfers_add_up_by_year_in_china_time() {
        int year = ledger.today().getYear();
        ledger.record(lingang, lingang.organizationId(), new ExportLedger.Recorded(year + "-01-15", 600_000L, 0L, "sg", "payroll system"));
        ledger.record(lingang, lingang.organizationId(), new ExportLedger.Recorded(year + "-02-01", 300_000L, 2_000L, "SG", null));
        ledger.record(lingang, lingang.organizationId(), new ExportLedger.Recorded((year - 1) + "-12-31", 500_000L, 0L, "SG", "last year"));

        ExportLedger.Year thisYear = ledger.of(lingang, lingang.organizationId(), null);
        assertThat(thisYear.year()).isEqualTo(year);
        assertThat(thisYear.personal()).isEqualTo(900_000);
        assertThat(thisYear.sensitive()).isEqualTo(2_000);
        assertThat(thisYear.entries()).extracting(LedgerEntry::recipientCountry).containsOnly("SG");
        assertThat(ledger.of(lingang, lingang.organizationId(), year - 1).personal()).isEqualTo(500_000);
        assertThatThrownBy(() -> ledger.of(singapore, lingang.organizationId(), null)).isInstanceOf(NotFound.class);
    }

    @Test
    void bad_entries_are_refused_with_their_fields_and_nothing_is_recorded() {
        int year = ledger.today().getYear();

        assertThatThrownBy(() -> ledger.record(lingang, lingang.organizationId(), new ExportLedger.Recorded((year + 1) + "-01-01", -5L, 0L, "CN", null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("date", "personalInfoSubjects", "recipientCountry"));
        assertThatThrownBy(() -> ledger.record(singapore, singapore.organizationId(), new ExportLedger.Recorded(year + "-01-01", 10L, 0L, "CN", null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::code).contains("not-an-exporter"));
        assertThat(ledger.of(lingang, lingang.organizationId(), null).entries()).isEmpty();
    }

    @Test
    void the_check_counts_the_exporters_own_year_and_no_one_elses() {
        int year = ledger.today().getYear();
        ledger.record(lingang, lingang.organizationId(), new ExportLedger.Recorded(year + "-01-15", 900_000L, 0L, "SG", null));
        ComplianceCheckInput flow = new ComplianceCheckInput(lingang.organizationId().toString(), singapore.organizationId().toString(), "CN_TO_SG",
                List.of("PERSONAL"), 150_000L, 0L, null, false, false);

        ComplianceCheck.Result own = check.check(lingang, flow);
        ComplianceCheck.Result someoneElse = check.check(singapore, flow);

        assertThat(own.assessment().rules()).extracting(applied -> applied.rule().id()).contains("CN-7");
        assertThat(own.assessment().ledger().after()).isEqualTo(1_050_000);
        assertThat(someoneElse.assessment().rules()).extracting(applied -> applied.rule().id()).contains("CN-8");
        assertThat(someoneElse.assessment().ledger().before()).as("another firm's ledger is not shown").isZero();
    }

    @Test
    void an_agreed_deal_out_of_china_enters_the_chinese_partys_ledger_and_a_deal_into_china_cannot() {
        Match out = suggestions.suggestion(lingang, singapore, "Payroll analytics", List.of("FINANCE"), "CN_TO_SG", Verdict.CLEAR, 80);
        Match in = suggestions.suggestion(lingang, singapore, "Port data", List.of("FINANCE"), "SG_TO_CN", Verdict.CLEAR, 70);
        Actor staff = fixture.staff();
        for (Match match : List.of(out, in)) {
            curation.approve(staff, match.id(), null);
            curation.introduce(staff, match.id(), null);
        }

        curation.progress(lingang, out.id(), "AGREED", new BigDecimal("1200000"), null, 120_000L, 0L);
        assertThatThrownBy(() -> curation.progress(lingang, in.id(), "AGREED", new BigDecimal("500000"), null, 10L, 0L))
                .isInstanceOf(InvalidInput.class);

        assertThat(ledger.of(lingang, lingang.organizationId(), null).entries()).singleElement().satisfies(entry -> {
            assertThat(entry.source()).isEqualTo(LedgerEntry.DEAL);
            assertThat(entry.matchId()).isEqualTo(out.id());
            assertThat(entry.personalSubjects()).isEqualTo(120_000);
            assertThat(entry.recipientCountry()).isEqualTo("SG");
        });
        assertThat(matches.findById(in.id()).orElseThrow().status()).as("the refused report changed nothing").isEqualTo(MatchStatus.INTRODUCED);
    }
}
