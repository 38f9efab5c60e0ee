package dev.parley.timeline;

/** How a development relates to an earlier one it references. */
public enum RefKind {
    /** An answer to the earlier development (a reply, a counter-proposal). */
    RESPONDS_TO,
    /**
     * Carries out, wholly or partly, what the earlier development promised: a demand, proposal or offer, a meeting
     * proposed, or an agreement (or, with {@link Ref#provision()}, one of its provisions).
     */
    FULFILS,
    /** Implements an agreement or decision. */
    IMPLEMENTS,
    /** Contests the earlier development's content; any development can be disputed. */
    DISPUTES,
    /** Bears out the earlier development's content; any development can be confirmed. */
    CONFIRMS,
    /** Replaces the earlier development's content. */
    CORRECTS,
    /** Is part of the earlier development (a demand contained in a memorandum). */
    CONTAINED_IN,
    /** Any other link worth keeping. */
    RELATES_TO
}
