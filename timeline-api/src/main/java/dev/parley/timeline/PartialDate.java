package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
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
 * PartialDate noon = PartialDate.parse("2025-05-10T12:00[Europe/Zurich]");
 * noon.from();           // 2025-05-10T10:00:00Z, the instant
 * }</pre>
 *
 * <h2>Time of day and time zones</h2>
 * A date may carry a time to the hour ({@code 2025-05-10T20+02:00}, {@link Precision#HOUR}) or to the minute
 * ({@code 2025-05-10T20:30Z}, {@link Precision#MINUTE}), with a UTC offset, a named IANA time zone in brackets
 * ({@code 2025-05-10T12:00[America/New_York]}), or both ({@code 2025-05-10T12:00-04:00[America/New_York]}: the
 * offset must be the zone's at that time). A local time the zone skips (a clock moved forward) is rejected, and so
 * is one it repeats (a clock moved back) unless the offset says which.
 *
 * <p><b>The one rule for comparing dates</b>: every date stands for the span of instants {@link #from()} (inclusive)
 * to {@link #until()} (exclusive). A timed date is its instant, to its precision; a date without a time of day is
 * its whole days <em>in UTC</em>. Placement at a cut ({@link AsOf#place}), a deadline or term passing
 * ({@link #hasPassedBy}), "certainly before" ({@link #isCertainlyBefore}) and the order of dates all compare these
 * spans, so a timed date is judged by its instant and a day by its day.
 *
 * @param value       the written date: {@code yyyy}, {@code yyyy-MM}, {@code yyyy-MM-dd},
 *                    {@code yyyy-MM-ddTHH} or {@code yyyy-MM-ddTHH:mm}, a time with an offset ({@code ±hh:mm}
 *                    or {@code Z}), a zone ({@code [Area/City]}) or both
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
    /** A time of day: date, hour, optional minute, then an offset, a bracketed zone, or both. */
    private static final Pattern TIMED = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})T(\\d{2})(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?(?:\\[([A-Za-z][A-Za-z0-9_+/-]{0,99})])?");
    private static final DateTimeFormatter LOCAL_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String FORMS = "use yyyy, yyyy-MM, yyyy-MM-dd, or yyyy-MM-ddTHH:mm (or yyyy-MM-ddTHH) with "
            + "an offset such as Z or +03:00, a time zone such as [America/New_York], or both";

    /**
     * Validates the value, derives or checks the precision, and checks the window.
     *
     * @param value the written date: {@code yyyy}, {@code yyyy-MM}, {@code yyyy-MM-dd}, or a time of day to the
     *              hour or minute with an offset, a zone or both (see the type's documentation)
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
     * @param value {@code yyyy}, {@code yyyy-MM}, {@code yyyy-MM-dd}, {@code yyyy-MM-ddTHH:mm±hh:mm},
     *              {@code yyyy-MM-ddTHH:mm[Area/City]}, {@code yyyy-MM-ddTHH±hh:mm} ...
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

    /** @return true when the date pins one calendar day (day, hour or minute precision, or a one-day window) */
    @JsonIgnore
    public boolean isExactDay() {
        return earliest().equals(latest());
    }

    /** @return true when the date has a time of day ({@link Precision#HOUR} or {@link Precision#MINUTE}) */
    @JsonIgnore
    public boolean isTimed() {
        return precision == Precision.HOUR || precision == Precision.MINUTE;
    }

    /**
     * @return the date and time with its UTC offset (resolved from the zone when only a zone is written), for
     *         {@link Precision#HOUR} and {@link Precision#MINUTE} dates
     * @throws IllegalStateException for a date without a time of day
     */
    @JsonIgnore
    public OffsetDateTime dateTime() {
        if (!isTimed()) {
            throw new IllegalStateException(value + " has no time of day");
        }
        return Timed.of(value).dateTime();
    }

    /** @return the named time zone the value is written in ({@code [America/New_York]}), if any */
    @JsonIgnore
    public Optional<ZoneId> zone() {
        return isTimed() ? Optional.ofNullable(Timed.of(value).zone()) : Optional.empty();
    }

    /**
     * @return the first instant this date may denote: a timed date's instant, else the start of its earliest day
     *         in UTC
     */
    @JsonIgnore
    public Instant from() {
        return isTimed() ? dateTime().toInstant() : earliest().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * @return the instant just after the last one this date may denote (exclusive): a timed date's instant plus
     *         its hour or minute, else the end of its latest day in UTC
     */
    @JsonIgnore
    public Instant until() {
        return switch (precision) {
            case HOUR -> from().plus(Duration.ofHours(1));
            case MINUTE -> from().plus(Duration.ofMinutes(1));
            default -> latest().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        };
    }

    /** @return the UTC day of {@link #from()}: the first day a cut may hold this date on */
    @JsonIgnore
    public LocalDate firstUtcDay() {
        return LocalDate.ofInstant(from(), ZoneOffset.UTC);
    }

    /** @return the UTC day of the last instant before {@link #until()}: the first day every cut holds it on */
    @JsonIgnore
    public LocalDate lastUtcDay() {
        return LocalDate.ofInstant(until().minusNanos(1), ZoneOffset.UTC);
    }

    /**
     * @param other another date
     * @return true when every instant this date may denote lies before every instant {@code other} may: the
     *         test for "certainly before" (partial dates that may overlap are not)
     */
    public boolean isCertainlyBefore(PartialDate other) {
        return !until().isAfter(other.from());
    }

    /**
     * Whether a deadline or term given by this date has certainly passed when judged at {@code day}, that is at
     * the end of that day in UTC ({@link AsOf#endOf}): a deadline without a time passes when its last day is over
     * (judged the day after), one at noon passes on its own day.
     *
     * @param day the evaluation day
     * @return true when the whole span of this date lies before the end of {@code day}
     */
    public boolean hasPassedBy(LocalDate day) {
        return until().isBefore(AsOf.endOf(day));
    }

    /**
     * @param days whole days to add (may be negative)
     * @return this timed date that many days later at the same local time, in the same offset or zone (a zone's
     *         offset may differ on the new day)
     * @throws IllegalStateException for a date without a time of day
     */
    public PartialDate plusDaysAtSameTime(int days) {
        if (!isTimed()) {
            throw new IllegalStateException(value + " has no time of day");
        }
        Timed timed = Timed.of(value);
        LocalDateTime moved = timed.local().plusDays(days);
        String time = precision == Precision.HOUR ? String.format("%02d", moved.getHour())
                : String.format("%02d:%02d", moved.getHour(), moved.getMinute());
        String suffix = timed.zone() != null ? "[" + timed.zone().getId() + "]" : timed.dateTime().getOffset().getId();
        PartialDate shifted = parse(moved.toLocalDate() + "T" + time + suffix);
        return approximate ? shifted.approximately() : shifted;
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

    /**
     * Orders by {@link #from()}, then {@link #until()} (the one rule: instants for timed dates, UTC days
     * otherwise), then the written value: stable for equal-looking dates.
     */
    @Override
    public int compareTo(PartialDate other) {
        int c = from().compareTo(other.from());
        if (c == 0) {
            c = until().compareTo(other.until());
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
            case HOUR, MINUTE -> Timed.of(value).local().toLocalDate();
        };
    }

    private LocalDate periodEnd() {
        return switch (precision) {
            case YEAR -> LocalDate.of(Integer.parseInt(value), 12, 31);
            case MONTH -> YearMonth.parse(value).atEndOfMonth();
            case DAY, HOUR, MINUTE -> periodStart();
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
        } else if (TIMED.matcher(value).matches()) {
            Matcher timed = TIMED.matcher(value);
            precision = timed.matches() && timed.group(3) == null ? Precision.HOUR : Precision.MINUTE;
        } else {
            throw new InvalidValueException("date", "'" + value + "' is not a date; " + FORMS);
        }
        if (value.startsWith("0000")) {
            throw new InvalidValueException("date", "'" + value + "' is in the year 0000, which the calendar of "
                    + "reports does not have (1 BC is followed by AD 1); the earliest year is 0001");
        }
        try {
            switch (precision) {
                case MONTH -> YearMonth.parse(value);
                case DAY -> LocalDate.parse(value);
                case HOUR, MINUTE -> Timed.of(value);
                default -> { }
            }
        } catch (DateTimeException e) {
            throw new InvalidValueException("date", "'" + value + "' is not a real calendar date");
        }
        return precision;
    }

    /**
     * A written time of day, resolved: its local date and time, its offset and its named zone (either may be
     * absent, not both). Every check of a timed value is here, so a value that parses resolves to one instant.
     */
    private record Timed(LocalDateTime local, ZoneOffset offset, ZoneId zone) {

        static Timed of(String value) {
            Matcher m = TIMED.matcher(value);
            if (!m.matches()) {
                throw new InvalidValueException("date", "'" + value + "' is not a date; " + FORMS);
            }
            if (m.group(4) == null && m.group(5) == null) {
                throw new InvalidValueException("date", "'" + value + "' has a time but no offset or time zone; "
                        + "write one, such as " + value + "Z, " + value + "+03:00 or " + value + "[Europe/Kyiv]");
            }
            LocalDate day = LocalDate.parse(m.group(1), LOCAL_DAY);
            int hour = Integer.parseInt(m.group(2));
            int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3).substring(1));
            LocalDateTime local = day.atTime(LocalTime.of(hour, minute));
            ZoneOffset offset = m.group(4) == null ? null : ZoneOffset.of(m.group(4));
            ZoneId zone = m.group(5) == null ? null : zone(value, m.group(5));
            if (zone != null) {
                List<ZoneOffset> valid = zone.getRules().getValidOffsets(local);
                if (valid.isEmpty()) {
                    throw new InvalidValueException("date", "'" + value + "' does not exist in " + zone.getId()
                            + ": the clocks skipped that time");
                }
                if (offset == null && valid.size() > 1) {
                    throw new InvalidValueException("date", "'" + value + "' happened twice in " + zone.getId()
                            + " (the clocks went back): write its offset too, one of " + valid);
                }
                if (offset != null && !valid.contains(offset)) {
                    throw new InvalidValueException("date", "'" + value + "': the offset " + offset.getId()
                            + " is not the offset of " + zone.getId() + " at that time (" + valid.get(0).getId() + ")");
                }
                offset = offset != null ? offset : valid.get(0);
            }
            return new Timed(local, offset, zone);
        }

        private static ZoneId zone(String value, String id) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException e) {
                throw new InvalidValueException("date", "'" + value + "' names the time zone '" + id
                        + "', which is not an IANA time zone such as America/New_York or Europe/Kyiv");
            }
        }

        OffsetDateTime dateTime() {
            return local.atOffset(offset);
        }
    }
}
