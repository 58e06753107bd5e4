package dev.bridgehead.web.page;

import java.util.List;

/**
 * A CSV document (RFC 4180, CRLF line ends) whose cells a spreadsheet shows as typed: a cell that
 * would start a formula ({@code = + - @}, or a tab or carriage return before one) gets a leading
 * apostrophe, so an organisation's name or a note can never run as a formula on a staff machine.
 */
public final class Csv {

    /** UTF-8's byte order mark: without it Excel reads Chinese text in the CSV as Latin-1. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BYTE_ORDER_MARK);

    public Csv row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    /** One cell, neutralised and quoted as needed; numbers stay numbers. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }
        String cell = value.toString();
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            cell = '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
