package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/**
 * A point to replay a negotiation at, on two independent time axes:
 * <ul>
 *   <li>{@code occurredBy}: only developments that <em>happened</em> by this day (valid time);</li>
 *   <li>{@code knownAt}: only developments that had been <em>reported</em> by this day (knowledge time).</li>
 * </ul>
 * Either may be absent; {@link #now()} has neither and equals the current state.
 *
 * <pre>{@code
 * AsOf.occurredBy(LocalDate.of(2025, 6, 20));                       // what was the state on 20 June?
 * AsOf.knownAt(LocalDate.of(2025, 6, 20));                          // what had been reported by 20 June?
 * AsOf.occurredBy(LocalDate.of(2025, 6, 2)).andKnownAt(LocalDate.of(2025, 6, 20));
 * }</pre>
 *
 * <h2>Partial dates</h2>
 * A development is <em>in</em> a cut when its date certainly falls on or before the cut day (its
 * {@link PartialDate#latest() latest} possible day is not after it), <em>out</em> when it certainly falls after
 * (its {@link PartialDate#earliest() earliest} day is after the cut), and <em>uncertain</em> otherwise: a month-
 * or year-precision date, or a window, that straddles the cut. Uncertain developments are left out of the state
 * and listed in {@code NegotiationState.uncertain()}, never guessed.
 *
 * @param occurredBy the last day of the valid-time cut, inclusive; null for no cut
 * @param knownAt    the last day of the knowledge-time cut, inclusive; null for no cut
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AsOf(LocalDate occurredBy, LocalDate knownAt) {

    /** Where a development falls relative to a cut. */
    public enum Placement {
        /** Certainly on or before the cut. */
        IN,
        /** May fall on either side of the cut. */
        UNCERTAIN,
        /** Certainly after the cut. */
        OUT
    }

    /** @return no cut at all: the current state */
    public static AsOf now() {
        return new AsOf(null, null);
    }

    /**
     * @param day the last day whose happenings count
     * @return the state of what happened by {@code day}, as known today
     */
    public static AsOf occurredBy(LocalDate day) {
        return new AsOf(day, null);
    }

    /**
     * @param day the last day whose reports count
     * @return the state of everything reported by {@code day}
     */
    public static AsOf knownAt(LocalDate day) {
        return new AsOf(null, day);
    }

    /**
     * @param day the last day whose reports count
     * @return this cut with a knowledge-time cut added
     */
    public AsOf andKnownAt(LocalDate day) {
        return new AsOf(occurredBy, day);
    }

    /** @return true when there is no cut on either axis */
    @JsonIgnore
    public boolean isNow() {
        return occurredBy == null && knownAt == null;
    }

    /**
     * @param today the current day
     * @return the day deadlines are judged against: the valid-time cut, else the knowledge cut, else today
     */
    public LocalDate evaluationDate(LocalDate today) {
        return occurredBy != null ? occurredBy : knownAt != null ? knownAt : today;
    }

    /**
     * Where a date falls on one axis; the model combines the two axes for a development (corrections and
     * retractions count on the knowledge axis only).
     *
     * @param date a partial date
     * @param cut  a cut day, or null for none
     * @return where the date falls relative to the cut
     */
    public static Placement place(PartialDate date, LocalDate cut) {
        if (cut == null || !date.latest().isAfter(cut)) {
            return Placement.IN;
        }
        return date.earliest().isAfter(cut) ? Placement.OUT : Placement.UNCERTAIN;
    }

    @Override
    public String toString() {
        if (isNow()) {
            return "now";
        }
        return (occurredBy == null ? "" : "occurred by " + occurredBy)
                + (occurredBy != null && knownAt != null ? ", " : "")
                + (knownAt == null ? "" : "known at " + knownAt);
    }
}
