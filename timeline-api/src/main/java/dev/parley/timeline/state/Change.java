package dev.parley.timeline.state;

import java.util.List;

/**
 * One difference between two states of a negotiation: what kind of change, which item ({@code subject}), which of
 * its fields, the value before and after as data (not prose), and the developments that caused it.
 *
 * <p>{@code from} and {@code to} hold the state's own values, so a program can use them and a printer can word
 * them: for {@code *_ADDED} kinds {@code to} is the added item ({@link Position}, {@link Agreement}, {@link Round},
 * ...) and {@code field} the state list it joined ({@code "positions"}); for {@link Kind#REMOVED} {@code from} is the
 * item that is gone; for the other kinds {@code field} names a component of the subject, as in the state's JSON
 * ({@code "status"}, {@code "delivered"}, {@code "deniedBy"}, {@code "venue"} ...), and {@code from}/{@code to} its
 * values ({@link PositionStatus}, a list of {@link Delivery}, a {@link ClaimReaction}, a date ...). When a list grows
 * by one element (a denial, a figure's version, a dispute, a declaration) {@code from} is null and {@code to} the new
 * element.
 *
 * <pre>{@code
 * for (Change c : parley.diff(id, AsOf.occurredBy(april1), AsOf.occurredBy(may20))) {
 *     if (c.kind() == Change.Kind.POSITION_STATUS_CHANGED) {
 *         PositionStatus now = (PositionStatus) c.to();
 *     }
 * }
 * }</pre>
 *
 * @param kind     what kind of change
 * @param subject  the id of what changed: the negotiation, a position, agreement, claim, document, statement, correction or
 *                 participant development id; {@code agreement/provision} for a ledger; a step's development id;
 *                 {@code "round N"} for a numbered round; a figure's subject
 * @param field    the state list an item joined or left, or the subject's component that changed
 * @param from     the value before; null for additions and for elements added to a list
 * @param to       the value after; null for removals
 * @param causedBy the developments that made the difference; empty when only the evaluation day moved (a
 *                 deadline passed) or when the state does not name the development (a declaration of fulfilment
 *                 records only who declared)
 */
public record Change(Kind kind, String subject, String field, Object from, Object to, List<String> causedBy) {

    /** Kinds of change. */
    public enum Kind {
        /** The negotiation was opened ({@code opened}: null to a date), or its title or opening date changed. */
        NEGOTIATION_CHANGED,
        /** An actor joined; {@code to} is the {@link Participant}. */
        PARTICIPANT_ADDED,
        /** A round was scheduled or held; {@code to} is the {@link Round}. */
        ROUND_ADDED,
        /** A component of a round changed (status, date, venue, outcome ...). */
        ROUND_CHANGED,
        /** A document was delivered; {@code to} is the {@link Document}. */
        DOCUMENT_ADDED,
        /** A component of a document changed (a correction). */
        DOCUMENT_CHANGED,
        /** A demand, proposal or offer was made; {@code to} is the {@link Position}. */
        POSITION_ADDED,
        /** A position's {@link PositionStatus} changed. */
        POSITION_STATUS_CHANGED,
        /** A position was answered again with its current status, e.g. rejected once more. */
        POSITION_STATUS_REPEATED,
        /** The count delivered against a position ({@code deliveredSoFar}) changed; integers. */
        POSITION_DELIVERED,
        /** Another component of a position changed (a correction of its terms, deadline ...). */
        POSITION_CHANGED,
        /** An agreement was reached; {@code to} is the {@link Agreement}, ledgers included. */
        AGREEMENT_ADDED,
        /** A component of an agreement changed (title, parties ...). */
        AGREEMENT_CHANGED,
        /** A provision's ledger changed; field {@code delivered}: lists of {@link Delivery}, or another component. */
        LEDGER_CHANGED,
        /** An implementation step was disputed; subject is the step, {@code to} the disputing development's id. */
        STEP_DISPUTED,
        /** A party declared a provision or agreement fulfilled; {@code to} is the party. */
        FULFILMENT_DECLARED,
        /** A claim was made; {@code to} is the {@link Claim}. */
        CLAIM_ADDED,
        /** A claim was denied; {@code to} is the {@link ClaimReaction}. */
        CLAIM_DISPUTED,
        /** A claim was confirmed; {@code to} is the {@link ClaimReaction}. */
        CLAIM_CONFIRMED,
        /** A component of a claim changed (a correction). */
        CLAIM_CHANGED,
        /** A figure was reported for a new subject; {@code to} is the {@link Figure}. */
        FIGURE_ADDED,
        /** Another version of a figure was reported; {@code to} is the {@link FigureVersion}. */
        FIGURE_VERSION_ADDED,
        /** A version of a figure was corrected; {@code from} and {@code to} are the {@link FigureVersion}s. */
        FIGURE_CHANGED,
        /** A statement was recorded; {@code to} is the {@link Statement}. */
        STATEMENT_ADDED,
        /** A component of a statement changed (a correction). */
        STATEMENT_CHANGED,
        /** A correction or retraction took effect; {@code to} is the {@link Correction}. */
        CORRECTION_ADDED,
        /**
         * An agreement's {@link AgreementStatus} changed (signed, suspended, resumed, terminated, expired ...); caused
         * by the developments in its life since, empty when only the evaluation day moved (it expired).
         */
        AGREEMENT_STATUS_CHANGED,
        /** A provision's {@link ProvisionStatus} changed; subject {@code agreement/provision}. */
        PROVISION_STATUS_CHANGED,
        /** A delegation was appointed; {@code to} is the {@link Delegation}. */
        DELEGATION_ADDED,
        /** A meeting was proposed; {@code to} is the {@link Meeting}. */
        MEETING_ADDED,
        /** A component of a proposed meeting changed: {@code status} when it was held. */
        MEETING_CHANGED,
        /** A document was made public; {@code to} is the {@link Publication}. */
        PUBLICATION_ADDED,
        /** An action (strike, blockade ...) started; {@code to} is the {@link Action}. */
        ACTION_ADDED,
        /** A component of an action changed: {@code status} when it ended. */
        ACTION_CHANGED,
        /** A development was disputed; subject is the disputed development, {@code to} the {@link Reaction}. */
        DEVELOPMENT_DISPUTED,
        /** A development was confirmed; subject is the confirmed development, {@code to} the {@link Reaction}. */
        DEVELOPMENT_CONFIRMED,
        /** Another version of a field was reported; subject is the development, {@code to} the {@link Version}. */
        VERSION_ADDED,
        /** Something in the earlier state is absent from the later one (retracted, or the later cut is narrower). */
        REMOVED,
        /** A transfer outside any agreement was recorded; {@code to} is its {@link Step}. */
        TRANSFER_ADDED
    }

    /**
     * Copies the list.
     *
     * @param kind what kind of change
     * @param subject the id of what changed: the negotiation, a position, agreement, claim, document, statement,
     *                correction or participant development id; {@code agreement/provision} for a ledger; a step's
     *                development id; {@code "round N"} for a numbered round; a figure's subject
     * @param field the state list an item joined or left, or the subject's component that changed
     * @param from the value before; null for additions and for elements added to a list
     * @param to the value after; null for removals
     * @param causedBy the developments that made the difference; empty when only the evaluation day moved (a
     *                 deadline passed) or when the state does not name the development (a declaration of
     *                 fulfilment records only who declared)
     */
    public Change {
        causedBy = List.copyOf(causedBy);
    }

    /** @return {@code POSITION_STATUS_CHANGED offer-1 status: OPEN -> FULFILLED (by delivery-1)}, for logs */
    @Override
    public String toString() {
        return kind + " " + subject + " " + field + ": " + from + " -> " + to
                + (causedBy.isEmpty() ? "" : " (by " + String.join(", ", causedBy) + ")");
    }
}
