package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;

import java.util.List;

/**
 * One extension or renewal of an agreement's term.
 *
 * @param developmentId the {@code agreement-extended} development
 * @param by            who extended it
 * @param until         the new end as stated, if any
 * @param days          the length as stated, if any
 * @param from          the expiry before the extension; null when unknown
 * @param to            the expiry after it: {@code until}, else {@code from} (or, without one, the extension's own
 *                      date) moved by {@code days}; null when neither is stated
 * @param on            when it was extended
 */
public record Extension(String developmentId, List<String> by, PartialDate until, Integer days, PartialDate from,
                        PartialDate to, PartialDate on) {
    /**
     * Copies the list.
     *
     * @param developmentId the {@code agreement-extended} development
     * @param by who extended it
     * @param until the new end as stated, if any
     * @param days the length as stated, if any
     * @param from the expiry before the extension; null when unknown
     * @param to the expiry after it: {@code until}, else {@code from} (or, without one, the extension's own date)
     *           moved by {@code days}; null when neither is stated
     * @param on when it was extended
     */
    public Extension {
        by = PersistentList.copyOf(by);
    }
}
