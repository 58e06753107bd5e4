package dev.bridgehead.marketplace.compliance;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counting business days for a duty's deadline: Monday to Friday. China's public holidays and the
 * weekend days it makes up for them change every year and are not counted here, so a deadline
 * across a holiday is earlier than the real one, never later.
 */
public final class BusinessDays {

    private BusinessDays() {
    }

    /** The day that is {@code days} business days after {@code day}. */
    public static LocalDate after(LocalDate day, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Cannot count a negative number of business days");
        }
        LocalDate current = day;
        int left = days;
        while (left > 0) {
            current = current.plusDays(1);
            if (current.getDayOfWeek() != DayOfWeek.SATURDAY && current.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return current;
    }
}
