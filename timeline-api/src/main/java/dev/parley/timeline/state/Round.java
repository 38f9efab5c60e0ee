package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;

import java.util.List;

/**
 * A round of talks, scheduled or held.
 *
 * @param number        the round's number, when the sources number rounds
 * @param status        scheduled or held
 * @param date          when it is or was
 * @param venue         where
 * @param chair         who chaired or hosted
 * @param delegations   the delegations present
 * @param outcome       the outcome in words
 * @param developmentId the development that last changed this round
 * @param reason        why it was last rescheduled, postponed or cancelled, as reported
 * @param mediators     the mediators of the round, as its developments name them
 */
public record Round(Integer number, Status status, PartialDate date, String venue, String chair,
                    List<String> delegations, String outcome, String developmentId, String reason,
                    List<String> mediators) {

    /** Whether the round has happened. */
    public enum Status {
        /** Announced for a date (possibly a new one). */
        SCHEDULED,
        /** Put off with no new date; {@code date} is the one it was last set for. */
        POSTPONED,
        /** Called off. */
        CANCELLED,
        /** Took place. */
        HELD
    }

    /**
     * Copies the lists.
     *
     * @param number the round's number, when the sources number rounds
     * @param status scheduled or held
     * @param date when it is or was
     * @param venue where
     * @param chair who chaired or hosted
     * @param delegations the delegations present
     * @param outcome the outcome in words
     * @param developmentId the development that last changed this round
     * @param reason why it was last rescheduled, postponed or cancelled, as reported
     * @param mediators the mediators of the round, as its developments name them
     */
    public Round {
        delegations = PersistentList.copyOf(delegations);
        mediators = PersistentList.copyOf(mediators);
    }
}
