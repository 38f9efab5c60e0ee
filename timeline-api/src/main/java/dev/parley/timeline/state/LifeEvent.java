package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;

/**
 * A suspension, stall, resumption, termination of, or withdrawal from, an agreement.
 *
 * @param developmentId the development
 * @param kind          what happened
 * @param by            the party; null for an agreement that lapsed without renewal, or stalled
 * @param reason        why, as stated
 * @param on            when
 */
public record LifeEvent(String developmentId, Kind kind, String by, String reason, PartialDate on) {

    /** What happened to the agreement. */
    public enum Kind {
        /** {@code agreement-suspended}. */
        SUSPENDED,
        /** {@code agreement-resumed}. */
        RESUMED,
        /** {@code agreement-terminated}. */
        TERMINATED,
        /** {@code agreement-withdrawn-from}. */
        WITHDRAWN,
        /** {@code agreement-suspended} with {@code stalled}: nobody suspended it, it stopped moving. */
        STALLED
    }
}
