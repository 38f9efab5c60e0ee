package dev.parley.timeline;

/**
 * What a ratification vote or approval decided. An {@code agreement-ratified} without an outcome approved.
 */
public enum RatificationOutcome {
    /** The body approved the agreement. */
    APPROVED,
    /** The body rejected the agreement: a tentative agreement rejected in a ratification vote. */
    REJECTED
}
