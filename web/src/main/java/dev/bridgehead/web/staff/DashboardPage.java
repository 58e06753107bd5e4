package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.curation.ParkKpis;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.web.page.PageContext;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** The park dashboard: the targets with progress, the months' trends, and the breakdowns, each as a chart with its table. */
public record DashboardPage(PageContext context, ParkKpis.Dashboard dashboard, int months) {

    public ParkKpis.Figures figures() {
        return dashboard.figures();
    }

    private Locale locale() {
        return context.language().locale();
    }

    public List<Charts.Progress> targets() {
        ParkKpis.Figures f = figures();
        return List.of(
                Charts.progress(context.t("dashboard.target.enterprises"), context.t("dashboard.ofTarget", f.verifiedEnterprises(), f.enterpriseTarget()),
                        f.verifiedEnterprises(), f.enterpriseTarget()),
                Charts.progress(context.t("dashboard.target.scenarios"), context.t("dashboard.ofTarget", f.scenarios(), f.scenarioTarget()),
                        f.scenarios(), f.scenarioTarget()),
                Charts.progress(context.t("dashboard.target.value"), context.t("dashboard.valueOfTarget", yuan(f.agreedDealValueCny()),
                        yuan(f.industryTargetCny())), f.agreedDealValueCny().doubleValue(), f.industryTargetCny().doubleValue()));
    }

    public Charts.Rows matchesByStatus() {
        List<MatchStatus> statuses = Arrays.asList(MatchStatus.values());
        return Charts.rows(context.t("dashboard.byStatus"), statuses.stream().map(s -> context.code("matchStatus", s)).toList(),
                List.of(new Charts.Series(context.t("dashboard.matches"), "series-1",
                        statuses.stream().map(s -> (double) figures().matchesByStatus().getOrDefault(s, 0L)).toList())), locale());
    }

    public Charts.Columns matchesPerMonth() {
        return Charts.columns(context.t("dashboard.matchesPerMonth"), monthLabels(), List.of(
                monthSeries("dashboard.suggested", "series-1", m -> m.suggested()),
                monthSeries("dashboard.introduced", "series-2", m -> m.introduced()),
                monthSeries("dashboard.agreed", "series-3", m -> m.agreed())), locale());
    }

    public Charts.Columns growth() {
        return Charts.columns(context.t("dashboard.growth"), monthLabels(), List.of(
                monthSeries("dashboard.verifiedEnterprises", "series-1", m -> m.verifiedEnterprises()),
                monthSeries("dashboard.scenarios", "series-2", m -> m.scenarios())), locale());
    }

    public Charts.Columns valuePerMonth() {
        return Charts.columns(context.t("dashboard.valuePerMonth"), monthLabels(), List.of(
                monthSeries("dashboard.cumulativeValue", "series-2", m -> m.cumulativeAgreedValueCny().doubleValue()),
                monthSeries("dashboard.agreedValue", "series-3", m -> m.agreedValueCny().doubleValue())), locale());
    }

    public Charts.Rows bySector() {
        List<ParkKpis.SectorRow> rows = dashboard.bySector();
        return Charts.rows(context.t("dashboard.bySector"), rows.stream().map(r -> context.code("sector", r.sector())).toList(),
                funnel(rows, ParkKpis.SectorRow::matches, ParkKpis.SectorRow::introduced, ParkKpis.SectorRow::agreed), locale());
    }

    public Charts.Rows byDirection() {
        List<ParkKpis.DirectionRow> rows = dashboard.byDirection();
        return Charts.rows(context.t("dashboard.byDirection"), rows.stream().map(r -> context.code("direction", r.direction())).toList(),
                funnel(rows, ParkKpis.DirectionRow::matches, ParkKpis.DirectionRow::introduced, ParkKpis.DirectionRow::agreed), locale());
    }

    public String yuan(BigDecimal value) {
        return "¥" + Charts.compact(value.doubleValue(), locale());
    }

    private <R> List<Charts.Series> funnel(List<R> rows, ToDoubleFunction<R> matches, ToDoubleFunction<R> introduced, ToDoubleFunction<R> agreed) {
        return List.of(series("dashboard.matches", "series-1", rows, matches), series("dashboard.introduced", "series-2", rows, introduced),
                series("dashboard.agreed", "series-3", rows, agreed));
    }

    private <R> Charts.Series series(String name, String style, List<R> rows, ToDoubleFunction<R> value) {
        return new Charts.Series(context.t(name), style, rows.stream().map(r -> value.applyAsDouble(r)).toList());
    }

    private Charts.Series monthSeries(String name, String style, Function<ParkKpis.Month, Number> value) {
        return new Charts.Series(context.t(name), style, dashboard.trend().stream().map(m -> value.apply(m).doubleValue()).toList());
    }

    private List<String> monthLabels() {
        return dashboard.trend().stream().map(ParkKpis.Month::month).toList();
    }
}
