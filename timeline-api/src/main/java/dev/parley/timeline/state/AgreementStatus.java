package dev.parley.timeline.state;

/**
 * Where an agreement stands. Derived in the fold from its signatures, suspensions, endings and provisions;
 * {@link #EXPIRED} is judged at the day a state is evaluated at. The first that applies, in this order:
 * {@code TERMINATED} / {@code WITHDRAWN}, {@code EXPIRED}, {@code SUSPENDED}, {@code FULFILLED}, {@code SIGNED},
 * {@code IN_FORCE}.
 */
public enum AgreementStatus {
    /** Signed by some of its parties, not yet by all. */
    SIGNED,
    /** Agreed, and signed by every party where signatures are recorded. */
    IN_FORCE,
    /** Suspended by a party, not yet resumed. */
    SUSPENDED,
    /** Ended by a party, or lapsed without renewal. */
    TERMINATED,
    /** Ended because parties withdrew until fewer than two remain (one withdrawal ends a bilateral agreement). */
    WITHDRAWN,
    /** Its term ended, as of the evaluation day, and it was not extended. */
    EXPIRED,
    /** Declared fulfilled, fulfilled by a {@code FULFILS} ref, or every provision fulfilled. */
    FULFILLED
}
