package dev.bridgehead.marketplace.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.matching.ComplianceCheck;
import dev.bridgehead.marketplace.matching.ComplianceCheckInput;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.marketplace.testing.MovableClock;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger's year turns at midnight in China (UTC+8), not in UTC: at 23:30 on 31 December in
 * Shanghai the year's transfers still count, half an hour later a new year starts from nothing,
 * though it is still 31 December in UTC.
 */
@MicronautTest(transactional = false, startApplication = false)
@Property(name = "bridgehead.test.movable-clock", value = "true")
class LedgerYearTurnIT {

    @Inject
    ExportLedger ledger;

    @Inject
    ComplianceCheck check;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    /** The only thing replaced: the database and everything else are real. */
    @Inject
    MovableClock clock;

    @BeforeEach
    void clean() {
        clock.set(null);
        database.clean();
    }

    @Test
    void the_year_turns_at_midnight_china_time() {
        Actor lingang = fixture.verifiedMember("CN");
        Actor singapore = fixture.verifiedMember("SG");
        clock.set(Instant.parse("2026-12-31T15:30:00Z"));
        ledger.record(lingang, lingang.organizationId(), new ExportLedger.Recorded("2026-12-31", 950_000L, 0L, "SG", "year-end payroll"));
        ComplianceCheckInput flow = new ComplianceCheckInput(lingang.organizationId().toString(), singapore.organizationId().toString(), "CN_TO_SG",
                List.of("PERSONAL"), 100_000L, 0L, null, false, false);

        ComplianceCheck.Result lastHalfHour = check.check(lingang, flow);
        clock.set(Instant.parse("2026-12-31T16:30:00Z"));
        ComplianceCheck.Result newYear = check.check(lingang, flow);

        assertThat(ledger.today()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(lastHalfHour.assessment().ledger().after()).isEqualTo(1_050_000);
        assertThat(lastHalfHour.assessment().rules()).anySatisfy(rule -> assertThat(rule.rule().id()).isEqualTo("CN-7"));
        assertThat(newYear.assessment().ledger().before()).isZero();
        assertThat(newYear.assessment().verdict()).isEqualTo(Verdict.NEEDS_STEPS);
        assertThat(newYear.assessment().rules()).anySatisfy(rule -> assertThat(rule.rule().id()).isEqualTo("CN-8"))
                .noneSatisfy(rule -> assertThat(rule.rule().id()).isEqualTo("CN-7"));
        assertThat(ledger.of(lingang, lingang.organizationId(), 2026).personal()).isEqualTo(950_000);
    }
}
