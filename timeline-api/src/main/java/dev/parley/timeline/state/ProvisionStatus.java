package dev.parley.timeline.state;

/**
 * Where a provision of an agreement stands. Derived in the fold from the steps, declarations, {@code FULFILS}
 * refs and the agreement's own status; {@link #OVERDUE} is judged at the day a state is evaluated at.
 */
public enum ProvisionStatus {
    /** Nothing carried out yet. */
    OPEN,
    /** Some steps carried out, not all. */
    IN_PROGRESS,
    /** Declared fulfilled, fulfilled by a {@code FULFILS} ref, or every stated target reached by undisputed steps. */
    FULFILLED,
    /** Open or in progress after its firm deadline, as of the evaluation day. */
    OVERDUE,
    /** The agreement is suspended. */
    SUSPENDED,
    /** The agreement ended (terminated, withdrawn from, or expired) before it was fulfilled. */
    TERMINATED,
    /** Its term (a phase of a fixed number of days) ended, as of the evaluation day, before it was fulfilled. */
    TERM_ENDED
}
