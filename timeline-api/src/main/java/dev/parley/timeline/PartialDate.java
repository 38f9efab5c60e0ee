package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A date known only to some {@link Precision}, optionally narrowed by a {@code notBefore}/{@code notAfter} window
 * and flagged {@code approximate} (cf. ACLED's time precision, Wikidata's precision, TimelineJS partial dates).
 *
 * <p>In JSON a plain date is a string ({@code "2025-06"}); a date with extras is an object:
 * <pre>{@code
 * "occurred": {"value": "2025", "notAfter": "2025-06-01", "approximate": true}
 * }</pre>
 *
 * <pre>{@code
 * PartialDate june = PartialDate.parse("2025-06");
 * june.precision();      // MONTH
 * june.earliest();       // 2025-06-01
 * june.latest();         // 2025-06-30
 * }</pre>
 *
 * @param value       the written date: {@code yyyy}, {@code yyyy-MM}, {@code yyyy-MM-dd} or
 *                    {@code yyyy-MM-ddTHH:mm±hh:mm} (or {@code Z})
 * @param precision   the precision the value is written to; derived from {@code value} when null and checked
 *                    against it otherwise
 * @param approximate true when the source itself gives the date as approximate ("around", "early June")
 * @param notBefore   optional earliest day, inside the value's period
 * @param notAfter    optional latest day, inside the value's period and not before {@code notBefore}
 */
public record PartialDate(String value, Precision precision, boolean approximate, LocalDate notBefore,
                          LocalDate notAfter) implements Comparable<PartialDate> {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MINUTE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");
    private static final DateTimeFormatter MINUTE_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * Validates the value, derives or checks the precision, and checks the window.
     *
     * @param value the written date: {@code yyyy}, {@code yyyy-MM}, {@code yyyy-MM-dd} or {@code yyyy-MM-
     *              ddTHH:mm±hh:mm} (or {@code Z})
     * @param precision the precision the value is written to; derived from {@code value} when null and checked
     *                  against it otherwise
     * @param approximate true when the source itself gives the date as approximate ("around", "early June")
     * @param notBefore optional earliest day, inside the value's period
     * @param notAfter optional latest day, inside the value's period and not before {@code notBefore}
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public PartialDate(@JsonProperty("value") String value,
                       @JsonProperty("precision") Precision precision,
                       @JsonProperty("approximate") boolean approximate,
                       @JsonProperty("notBefore") LocalDate notBefore,
                       @JsonProperty("notAfter") LocalDate notAfter) {
        Values.text("date", value);
        Precision actual = precisionOf(value);
        if (precision != null && precision != actual) {
            throw new InvalidValueException("date", "precision " + precision + " does not match '" + value
                    + "', which is written to " + actual + " precision");
        }
        this.value = value;
        this.precision = actual;
        this.approximate = approximate;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
        LocalDate start = periodStart();
        LocalDate end = periodEnd();
        if (notBefore != null && (notBefore.isBefore(start) || notBefore.isAfter(end))) {
            throw new InvalidValueException("date", "notBefore " + notBefore + " lies outside " + value);
        }
        if (notAfter != null && (notAfter.isBefore(start) || notAfter.isAfter(end))) {
            throw new InvalidValueException("date", "notAfter " + notAfter + " lies outside " + value);
        }
        if (notBefore != null && notAfter != null && notAfter.isBefore(notBefore)) {
            throw new InvalidValueException("date", "notAfter " + notAfter + " is before notBefore " + notBefore);
        }
    }

    /**
     * Parses the plain written form; the precision follows from it.
     *
     * @param value {@code yyyy}, {@code yyyy-MM}, {@code yyyy-MM-dd} or {@code yyyy-MM-ddTHH:mm±hh:mm}
     * @return the partial date
     * @throws InvalidValueException when the text is not one of those forms or names an impossible date
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PartialDate parse(String value) {
        return new PartialDate(value, null, false, null, null);
    }

    /**
     * @param day the exact day
     * @return a day-precision date
     */
    public static PartialDate of(LocalDate day) {
        return parse(day.toString());
    }

    /** @return this date flagged as approximate */
    public PartialDate approximately() {
        return new PartialDate(value, precision, true, notBefore, notAfter);
    }

    /**
     * @param notBefore optional earliest day, inside the value's period
     * @param notAfter optional latest day, inside the value's period and not before {@code notBefore}
     * @return this date narrowed to a window of days inside its period; either bound may be null
     */
    public PartialDate within(LocalDate notBefore, LocalDate notAfter) {
        return new PartialDate(value, precision, approximate, notBefore, notAfter);
    }

    /** @return the first day this date can fall on, honouring the window */
    @JsonIgnore
    public LocalDate earliest() {
        return notBefore != null ? notBefore : periodStart();
    }

    /** @return the last day this date can fall on, honouring the window */
    @JsonIgnore
    public LocalDate latest() {
        return notAfter != null ? notAfter : periodEnd();
    }

    /** @return true when the date pins one calendar day (day or minute precision, or a one-day window) */
    @JsonIgnore
    public boolean isExactDay() {
        return earliest().equals(latest());
    }

    /** @return the instant for {@link Precision#MINUTE} dates */
    @JsonIgnore
    public OffsetDateTime dateTime() {
        if (precision != Precision.MINUTE) {
            throw new IllegalStateException(value + " has no time of day");
        }
        return OffsetDateTime.parse(value, MINUTE_FORMAT);
    }

    /** The JSON form: the plain string when there are no extras, an object otherwise. */
    @JsonValue
    Object json() {
        if (!approximate && notBefore == null && notAfter == null) {
            return value;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("value", value);
        if (approximate) {
            json.put("approximate", true);
        }
        if (notBefore != null) {
            json.put("notBefore", notBefore.toString());
        }
        if (notAfter != null) {
            json.put("notAfter", notAfter.toString());
        }
        return json;
    }

    /** Orders by earliest day, then latest day, then the written value: stable for equal-looking dates. */
    @Override
    public int compareTo(PartialDate other) {
        int c = earliest().compareTo(other.earliest());
        if (c == 0) {
            c = latest().compareTo(other.latest());
        }
        if (c == 0 && precision == Precision.MINUTE && other.precision == Precision.MINUTE) {
            c = dateTime().toInstant().compareTo(other.dateTime().toInstant());
        }
        return c != 0 ? c : value.compareTo(other.value);
    }

    @Override
    public String toString() {
        String text = approximate ? "~" + value : value;
        if (notBefore != null || notAfter != null) {
            text += " [" + (notBefore == null ? "" : notBefore) + ".." + (notAfter == null ? "" : notAfter) + "]";
        }
        return text;
    }

    private LocalDate periodStart() {
        return switch (precision) {
            case YEAR -> LocalDate.of(Integer.parseInt(value), 1, 1);
            case MONTH -> YearMonth.parse(value).atDay(1);
            case DAY -> LocalDate.parse(value);
            case MINUTE -> dateTime().toLocalDate();
        };
    }

    private LocalDate periodEnd() {
        return switch (precision) {
            case YEAR -> LocalDate.of(Integer.parseInt(value), 12, 31);
            case MONTH -> YearMonth.parse(value).atEndOfMonth();
            case DAY, MINUTE -> periodStart();
        };
    }

    private static Precision precisionOf(String value) {
        Precision precision;
        if (YEAR.matcher(value).matches()) {
            precision = Precision.YEAR;
        } else if (MONTH.matcher(value).matches()) {
            precision = Precision.MONTH;
        } else if (DAY.matcher(value).matches()) {
            precision = Precision.DAY;
        } else if (MINUTE.matcher(value).matches()) {
            precision = Precision.MINUTE;
        } else {
            throw new InvalidValueException("date", "'" + value
                    + "' is not a date; use yyyy, yyyy-MM, yyyy-MM-dd or yyyy-MM-ddTHH:mm with an offset such as Z or +03:00");
        }
        if (value.startsWith("0000")) {
            throw new InvalidValueException("date", "'" + value + "' is in the year 0000, which the calendar of "
                    + "reports does not have (1 BC is followed by AD 1); the earliest year is 0001");
        }
        try {
            switch (precision) {
                case MONTH -> YearMonth.parse(value);
                case DAY -> LocalDate.parse(value);
                case MINUTE -> OffsetDateTime.parse(value, MINUTE_FORMAT).truncatedTo(ChronoUnit.MINUTES);
                default -> { }
            }
        } catch (DateTimeException e) {
            throw new InvalidValueException("date", "'" + value + "' is not a real calendar date");
        }
        return precision;
    }
}
