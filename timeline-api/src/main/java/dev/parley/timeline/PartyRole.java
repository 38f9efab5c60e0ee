package dev.parley.timeline;

/**
 * The part an actor plays in a negotiation. An actor may play several parts (a host that also mediates): it
 * joins once per role.
 */
public enum PartyRole {
    /** A negotiating party whose interests are at stake. */
    PARTY,
    /** A third party helping the parties reach agreement. */
    MEDIATOR,
    /** The state or body hosting the talks. */
    HOST,
    /** Present without negotiating. */
    OBSERVER,
    /** Makes the process possible without mediating its substance (the Red Cross at an exchange). */
    FACILITATOR,
    /** Vouches for an agreement being kept. */
    GUARANTOR,
    /** Affected by or acting on the negotiation without being at the table. */
    THIRD_PARTY
}
