package dev.parley.render;

import dev.parley.timeline.PartialDate;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Partial dates in words, as both renderers show them. */
final class Dates {

    private Dates() {
    }

    /**
     * @param date a partial date
     * @return the date as a reader should see it, no more precise than it is: "2 June 2025", "June 2025",
     *         "2025", "c. June 2025", "2025 (not after 1 June 2025)", "2 June 2025, 13:00 +03:00",
     *         "10 May 2025, 12:00 America/New_York", "10 May 2025, 20h UTC" (known to the hour)
     */
    static String display(PartialDate date) {
        LocalDate start = periodStart(date);
        String month = start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String text = switch (date.precision()) {
            case YEAR -> String.valueOf(start.getYear());
            case MONTH -> month + " " + start.getYear();
            case DAY -> day(start);
            case HOUR -> day(start) + ", " + date.value().substring(11, 13) + "h " + zone(date);
            case MINUTE -> day(start) + ", " + date.value().substring(11, 16) + " " + zone(date);
        };
        if (date.notBefore() != null && date.notAfter() != null) {
            text += date.notBefore().equals(date.notAfter()) ? " (on " + day(date.notBefore()) + ")"
                    : " (between " + day(date.notBefore()) + " and " + day(date.notAfter()) + ")";
        } else if (date.notBefore() != null) {
            text += " (not before " + day(date.notBefore()) + ")";
        } else if (date.notAfter() != null) {
            text += " (not after " + day(date.notAfter()) + ")";
        }
        return date.approximate() ? "c. " + text : text;
    }

    /** @return the zone a timed date is written in: its IANA name, else "UTC" or its offset ("+03:00") */
    private static String zone(PartialDate date) {
        if (date.zone().isPresent()) {
            return date.zone().get().getId();
        }
        String offset = date.dateTime().getOffset().getId();
        return "Z".equals(offset) ? "UTC" : offset;
    }

    /** @return "2 June 2025" */
    static String day(LocalDate day) {
        return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + day.getYear();
    }

    /** @return true when the date has no window, so its precision alone says how much is known */
    static boolean unwindowed(PartialDate date) {
        return date.notBefore() == null && date.notAfter() == null;
    }

    /** The first day of the written value's period, ignoring any window. */
    private static LocalDate periodStart(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> LocalDate.of(Integer.parseInt(date.value()), 1, 1);
            case MONTH -> LocalDate.parse(date.value() + "-01");
            case DAY -> LocalDate.parse(date.value());
            case HOUR, MINUTE -> LocalDate.parse(date.value().substring(0, 10));
        };
    }
}
