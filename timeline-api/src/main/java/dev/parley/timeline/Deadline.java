package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * When a position is due: a date (possibly partial) plus the wording the source used. A {@code soft} deadline
 * is vague timing ("in the coming days", "by end of June") rather than a firm date.
 *
 * <pre>{@code
 * Deadline.by("2025-07-10")
 * }</pre>
 *
 * @param by   the date it is due by (inclusive)
 * @param soft true when the source gives vague timing
 * @param text the source's own words, if worth keeping
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record Deadline(PartialDate by, boolean soft, String text) {

    /**
     * Requires the date.
     *
     * @param by the date it is due by (inclusive)
     * @param soft true when the source gives vague timing
     * @param text the source's own words, if worth keeping
     */
    public Deadline {
        Values.required("deadline.by", by);
        text = Values.optionalText(text);
    }

    /**
     * @param date the deadline day, in any {@link PartialDate} form
     * @return a firm deadline on the given date (any {@link PartialDate} form)
     */
    public static Deadline by(String date) {
        return new Deadline(PartialDate.parse(date), false, null);
    }

    @Override
    public String toString() {
        return (soft ? "soft, by " : "by ") + by + (text == null ? "" : " (\"" + text + "\")");
    }
}
