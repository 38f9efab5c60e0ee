package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * When a position is due: a date (possibly partial) plus the wording the source used. A {@code soft} deadline
 * is vague timing ("in the coming days", "by end of June") rather than a firm date.
 *
 * <pre>{@code
 * Deadline.by("2025-07-10")
 * Deadline.soft("2025-06").withText("by the end of June")
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

    /**
     * @param date the day or period the vague timing points at, in any {@link PartialDate} form, e.g.
     *             {@code "2025-06"} for "in the coming weeks" said in early June
     * @return a soft deadline: vague timing rather than a firm date ({@code LAPSED}, not {@code OVERDUE}, when
     *         it passes)
     */
    public static Deadline soft(String date) {
        return new Deadline(PartialDate.parse(date), true, null);
    }

    /**
     * @param text the source's own words, e.g. {@code "by the end of June"}
     * @return a copy with the source's words
     */
    public Deadline withText(String text) {
        return new Deadline(by, soft, text);
    }

    @Override
    public String toString() {
        return (soft ? "soft, by " : "by ") + by + (text == null ? "" : " (\"" + text + "\")");
    }
}
