package dev.parley.timeline.state;

/**
 * Where an agreement stands. Derived in the fold from its signatures, suspensions, endings and provisions;
 * {@link #EXPIRED} is judged at the day a state is evaluated at. The first that applies, in this order:
 * {@code TERMINATED} / {@code WITHDRAWN}, {@code EXPIRED}, {@code REJECTED}, {@code PENDING_APPROVAL},
 * {@code SUSPENDED}, {@code STALLED}, {@code FULFILLED}, {@code PENDING_ENTRY_INTO_FORCE} (judged at the evaluation
 * day), {@code SIGNED}, {@code IN_FORCE}.
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
    FULFILLED,
    /** Agreed tentatively ("agreed, pending approval"), not yet approved in a ratification vote. */
    PENDING_APPROVAL,
    /** A tentative agreement rejected in its last ratification vote; a new vote may still approve it. */
    REJECTED,
    /** Agreed (and approved where needed), entering into force at a stated time after the evaluation day. */
    PENDING_ENTRY_INTO_FORCE,
    /** Stopped moving without anybody suspending it, until an {@code agreement-resumed} reactivates it. */
    STALLED
}
