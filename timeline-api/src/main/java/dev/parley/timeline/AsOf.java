package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.StringJoiner;

/**
 * A point to replay a negotiation at, on three independent time axes:
 * <ul>
 *   <li>{@code occurredBy}: only developments that <em>happened</em> by this day (valid time);</li>
 *   <li>{@code knownAt}: only developments that had been <em>reported</em> by this day (knowledge time);</li>
 *   <li>{@code recordedBy}: only developments that <em>this store held</em> at this instant (the audit axis, or
 *       system time), judged by the event store's own timestamps: what the database would have answered then.</li>
 * </ul>
 * Any of them may be absent, and they combine; {@link #now()} has none and equals the current state.
 *
 * <pre>{@code
 * AsOf.occurredBy(LocalDate.of(2025, 6, 20));                       // what was the state on 20 June?
 * AsOf.knownAt(LocalDate.of(2025, 6, 20));                          // what had been reported by 20 June?
 * AsOf.recordedBy(Instant.parse("2025-07-01T12:00:00Z"));           // what did our database say at noon, 1 July?
 * AsOf.occurredBy(LocalDate.of(2025, 6, 2)).andKnownAt(LocalDate.of(2025, 6, 20));
 * // what did our database say on 1 July about what had happened by 2 June, as reported by 20 June?
 * AsOf.recordedBy(Instant.parse("2025-07-01T23:59:59Z"))
 *     .andOccurredBy(LocalDate.of(2025, 6, 2)).andKnownAt(LocalDate.of(2025, 6, 20));
 * }</pre>
 *
 * <h2>Partial dates</h2>
 * A cut day ends at the end of that day in UTC ({@link #endOf}). A development is <em>in</em> a cut when its date
 * certainly falls before that end (its {@link PartialDate#until() span} ends by then), <em>out</em> when it
 * certainly falls after (its span starts at or after it), and <em>uncertain</em> otherwise: a month- or
 * year-precision date, or a window, that straddles the cut. A date without a time is its whole days, so a day-date
 * is in the cut of its own day; a timed date is judged by its instant, so an evening statement in Washington
 * ({@code 2025-05-11T21:00[America/New_York]}, 01:00 UTC on 12 May) is out of the cut of 11 May. Uncertain
 * developments are left out of the state and listed in {@code NegotiationState.uncertain()}, never guessed.
 *
 * <h2>The audit axis</h2>
 * {@code recordedBy} is not a property of a development but of the store: the same file imported on two days
 * gives two different audit histories. The engine cuts the stored history to the developments stored at or before
 * {@code recordedBy} (their event timestamps, which are exact instants: nothing is uncertain on this axis) and then
 * folds what is left on the other two axes; the model's folds ({@code NegotiationProjection}) ignore
 * {@code recordedBy}. Corrections and retractions stored after the instant are cut away like any development, so
 * an audit replay shows what the store said then, mistakes included.
 *
 * @param occurredBy the last day of the valid-time cut, inclusive; null for no cut
 * @param knownAt    the last day of the knowledge-time cut, inclusive; null for no cut
 * @param recordedBy the last instant of the audit cut, inclusive: developments stored at or before it count;
 *                   null for no cut. Serialized as ISO-8601 text ({@code "2025-07-01T12:00:00Z"})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AsOf(LocalDate occurredBy, LocalDate knownAt, Instant recordedBy) {

    /**
     * A cut on the valid-time and knowledge axes only, for callers written before the audit axis.
     *
     * @param occurredBy the last day of the valid-time cut, inclusive; null for no cut
     * @param knownAt    the last day of the knowledge-time cut, inclusive; null for no cut
     */
    public AsOf(LocalDate occurredBy, LocalDate knownAt) {
        this(occurredBy, knownAt, null);
    }

    /** Where a development falls relative to a cut. */
    public enum Placement {
        /** Certainly on or before the cut. */
        IN,
        /** May fall on either side of the cut. */
        UNCERTAIN,
        /** Certainly after the cut. */
        OUT
    }

    /** The canonical constructor is the JSON creator, not the two-axis one kept for older callers. */
    @JsonCreator
    public AsOf {
    }

    /** @return no cut at all: the current state */
    public static AsOf now() {
        return new AsOf(null, null, null);
    }

    /**
     * @param day the last day whose happenings count
     * @return the state of what happened by {@code day}, as known today
     */
    public static AsOf occurredBy(LocalDate day) {
        return new AsOf(day, null, null);
    }

    /**
     * @param day the last day whose reports count
     * @return the state of everything reported by {@code day}
     */
    public static AsOf knownAt(LocalDate day) {
        return new AsOf(null, day, null);
    }

    /**
     * @param instant the last moment whose writes to the store count, inclusive
     * @return the state as this store held it at {@code instant}: only developments stored at or before it
     */
    public static AsOf recordedBy(Instant instant) {
        return new AsOf(null, null, instant);
    }

    /**
     * @param day the last day whose happenings count
     * @return this cut with its valid-time cut set to {@code day}, the other axes kept
     */
    public AsOf andOccurredBy(LocalDate day) {
        return new AsOf(day, knownAt, recordedBy);
    }

    /**
     * @param day the last day whose reports count
     * @return this cut with its knowledge-time cut set to {@code day}, the other axes kept
     */
    public AsOf andKnownAt(LocalDate day) {
        return new AsOf(occurredBy, day, recordedBy);
    }

    /**
     * @param instant the last moment whose writes to the store count, inclusive
     * @return this cut with its audit cut set to {@code instant}, the other axes kept
     */
    public AsOf andRecordedBy(Instant instant) {
        return new AsOf(occurredBy, knownAt, instant);
    }

    /** @return true when there is no cut on any of the three axes */
    @JsonIgnore
    public boolean isNow() {
        return occurredBy == null && knownAt == null && recordedBy == null;
    }

    /**
     * The day deadlines are judged against: the valid-time cut, else the knowledge cut, else the UTC day of the
     * audit cut (what the store said then, it said on that day), else today.
     *
     * @param today the current day
     * @return the day deadlines are judged against
     */
    public LocalDate evaluationDate(LocalDate today) {
        if (occurredBy != null) {
            return occurredBy;
        }
        if (knownAt != null) {
            return knownAt;
        }
        return recordedBy != null ? LocalDate.ofInstant(recordedBy, ZoneOffset.UTC) : today;
    }

    /**
     * Where a date falls on one of the two date axes; the model combines them for a development (corrections and
     * retractions count on the knowledge axis only).
     *
     * @param date a partial date
     * @param cut  a cut day, or null for none
     * @return where the date falls relative to the cut
     */
    public static Placement place(PartialDate date, LocalDate cut) {
        if (cut == null) {
            return Placement.IN;
        }
        Instant end = endOf(cut);
        if (!date.until().isAfter(end)) {
            return Placement.IN;
        }
        return date.from().isBefore(end) ? Placement.UNCERTAIN : Placement.OUT;
    }

    /**
     * The instant a cut day ends: the start of the next day in UTC. A cut or an evaluation at {@code day} holds
     * everything before it.
     *
     * @param day a cut or evaluation day
     * @return the start of the following day, in UTC
     */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * @return the cut in words: {@code now}, or its axes in order, e.g.
     *         {@code occurred by 2025-06-02, known at 2025-06-20, recorded by 2025-07-01T12:00:00Z}
     */
    @Override
    public String toString() {
        if (isNow()) {
            return "now";
        }
        StringJoiner parts = new StringJoiner(", ");
        if (occurredBy != null) {
            parts.add("occurred by " + occurredBy);
        }
        if (knownAt != null) {
            parts.add("known at " + knownAt);
        }
        if (recordedBy != null) {
            parts.add("recorded by " + recordedBy);
        }
        return parts.toString();
    }
}
