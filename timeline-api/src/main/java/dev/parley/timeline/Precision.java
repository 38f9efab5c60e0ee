package dev.parley.timeline;

/**
 * How precisely a {@link PartialDate} is known. The precision follows from the written form:
 * {@code "2025"} is {@link #YEAR}, {@code "2025-06"} {@link #MONTH}, {@code "2025-06-02"} {@link #DAY} and
 * {@code "2025-06-02T13+03:00"} {@link #HOUR} and {@code "2025-06-02T13:30+03:00"} {@link #MINUTE} (a time may
 * name its IANA zone instead of, or besides, its offset: {@code "2025-06-02T13:30[Europe/Istanbul]"}).
 */
public enum Precision {
    /** Only the year is known. */
    YEAR,
    /** Year and month are known. */
    MONTH,
    /** The calendar day is known. */
    DAY,
    /** The time is known to the hour, with its UTC offset or time zone. */
    HOUR,
    /** The time is known to the minute, with its UTC offset or time zone. */
    MINUTE
}
