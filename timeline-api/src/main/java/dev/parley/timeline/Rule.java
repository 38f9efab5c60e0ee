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
    /** An accept, reject or withdraw, or a {@code FULFILS} ref, names a position that was never recorded. */
    UNKNOWN_POSITION,
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
    /** A {@code round-held} or {@code round-scheduled} for a round number that was already held. */
    ROUND_ALREADY_HELD,
    /** A deadline falls before the development that sets it. */
    DEADLINE_BEFORE_POSITION,
    /** An implementation step names an agreement that was never recorded. */
    UNKNOWN_AGREEMENT,
    /** An implementation step names a provision the agreement does not have. */
    UNKNOWN_PROVISION,
    /** A denial or confirmation names a claim that was never recorded. */
    UNKNOWN_CLAIM,
    /** A {@code refs} entry names a development that was never recorded in this negotiation. */
    UNKNOWN_REFERENCE,
    /** A correction's replacement is of another type than the development it corrects. */
    CORRECTION_TYPE_MISMATCH,
    /** A correction or retraction targets a development that was already retracted. */
    ALREADY_RETRACTED,
    /**
     * A correction or retraction targets the {@code negotiation-opened} development: every other development
     * depends on it, so it stands as recorded.
     */
    OPENING_NOT_REVISABLE,
    /** A value breaks its own rule (blank id, negative count, impossible date ...). */
    INVALID_VALUE,
    /** The input is not well-formed (not JSON, truncated, wrong structure, unknown type, missing field). */
    MALFORMED_INPUT
}
