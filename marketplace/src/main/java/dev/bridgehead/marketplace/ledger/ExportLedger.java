package dev.bridgehead.marketplace.ledger;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.compliance.SentThisYear;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.organization.Jurisdiction;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.marketplace.outbox.Outbox;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each Chinese exporter's ledger for the calendar year in China time: what it sent abroad, from
 * agreed deals that declared their volumes and from transfers it or staff recorded. The counts are
 * an upper bound (the same person in two entries counts twice). A new entry sends the exporter's
 * open matches to be assessed again.
 */
@Singleton
public class ExportLedger {

    /** The ledger's year turns at midnight in China (UTC+8). */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final long MAX_SUBJECTS = 10_000_000_000L;
    /** ISO 3166-1 alpha-2 codes. */
    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(java.util.Locale.getISOCountries());

    private final LedgerEntryRepository entries;
    private final OrganizationService organizations;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    ExportLedger(LedgerEntryRepository entries, OrganizationService organizations, AuditLog audit, Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.entries = entries;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    /** A year of one exporter's ledger: its totals and its entries, oldest first. */
    @Serdeable
    public record Year(int year, long personal, long sensitive, List<LedgerEntry> entries) {
    }

    /** One exporter's totals for a year. */
    @Serdeable
    public record Totals(Long organizationId, long personal, long sensitive) {
    }

    /** What an exporter records: a transfer made outside Bridgehead (or one staff know of). */
    @Serdeable
    public record Recorded(@Nullable String date, @Nullable Long personalInfoSubjects, @Nullable Long sensitiveSubjects,
                           @Nullable String recipientCountry, @Nullable String note) {
    }

    /** Today in China, where the ledger's year turns. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** The exporter's ledger for the year (this year in China when none is given), for its members and staff. */
    public Year of(Actor actor, Long organizationId, @Nullable Integer year) {
        organizations.get(actor, organizationId);
        int chosen = checkedYear(year);
        List<LedgerEntry> found = entries.findByOrganizationIdAndYear(organizationId, chosen,
                io.micronaut.data.model.Sort.of(io.micronaut.data.model.Sort.Order.asc("day"), io.micronaut.data.model.Sort.Order.asc("id")));
        return new Year(chosen, found.stream().mapToLong(LedgerEntry::personalSubjects).sum(),
                found.stream().mapToLong(LedgerEntry::sensitiveSubjects).sum(), found);
    }

    /** Records a transfer the exporter made elsewhere; the exporter's members and staff may. */
    @Transactional
    public LedgerEntry record(Actor actor, Long organizationId, Recorded input) {
        Organization exporter = organizations.get(actor, organizationId);
        InputCheck check = new InputCheck();
        check.that(exporter.jurisdiction() == Jurisdiction.CN, "organizationId", "not-an-exporter",
                "only a Chinese organisation keeps an export ledger: the volume rules are China's");
        check.required("date", input.date()).required("recipientCountry", input.recipientCountry())
                .range("personalInfoSubjects", input.personalInfoSubjects(), 0, MAX_SUBJECTS)
                .range("sensitiveSubjects", input.sensitiveSubjects(), 0, MAX_SUBJECTS).maxLength("note", input.note(), 500);
        long personal = input.personalInfoSubjects() == null ? 0 : input.personalInfoSubjects();
        long sensitive = input.sensitiveSubjects() == null ? 0 : input.sensitiveSubjects();
        check.that(personal > 0 || sensitive > 0 || personal < 0 || sensitive < 0, "personalInfoSubjects", "required",
                "give the individuals whose information was sent");
        String country = input.recipientCountry() == null ? null : input.recipientCountry().strip().toUpperCase(java.util.Locale.ROOT);
        check.that(country == null || country.isEmpty() || (COUNTRIES.contains(country) && !"CN".equals(country)), "recipientCountry",
                "invalid-country", "must be the two-letter code of a country outside mainland China, such as SG");
        LocalDate day = date(check, input.date());
        check.throwIfInvalid();
        LedgerEntry saved = entries.save(new LedgerEntry(null, organizationId, day.getYear(), day, personal, sensitive, country, LedgerEntry.RECORDED,
                null, InputCheck.clean(input.note()), actor.userId(), clock.instant()));
        audit.record(actor, "ledger.recorded", "organization", organizationId,
                day + ": " + personal + " individuals, " + sensitive + " sensitive, to " + country);
        // The year's total moved: the exporter's open matches may need another mechanism now.
        outbox.checkedFactsChanged(organizationId);
        return saved;
    }

    /** An agreed deal's volumes enter the exporter's ledger, in the caller's transaction. */
    public void recordDeal(Actor actor, Long exporterId, Long matchId, long personal, long sensitive, String recipientCountry) {
        LocalDate day = today();
        entries.save(new LedgerEntry(null, exporterId, day.getYear(), day, personal, sensitive, recipientCountry, LedgerEntry.DEAL, matchId, null,
                actor.userId(), clock.instant()));
        outbox.checkedFactsChanged(exporterId);
    }

    /** What each exporter sent abroad in the year of {@code day} (China time); nothing for one without entries. */
    public Map<Long, SentThisYear> sentBefore(Collection<Long> organizationIds, LocalDate day) {
        Map<Long, SentThisYear> sent = new HashMap<>();
        if (!organizationIds.isEmpty()) {
            entries.totals(organizationIds, day.getYear()).forEach(t -> sent.put(t.organizationId(), new SentThisYear(t.personal(), t.sensitive())));
        }
        return sent;
    }

    public SentThisYear sentBefore(Long organizationId, LocalDate day) {
        return sentBefore(List.of(organizationId), day).getOrDefault(organizationId, SentThisYear.NOTHING);
    }

    /** Exporters whose year is near a threshold of the volume rules (80% of 100,000 individuals, or of 10,000 sensitive), for staff. */
    public List<Totals> nearThresholds(Actor actor, @Nullable Integer year) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowed("Only park staff see every exporter's ledger");
        }
        return entries.near(checkedYear(year), 80_000, 8_000);
    }

    private int checkedYear(@Nullable Integer year) {
        int chosen = year == null ? today().getYear() : year;
        InputCheck check = new InputCheck();
        check.that(chosen >= 2000 && chosen <= 2100, "year", "out-of-range", "must be between 2000 and 2100");
        check.throwIfInvalid();
        return chosen;
    }

    private LocalDate date(InputCheck check, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            check.that(!day.isAfter(today()), "date", "in-the-future", "must be a day that has come, in China time");
            check.that(day.getYear() >= 2000, "date", "out-of-range", "must be after 2000");
            return day;
        } catch (DateTimeParseException e) {
            check.add("date", "invalid-date", "must be a date as YYYY-MM-DD");
            return null;
        }
    }
}
