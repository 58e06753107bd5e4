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
/**
 * @param nextThreshold          the rule book's next threshold above the year's individuals, null past the last
 * @param nextSensitiveThreshold the same for sensitive personal information
 */
public record LedgerPage(PageContext context, ExportLedger.Year year, @Nullable Long nextThreshold, @Nullable Long nextSensitiveThreshold,
                         LedgerForm form, FormErrors errors) {

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
