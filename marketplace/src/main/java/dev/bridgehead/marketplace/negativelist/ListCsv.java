package dev.bridgehead.marketplace.negativelist;

import dev.bridgehead.marketplace.failure.FieldError;
import dev.bridgehead.marketplace.failure.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A list's scenarios and items as a CSV file (RFC 4180, UTF-8, a header row), one row each:
 * {@code type,id,scenario,sector,name,nameZh,kind,mechanism,fromSubjects,source} where {@code type} is
 * {@code SCENARIO} (its code in {@code id}, with {@code sector}) or {@code ITEM} (with {@code scenario},
 * {@code kind}, {@code mechanism} and optionally {@code fromSubjects}). The list's own facts (name,
 * area, source, effective day) come with the import, not in the file.
 */
public final class ListCsv {

    public static final List<String> COLUMNS = List.of("type", "id", "scenario", "sector", "name", "nameZh", "kind", "mechanism", "fromSubjects",
            "source");
    static final int MAX_ROWS = NegativeLists.MAX_SCENARIOS + NegativeLists.MAX_ITEMS;

    private ListCsv() {
    }

    /**
     * The rows of a file, as the list's scenarios and items, with the line each came from.
     *
     * @param scenarioLines the file's line of each scenario, in order
     * @param itemLines     the file's line of each item, in order
     */
    public record Rows(List<ListInput.ScenarioInput> scenarios, List<ListInput.ItemInput> items, List<Integer> scenarioLines,
                       List<Integer> itemLines) {

        /** Runs the import of these rows; its errors name the file's line and column instead of the list's positions. */
        public <T> T lines(java.util.function.Supplier<T> importing) {
            try {
                return importing.get();
            } catch (InvalidInput e) {
                throw new InvalidInput(e.errors().stream().map(this::located).toList());
            }
        }

        private FieldError located(FieldError error) {
            java.util.regex.Matcher position = POSITION.matcher(error.field());
            if (!position.matches()) {
                return error;
            }
            List<Integer> lines = position.group(1).equals("scenarios") ? scenarioLines : itemLines;
            int index = Integer.parseInt(position.group(2));
            String column = position.group(3) == null ? "" : position.group(3);
            return index < lines.size() ? new FieldError("csv.line " + lines.get(index) + column, error.code(), error.message()) : error;
        }
    }

    private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern.compile("(scenarios|items)\\[(\\d+)](\\..+)?");

    public static Rows parse(String text) {
        List<List<String>> records = records(text == null ? "" : text.replace("\uFEFF", ""));
        List<FieldError> errors = new ArrayList<>();
        if (records.isEmpty()) {
            throw InvalidInput.of("csv", "required", "is empty: the first row names the columns " + String.join(",", COLUMNS));
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        Map<String, Integer> column = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i), i);
        }
        for (String required : List.of("type", "id", "name", "nameZh")) {
            if (!column.containsKey(required)) {
                errors.add(new FieldError("csv.line 1", "missing-column", "has no column " + required + "; the columns are " + String.join(",", COLUMNS)));
            }
        }
        if (records.size() - 1 > MAX_ROWS) {
            errors.add(new FieldError("csv", "too-many", "must have at most " + MAX_ROWS + " rows"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<ListInput.ScenarioInput> scenarios = new ArrayList<>();
        List<ListInput.ItemInput> items = new ArrayList<>();
        List<Integer> scenarioLines = new ArrayList<>();
        List<Integer> itemLines = new ArrayList<>();
        for (int row = 1; row < records.size(); row++) {
            List<String> values = records.get(row);
            if (values.stream().allMatch(String::isBlank)) {
                continue;
            }
            String line = "csv.line " + (row + 1);
            String type = value(values, column, "type");
            if ("SCENARIO".equals(type == null ? null : type.toUpperCase(Locale.ROOT))) {
                scenarios.add(new ListInput.ScenarioInput(value(values, column, "id"), value(values, column, "sector"), value(values, column, "name"),
                        value(values, column, "nameZh"), value(values, column, "source")));
                scenarioLines.add(row + 1);
            } else if ("ITEM".equals(type == null ? null : type.toUpperCase(Locale.ROOT))) {
                String from = value(values, column, "fromSubjects");
                Long fromSubjects = null;
                if (from != null) {
                    try {
                        fromSubjects = Long.parseLong(from.replace(",", "").replace("_", ""));
                    } catch (NumberFormatException e) {
                        errors.add(new FieldError(line + ".fromSubjects", "not-a-number", "'" + from + "' is not a whole number"));
                    }
                }
                items.add(new ListInput.ItemInput(value(values, column, "id"), value(values, column, "scenario"), value(values, column, "name"),
                        value(values, column, "nameZh"), value(values, column, "kind"), value(values, column, "mechanism"), fromSubjects,
                        value(values, column, "source")));
                itemLines.add(row + 1);
            } else {
                errors.add(new FieldError(line + ".type", "unknown-code", "must be SCENARIO or ITEM"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Rows(scenarios, items, scenarioLines, itemLines);
    }

    private static String value(List<String> values, Map<String, Integer> column, String name) {
        Integer index = column.get(name);
        if (index == null || index >= values.size()) {
            return null;
        }
        String value = values.get(index).strip();
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            value = value.substring(1); // the apostrophe write() puts before what a spreadsheet would take for a formula
        }
        return value.isEmpty() ? null : value;
    }

    /** RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> {
                    // the \n that follows ends the record
                }
                case '\n' -> {
                    record.add(field.toString());
                    records.add(record);
                    record = new ArrayList<>();
                    field.setLength(0);
                    any = false;
                }
                default -> {
                    field.append(c);
                    any = true;
                }
            }
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** The list's scenarios and items as a file of this format, for export and as a template. */
    public static String write(dev.bridgehead.marketplace.compliance.NegativeList list) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (var s : list.scenarios()) {
            row(out, "SCENARIO", s.code(), "", s.sector(), s.name(), s.nameZh(), "", "", "", s.source());
        }
        for (var item : list.items()) {
            row(out, "ITEM", item.id(), item.scenario(), "", item.name(), item.nameZh(), item.kind().name(), item.mechanism().name(),
                    item.fromSubjects() == null ? "" : item.fromSubjects().toString(), item.source());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String value = values[i] == null ? "" : values[i];
            // A leading =, +, - or @ would be a formula in a spreadsheet: quote it behind an apostrophe.
            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
                value = "'" + value;
            }
            out.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }
}
