package dev.bridgehead.web.ledger;

import dev.bridgehead.marketplace.ledger.ExportLedger;
import dev.bridgehead.marketplace.ledger.LedgerEntry;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.staff.Charts;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;

/**
 * An exporter's ledger for a year: its totals against the thresholds of the volume rules, the
 * months as a chart, its entries and the form to record a transfer made elsewhere.
 */
public record LedgerPage(PageContext context, ExportLedger.Year year, LedgerForm form, FormErrors errors) {

    /** The thresholds of rules 7 and 8 (CAC Provisions of 22 March 2024, art. 7-8) the page measures against. */
    static final long[] PERSONAL_THRESHOLDS = {100_000, 1_000_000};
    static final long[] SENSITIVE_THRESHOLDS = {1, 10_000};

    /** The next threshold above the year's count of individuals, or null past the last. */
    public @Nullable Long nextThreshold() {
        return next(PERSONAL_THRESHOLDS, year.personal());
    }

    public @Nullable Long nextSensitiveThreshold() {
        return next(SENSITIVE_THRESHOLDS, year.sensitive());
    }

    private static Long next(long[] thresholds, long count) {
        for (long threshold : thresholds) {
            if (threshold > count) {
                return threshold;
            }
        }
        return null;
    }

    /** Individuals per month of the year, personal and sensitive. */
    public Charts.Columns chart() {
        List<Double> personal = new ArrayList<>();
        List<Double> sensitive = new ArrayList<>();
        List<String> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            int m = month;
            months.add(String.valueOf(month));
            personal.add((double) year.entries().stream().filter(e -> e.day().getMonthValue() == m).mapToLong(LedgerEntry::personalSubjects).sum());
            sensitive.add((double) year.entries().stream().filter(e -> e.day().getMonthValue() == m).mapToLong(LedgerEntry::sensitiveSubjects).sum());
        }
        return Charts.columns(context.t("ledger.chart", year.year()), months, List.of(
                new Charts.Series(context.t("ledger.personal"), "series-1", personal),
                new Charts.Series(context.t("ledger.sensitive"), "series-2", sensitive)), context.language().locale());
    }
}
