package dev.bridgehead.web.staff;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the dashboard's charts, computed here so the templates only draw: SVG rectangles
 * and labels in a fixed view box that scales with the page. Every chart also has its numbers in a
 * table beside it, for screen readers and for anyone who wants the figures.
 */
public final class Charts {

    static final int WIDTH = 640;
    static final int COLUMN_HEIGHT = 220;
    static final int LEFT = 56;
    static final int BOTTOM = 24;
    static final int TOP = 8;
    static final int ROW_HEIGHT = 26;
    static final int LABEL_WIDTH = 220;

    private Charts() {
    }

    /** One named series of a chart; {@code style} is the CSS class that colours it. */
    public record Series(String name, String style, List<Double> values) {
    }

    public record Rect(double x, double y, double width, double height, String style, String title) {
    }

    public record Text(double x, double y, String text) {
    }

    /** Columns per category (a month), one per series side by side, with value ticks on the left. */
    public record Columns(String title, List<Series> series, List<Rect> bars, List<Text> ticks, List<Text> categories, int width, int height) {
    }

    /** A row per category with its series overlaid from the widest down (say matches, then those introduced, then agreed). */
    public record Rows(String title, List<Series> series, List<Rect> bars, List<Text> labels, List<Text> values, int width, int height) {
    }

    /** Progress toward a target, 0 to 100 %, the bar capped at the target. */
    public record Progress(String label, String figure, double percent) {

        public double barWidth() {
            return Math.min(100, Math.max(0, percent));
        }

        public String percentText() {
            return String.format(Locale.ROOT, "%.0f%%", percent);
        }
    }

    public static Progress progress(String label, String figure, double value, double target) {
        return new Progress(label, figure, target <= 0 ? 0 : value * 100 / target);
    }

    public static Columns columns(String title, List<String> categories, List<Series> series, Locale locale) {
        double max = niceMax(series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0));
        double plotWidth = WIDTH - LEFT - 8;
        double plotHeight = COLUMN_HEIGHT - TOP - BOTTOM;
        double group = plotWidth / Math.max(1, categories.size());
        double barWidth = group * 0.8 / Math.max(1, series.size());
        List<Rect> bars = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            for (int s = 0; s < series.size(); s++) {
                double value = series.get(s).values().get(c);
                double height = max == 0 ? 0 : value / max * plotHeight;
                bars.add(new Rect(round(LEFT + c * group + group * 0.1 + s * barWidth), round(TOP + plotHeight - height), round(barWidth),
                        round(height), series.get(s).style(), categories.get(c) + " · " + series.get(s).name() + ": " + compact(value, locale)));
            }
        }
        List<Text> ticks = new ArrayList<>();
        for (int i = 0; i <= 2; i++) {
            double value = max * i / 2;
            ticks.add(new Text(LEFT - 6, round(TOP + plotHeight - plotHeight * i / 2 + 4), compact(value, locale)));
        }
        List<Text> labels = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            labels.add(new Text(round(LEFT + c * group + group / 2), COLUMN_HEIGHT - 6, categories.get(c)));
        }
        return new Columns(title, series, bars, ticks, labels, WIDTH, COLUMN_HEIGHT);
    }

    public static Rows rows(String title, List<String> categories, List<Series> series, Locale locale) {
        double max = niceMax(series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0));
        double plotWidth = WIDTH - LABEL_WIDTH - 64;
        List<Rect> bars = new ArrayList<>();
        List<Text> labels = new ArrayList<>();
        List<Text> values = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            double y = c * ROW_HEIGHT + 4;
            labels.add(new Text(LABEL_WIDTH - 8, y + 14, categories.get(c)));
            for (int s = 0; s < series.size(); s++) {
                double value = series.get(s).values().get(c);
                double inset = s * 3;
                bars.add(new Rect(LABEL_WIDTH, round(y + inset), round(max == 0 ? 0 : value / max * plotWidth), round(18 - 2 * inset),
                        series.get(s).style(), categories.get(c) + " · " + series.get(s).name() + ": " + compact(value, locale)));
            }
            double first = series.isEmpty() ? 0 : series.get(0).values().get(c);
            values.add(new Text(round(LABEL_WIDTH + (max == 0 ? 0 : first / max * plotWidth) + 6), y + 14, compact(first, locale)));
        }
        return new Rows(title, series, bars, labels, values, WIDTH, Math.max(ROW_HEIGHT, categories.size() * ROW_HEIGHT + 4));
    }

    /** The top of the value axis: 1, 2 or 5 times a power of ten, at least the largest value. */
    static double niceMax(double largest) {
        if (largest <= 0) {
            return 0;
        }
        double power = Math.pow(10, Math.floor(Math.log10(largest)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= largest) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** 1.2K, 3M, 1亿 …: the short form of the page's language. */
    public static String compact(double value, Locale locale) {
        NumberFormat format = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
