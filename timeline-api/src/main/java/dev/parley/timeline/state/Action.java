package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;

import java.util.List;

/**
 * An action a side takes to press its case (a strike, a blockade), ongoing or ended.
 *
 * @param id          the {@code action-started} development
 * @param action      what kind: "strike", "lockout", "blockade", "offensive" ...
 * @param by          who acts
 * @param against     against whom
 * @param description the action in words
 * @param started     when it started
 * @param status      ongoing or ended
 * @param ended       when it ended; null while ongoing
 * @param endedIn     the {@code action-ended} development; null while ongoing
 * @param endedBy     who ended it, if stated
 * @param reason      why it ended, as stated
 */
public record Action(String id, String action, List<String> by, List<String> against, String description,
                     PartialDate started, Status status, PartialDate ended, String endedIn, String endedBy,
                     String reason) {

    /** Whether the action goes on. */
    public enum Status {
        /** Started, not ended. */
        ONGOING,
        /** Ended by an {@code action-ended}. */
        ENDED
    }

    /**
     * Copies the lists.
     *
     * @param id the {@code action-started} development
     * @param action what kind: "strike", "lockout", "blockade", "offensive" ...
     * @param by who acts
     * @param against against whom
     * @param description the action in words
     * @param started when it started
     * @param status ongoing or ended
     * @param ended when it ended; null while ongoing
     * @param endedIn the {@code action-ended} development; null while ongoing
     * @param endedBy who ended it, if stated
     * @param reason why it ended, as stated
     */
    public Action {
        by = PersistentList.copyOf(by);
        against = PersistentList.copyOf(against);
    }
}
