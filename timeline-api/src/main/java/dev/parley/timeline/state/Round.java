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
 */
public record Round(Integer number, Status status, PartialDate date, String venue, String chair,
                    List<String> delegations, String outcome, String developmentId) {

    /** Whether the round has happened. */
    public enum Status {
        /** Announced for a date. */
        SCHEDULED,
        /** Took place. */
        HELD
    }

    /** Copies the list. */
    public Round {
        delegations = PersistentList.copyOf(delegations);
    }
}
