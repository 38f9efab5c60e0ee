package dev.parley.timeline;

/**
 * What a ratification vote or approval decided. An {@code agreement-ratified} without an outcome approved.
 */
public enum RatificationOutcome {
    /** The body approved the agreement. */
    APPROVED,
    /** The body rejected the agreement: a tentative agreement rejected in a ratification vote. */
    REJECTED,
    /**
     * The body approved it only to send it on to the vote that decides (a board recommending ratification to the
     * members, a cabinet sending it to parliament): recorded, it decides nothing.
     */
    RECOMMENDED
}
