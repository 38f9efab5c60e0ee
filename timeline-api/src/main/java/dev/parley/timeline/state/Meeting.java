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
 * @param status        proposed, postponed, or held
 * @param heldBy        the developments (usually a {@code round-held}) whose {@code FULFILS} ref say it took place
 * @param rescheduledBy the {@code round-rescheduled} developments that moved or postponed it, in recorded order
 */
public record Meeting(String id, List<String> by, List<String> with, String venue, PartialDate date,
                      List<String> preconditions, List<String> mediators, PartialDate proposed, Status status,
                      List<String> heldBy, List<String> rescheduledBy) {

    /** Whether the meeting took place. */
    public enum Status {
        /** Proposed, not (yet) held. */
        PROPOSED,
        /** Held: a development with a {@code FULFILS} ref to the proposal says so. */
        HELD,
        /** Put off with no new date by a {@code round-rescheduled}. */
        POSTPONED
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
     * @param status proposed, postponed, or held
     * @param heldBy the developments (usually a {@code round-held}) whose {@code FULFILS} ref say it took place
     * @param rescheduledBy the {@code round-rescheduled} developments that moved or postponed it
     */
    public Meeting {
        by = PersistentList.copyOf(by);
        with = PersistentList.copyOf(with);
        preconditions = PersistentList.copyOf(preconditions);
        mediators = PersistentList.copyOf(mediators);
        heldBy = PersistentList.copyOf(heldBy);
        rescheduledBy = PersistentList.copyOf(rescheduledBy);
    }

    /**
     * @param developmentId the {@code round-rescheduled} development
     * @param newDate       the new date; null when postponed with none
     * @param newVenue      the new venue; null when it stays
     * @return a copy moved to the new date (proposed again), or postponed
     */
    public Meeting rescheduled(String developmentId, PartialDate newDate, String newVenue) {
        return new Meeting(id, by, with, newVenue == null ? venue : newVenue, newDate == null ? date : newDate,
                preconditions, mediators, proposed, newDate == null ? Status.POSTPONED : Status.PROPOSED, heldBy,
                PersistentList.copyOf(rescheduledBy).plus(developmentId));
    }

    /**
     * @param developmentId a development that says the meeting took place
     * @return a copy, held
     */
    public Meeting heldIn(String developmentId) {
        return new Meeting(id, by, with, venue, date, preconditions, mediators, proposed, Status.HELD,
                PersistentList.copyOf(heldBy).plus(developmentId), rescheduledBy);
    }
}
