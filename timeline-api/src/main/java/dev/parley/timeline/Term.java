package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How long a provision runs: a phase lasting a fixed number of days ("tariffs reduced for 90 days"). Its end is
 * derived, never stated: {@code from} (else the agreement's entry into force, else the day it was reached) moved by
 * {@code days}, and judged at a cut ({@code TERM_ENDED}).
 *
 * <pre>{@code
 * Term.ofDays(90).from("2025-05-14")
 * }</pre>
 *
 * @param days how many days it lasts (at least 1)
 * @param from when it starts, if the source says and it is not the agreement's entry into force
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Term(int days, PartialDate from) {

    /**
     * Validates the length.
     *
     * @param days how many days it lasts (at least 1)
     * @param from when it starts, if stated
     */
    public Term {
        Values.positive("term.days", days);
    }

    /**
     * @param days how many days it lasts
     * @return a term starting when the agreement enters into force
     */
    public static Term ofDays(int days) {
        return new Term(days, null);
    }

    /**
     * @param from when it starts, in any {@link PartialDate} form
     * @return a copy starting then
     */
    public Term from(String from) {
        return new Term(days, PartialDate.parse(from));
    }
}
