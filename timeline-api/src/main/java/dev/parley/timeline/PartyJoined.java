package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An actor takes part in the negotiation as a party, mediator, host or observer.
 * JSON type name {@code "party-joined"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param party the actor, e.g. "Turkey"
 * @param role the part it plays
 */
@JsonTypeName("party-joined")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PartyJoined(@JsonUnwrapped Envelope envelope,
        String party,
        PartyRole role) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param party the actor, e.g. "Turkey"
     * @param role the part it plays
     */
    public PartyJoined {
        Values.required("envelope", envelope);
        party = Values.text("party", party);
        Values.required("role", role);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onPartyJoined(this);
    }
}
