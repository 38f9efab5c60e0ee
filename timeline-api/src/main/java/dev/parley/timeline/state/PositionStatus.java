package dev.parley.timeline.state;

/** Where a demand, proposal or offer stands. */
public enum PositionStatus {
    /** Made and not yet answered for good. */
    OPEN,
    /** Accepted by a side it was addressed to. */
    ACCEPTED,
    /** Rejected (possibly repeatedly) by a side it was addressed to. */
    REJECTED,
    /** Withdrawn by the side that made it. */
    WITHDRAWN,
    /** Carried out in full. */
    FULFILLED,
    /** Carried out in part. */
    PARTLY_FULFILLED,
    /** Dropped without being carried out or withdrawn. */
    LAPSED,
    /** Still open after its deadline, as of the date the state is evaluated at. */
    OVERDUE
}
