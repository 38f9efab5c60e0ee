package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Vote;

/**
 * A ratification of an agreement by a party or one of its bodies. Parley records it; whether an agreement needs
 * one to be in force is not known to it, so ratifications do not change the status.
 *
 * @param developmentId the {@code agreement-ratified} development
 * @param by            the party or body
 * @param result        the outcome in words
 * @param on            when
 * @param vote          the vote's figures, when reported; null otherwise
 */
public record Ratification(String developmentId, String by, String result, PartialDate on, Vote vote) {

    /**
     * A ratification with no vote figures, as before votes were recorded.
     *
     * @param developmentId the {@code agreement-ratified} development
     * @param by the party or body
     * @param result the outcome in words
     * @param on when
     */
    public Ratification(String developmentId, String by, String result, PartialDate on) {
        this(developmentId, by, result, on, null);
    }
}
