package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.ArrayList;
import java.util.List;

/**
 * A response to an earlier demand, proposal or offer: acceptance, rejection or withdrawal. One response may cover
 * several positions: {@link #position()} and the further {@link #positions()}.
 */
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
    /** @return further positions the same response covers; empty for a response to one */
    List<String> positions();

    /** @return every position this response covers: {@link #position()} first, then {@link #positions()} */
    @JsonIgnore
    default List<String> covered() {
        List<String> all = new ArrayList<>();
        all.add(position());
        all.addAll(positions());
        return List.copyOf(all);
    }
}
