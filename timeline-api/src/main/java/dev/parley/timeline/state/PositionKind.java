package dev.parley.timeline.state;

/** Which kind of position a side took. */
public enum PositionKind {
    /** From {@code demand-made}. */
    DEMAND,
    /** From {@code proposal-made}. */
    PROPOSAL,
    /** From {@code offer-made}. */
    OFFER
}
