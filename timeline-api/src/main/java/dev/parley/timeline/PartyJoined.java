package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An actor takes part in the negotiation as a party, mediator, host or observer.
 * JSON type name {@code "party-joined"}.
 *
 * <pre>{@code
 * PartyJoined.of(Envelope.of("host-turkey", "ru-ua-2025", "2025-05-16"), "Turkey").as(PartyRole.HOST)
 * }</pre>
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

    /**
     * The first stage: who joins; {@link As#as(PartyRole)} says in what role.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param party the party, mediator, host ... that joins
     * @return the stage that takes the role
     */
    public static As of(Envelope envelope, String party) {
        return role -> new PartyJoined(envelope, party, role);
    }

    /** The last stage of {@link #of(Envelope, String)}: the role the party joins in. */
    @FunctionalInterface
    public interface As {
        /**
         * @param role the role it joins in
         * @return the development
         */
        PartyJoined as(PartyRole role);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onPartyJoined(this);
    }
}
