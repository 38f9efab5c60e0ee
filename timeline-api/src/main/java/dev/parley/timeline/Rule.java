package dev.parley.timeline;

/**
 * The rules a development can break. Every rejection names one, so callers can react by rule rather than by
 * message text.
 */
public enum Rule {
    /** The development's negotiation has not been opened by a {@code negotiation-opened} development. */
    NEGOTIATION_NOT_OPENED,
    /** A second {@code negotiation-opened} for a negotiation that already exists. */
    NEGOTIATION_ALREADY_OPENED,
    /** The same development id was recorded before with different content. */
    CONFLICTING_DUPLICATE,
    /** An accept, reject or withdraw names a position that was never recorded. */
    UNKNOWN_POSITION,
    /**
     * A {@code FULFILS} ref names a development that cannot be fulfilled: only a demand, proposal or offer, a
     * meeting proposed, or an agreement (or one of its provisions) can. The message names what the target is.
     */
    NOT_FULFILLABLE,
    /**
     * The position answered or delivered against no longer takes that move: a withdrawn position takes nothing
     * more, a rejected one only another rejection or its holder's withdrawal (no acceptance, no delivery through a
     * {@code FULFILS} ref). The message names the status and who set it.
     */
    POSITION_NOT_OPEN,
    /** A position is withdrawn by a side that did not take it. */
    NOT_POSITION_HOLDER,
    /** A {@code party-joined} for a party that already joined in the same role. */
    PARTY_ALREADY_JOINED,
    /**
     * A {@code round-held}, {@code round-scheduled}, {@code round-rescheduled} or {@code round-cancelled} for a round
     * number that was already held.
     */
    ROUND_ALREADY_HELD,
    /** A {@code round-rescheduled} or {@code round-cancelled} for a round number never scheduled. */
    UNKNOWN_ROUND,
    /** A {@code round-cancelled}, or a postponement, of a round that was already cancelled. */
    ROUND_CANCELLED,
    /** A deadline falls before the development that sets it. */
    DEADLINE_BEFORE_POSITION,
    /**
     * A step, declaration, allegation or agreement development names an agreement that was never recorded, or a
     * ref names a provision of a development that is no agreement.
     */
    UNKNOWN_AGREEMENT,
    /** A step, declaration, allegation or ref names a provision the agreement does not have. */
    UNKNOWN_PROVISION,
    /**
     * A signature, ratification, extension, suspension, resumption, termination or withdrawal of an agreement that
     * was already terminated or withdrawn from. The message names the status and who set it.
     */
    AGREEMENT_ENDED,
    /** An {@code agreement-suspended} of an agreement that is already suspended. */
    AGREEMENT_ALREADY_SUSPENDED,
    /** An {@code agreement-resumed} of an agreement that is not suspended. */
    AGREEMENT_NOT_SUSPENDED,
    /** A second {@code agreement-signed} of the same agreement by the same party. */
    ALREADY_SIGNED,
    /** A second {@code agreement-withdrawn-from} of the same agreement by the same party. */
    ALREADY_WITHDRAWN,
    /** An {@code action-ended} names an action that was never started. */
    UNKNOWN_ACTION,
    /** An {@code action-ended} names an action that already ended. */
    ACTION_NOT_ONGOING,
    /** A {@code document-published} names a delivered document that was never recorded. */
    UNKNOWN_DOCUMENT,
    /** A {@code version-reported} names a field the development it refers to does not have. */
    UNKNOWN_FIELD,
    /** A denial or confirmation names a claim that was never recorded. */
    UNKNOWN_CLAIM,
    /** A {@code refs} entry names a development that was never recorded in this negotiation. */
    UNKNOWN_REFERENCE,
    /** A correction's replacement is of another type than the development it corrects. */
    CORRECTION_TYPE_MISMATCH,
    /** A development fulfilling a position (a {@code FULFILS} ref) certainly occurred before the position was taken. */
    FULFILMENT_BEFORE_POSITION,
    /**
     * A {@code fulfilment-reported} brings what was delivered against a position beyond the position's exact (or
     * at most) quantity, without {@code "overFulfilment": true} saying that more was delivered than promised.
     */
    OVER_FULFILMENT,
    /** A correction or retraction targets a development that was already retracted. */
    ALREADY_RETRACTED,
    /**
     * A correction or retraction targets the {@code negotiation-opened} development: every other development
     * depends on it, so it stands as recorded.
     */
    OPENING_NOT_REVISABLE,
    /**
     * An {@code agreement-suspended} naming a provision that the same party already suspended and has not resumed
     * (another party may suspend it too: suspensions per party overlap).
     */
    PROVISION_ALREADY_SUSPENDED,
    /** An {@code agreement-resumed} naming a provision that the resuming party has not suspended (or resumed). */
    PROVISION_NOT_SUSPENDED,
    /**
     * A {@code DISPUTES} ref naming a disputed part that is not part of its target: the target is no implementation
     * step, or a disputed share names a side and unit the step did not deliver, or more than it delivered.
     */
    DISPUTED_PART_NOT_IN_STEP,
    /** A value breaks its own rule (blank id, negative count, impossible date ...). */
    INVALID_VALUE,
    /** The input is not well-formed (not JSON, truncated, wrong structure, unknown type, missing field). */
    MALFORMED_INPUT
}
