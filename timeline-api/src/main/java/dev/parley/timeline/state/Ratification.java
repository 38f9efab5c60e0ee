package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;
import dev.parley.timeline.RatificationOutcome;
import dev.parley.timeline.Vote;

/**
 * A ratification vote or approval of an agreement by a party or one of its bodies. Parley does not know which
 * ratifications an agreement needs: it records them, and only for an agreement reached pending approval does the
 * last vote decide its status ({@code PENDING_APPROVAL} until approved, {@code REJECTED} when rejected).
 *
 * @param developmentId the {@code agreement-ratified} development
 * @param by            the party or body
 * @param result        the outcome in words
 * @param on            when
 * @param outcome       what the vote decided
 * @param inForce       when the approval puts the agreement into force, if it says
 * @param vote          the vote's figures, when reported; null otherwise
 */
public record Ratification(String developmentId, String by, String result, PartialDate on,
                           RatificationOutcome outcome, PartialDate inForce, Vote vote) {

    /**
     * Reads an absent outcome as an approval.
     *
     * @param developmentId the {@code agreement-ratified} development
     * @param by            the party or body
     * @param result        the outcome in words
     * @param on            when
     * @param outcome       what the vote decided
     * @param inForce       when the approval puts the agreement into force, if it says
     * @param vote          the vote's figures, when reported; null otherwise
     */
    public Ratification {
        outcome = outcome == null ? RatificationOutcome.APPROVED : outcome;
    }

    /**
     * An approval, as recorded before votes could reject.
     *
     * @param developmentId the {@code agreement-ratified} development
     * @param by            the party or body
     * @param result        the outcome in words
     * @param on            when
     */
    public Ratification(String developmentId, String by, String result, PartialDate on) {
        this(developmentId, by, result, on, RatificationOutcome.APPROVED, null, null);
    }
}
