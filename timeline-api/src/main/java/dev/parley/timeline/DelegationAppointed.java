package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * A side appoints or changes its delegation: its head and members, when named, and its size, when reported. A later appointment for the same side
 * replaces the earlier one as its current delegation; the state keeps both.
 * JSON type name {@code "delegation-appointed"}.
 *
 * <pre>{@code
 * DelegationAppointed.headedBy(Envelope.of("delegation-ukraine", "ru-ua-2025", "2025-05-30"), "Ukraine",
 *         Agent.named("Rustem Umerov", "Defence Minister of Ukraine", "Ukraine"))
 *         .withMembers(Agent.named("Kyrylo Budanov", "Head of military intelligence", "Ukraine"))
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param party the side the delegation speaks for
 * @param head who leads it, if named
 * @param members its other members, if named
 * @param size how many people it counts, as reported, named or not (optional; at least the named people)
 */
@JsonTypeName("delegation-appointed")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DelegationAppointed(@JsonUnwrapped Envelope envelope,
        String party,
        Agent head,
        List<Agent> members,
        Integer size) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param party the side the delegation speaks for
     * @param head who leads it, if named
     * @param members its other members, if named
     * @param size how many people it counts, as reported, named or not (optional; at least the named people)
     */
    public DelegationAppointed {
        Values.required("envelope", envelope);
        party = Values.text("party", party).intern();
        members = Values.list("members", members);
        // A delegation reported by its party or its size alone is still a delegation (issue 20).
        Speakers.delegationSize(size, members.size() + (head == null ? 0 : 1));
    }

    /**
     * A delegation without a reported size, as in format {@code parley/1} before {@code size}.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param party the side the delegation speaks for
     * @param head who leads it, if named
     * @param members its other members, if named
     */
    public DelegationAppointed(Envelope envelope, String party, Agent head, List<Agent> members) {
        this(envelope, party, head, members, null);
    }

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param party the party the delegation represents
     * @return a delegation known only by its party: no one named (add a size with {@link #withSize(int)})
     */
    public static DelegationAppointed of(Envelope envelope, String party) {
        return new DelegationAppointed(envelope, party, null, List.of(), null);
    }

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param party the party the delegation represents
     * @param head  who leads it
     * @return a delegation with its head and no other members (add them with {@link #withMembers(Agent...)})
     */
    public static DelegationAppointed headedBy(Envelope envelope, String party, Agent head) {
        return new DelegationAppointed(envelope, party, head, List.of());
    }

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param party   the party the delegation represents
     * @param members its members, when no head was named
     * @return a delegation without a named head
     */
    public static DelegationAppointed members(Envelope envelope, String party, Agent... members) {
        return new DelegationAppointed(envelope, party, null, Values.listOf(members));
    }

    /**
     * @param members its members besides the head
     * @return a copy with these members
     */
    public DelegationAppointed withMembers(Agent... members) {
        return new DelegationAppointed(envelope, party, head, Values.listOf(members), size);
    }

    /**
     * @param size how many people it counts, as reported
     * @return a copy with the size
     */
    public DelegationAppointed withSize(int size) {
        return new DelegationAppointed(envelope, party, head, members, size);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onDelegationAppointed(this);
    }
}
