package dev.parley.timeline;

/** A response to an earlier demand, proposal or offer: acceptance, rejection or withdrawal. */
public sealed interface PositionResponse extends Development
        permits ProposalAccepted, ProposalRejected, PositionWithdrawn {
    /** @return the id of the position responded to */
    String position();

    /** @return the side responding */
    String by();

    /** @return the stated reason or wording; may be null */
    String reason();

    /** @return who answered for the side, if named; may be null */
    Agent speaker();

    /** @return the speaker's or side's own words, verbatim; may be null */
    String quote();
}
