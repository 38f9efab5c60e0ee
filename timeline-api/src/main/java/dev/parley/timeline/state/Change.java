package dev.parley.timeline.state;

import java.util.List;

/**
 * One difference between two states of a negotiation, naming the developments that caused it.
 *
 * @param kind     what changed
 * @param subject  the id of what changed (a position, agreement/provision, claim, round, figure subject ...)
 * @param from     the value before, in words; null for additions
 * @param to       the value after, in words; null for removals
 * @param causedBy the developments that made the difference; empty when only the evaluation day moved (a
 *                 deadline passed)
 */
public record Change(Kind kind, String subject, String from, String to, List<String> causedBy) {

    /** Kinds of change. */
    public enum Kind {
        /** An actor joined. */
        PARTICIPANT_ADDED,
        /** A round was scheduled or held. */
        ROUND_ADDED,
        /** A round's status or details changed. */
        ROUND_CHANGED,
        /** A document was delivered. */
        DOCUMENT_ADDED,
        /** A demand, proposal or offer was made. */
        POSITION_ADDED,
        /** A position's status changed. */
        POSITION_STATUS_CHANGED,
        /** An agreement was reached. */
        AGREEMENT_ADDED,
        /** A provision's delivered totals moved or steps were added. */
        LEDGER_CHANGED,
        /** A claim was made. */
        CLAIM_ADDED,
        /** A claim was denied. */
        CLAIM_DISPUTED,
        /** A claim was confirmed. */
        CLAIM_CONFIRMED,
        /** A figure was reported for a subject. */
        FIGURE_ADDED,
        /** A statement was recorded. */
        STATEMENT_ADDED,
        /** A correction or retraction took effect. */
        CORRECTION_ADDED,
        /** Something in the earlier state is absent from the later one (retracted, or the later cut is narrower). */
        REMOVED
    }

    /** Copies the list. */
    public Change {
        causedBy = List.copyOf(causedBy);
    }

    @Override
    public String toString() {
        return kind + " " + subject + (from == null ? "" : ": " + from) + (to == null ? "" : (from == null ? ": " : " -> ") + to)
                + (causedBy.isEmpty() ? "" : " (by " + String.join(", ", causedBy) + ")");
    }
}
