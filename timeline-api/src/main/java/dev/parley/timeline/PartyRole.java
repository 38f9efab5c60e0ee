package dev.parley.timeline;

/** The part an actor plays in a negotiation. */
public enum PartyRole {
    /** A negotiating party whose interests are at stake. */
    PARTY,
    /** A third party helping the parties reach agreement. */
    MEDIATOR,
    /** The state or body hosting the talks. */
    HOST,
    /** Present without negotiating. */
    OBSERVER
}
