package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;

import java.util.List;

/**
 * A meeting someone proposed, and whether it took place.
 *
 * @param id            the {@code meeting-proposed} development
 * @param by            who proposed it
 * @param with          who was to meet
 * @param venue         where, if proposed
 * @param date          when, if proposed
 * @param preconditions conditions set for it
 * @param mediators     the mediators of the proposal
 * @param proposed      when it was proposed
 * @param status        proposed, or held
 * @param heldBy        the developments (usually a {@code round-held}) whose {@code FULFILS} ref say it took place
 */
public record Meeting(String id, List<String> by, List<String> with, String venue, PartialDate date,
                      List<String> preconditions, List<String> mediators, PartialDate proposed, Status status,
                      List<String> heldBy) {

    /** Whether the meeting took place. */
    public enum Status {
        /** Proposed, not (yet) held. */
        PROPOSED,
        /** Held: a development with a {@code FULFILS} ref to the proposal says so. */
        HELD
    }

    /**
     * Copies the lists.
     *
     * @param id the {@code meeting-proposed} development
     * @param by who proposed it
     * @param with who was to meet
     * @param venue where, if proposed
     * @param date when, if proposed
     * @param preconditions conditions set for it
     * @param mediators the mediators of the proposal
     * @param proposed when it was proposed
     * @param status proposed, or held
     * @param heldBy the developments (usually a {@code round-held}) whose {@code FULFILS} ref say it took place
     */
    public Meeting {
        by = PersistentList.copyOf(by);
        with = PersistentList.copyOf(with);
        preconditions = PersistentList.copyOf(preconditions);
        mediators = PersistentList.copyOf(mediators);
        heldBy = PersistentList.copyOf(heldBy);
    }

    /**
     * @param developmentId a development that says the meeting took place
     * @return a copy, held
     */
    public Meeting heldIn(String developmentId) {
        return new Meeting(id, by, with, venue, date, preconditions, mediators, proposed, Status.HELD,
                PersistentList.copyOf(heldBy).plus(developmentId));
    }
}
