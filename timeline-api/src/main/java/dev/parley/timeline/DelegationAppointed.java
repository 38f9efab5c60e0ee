package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * A side appoints or changes its delegation: its head and members. A later appointment for the same side
 * replaces the earlier one as its current delegation; the state keeps both.
 * JSON type name {@code "delegation-appointed"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param party the side the delegation speaks for
 * @param head who leads it, if named
 * @param members its other members, if named
 */
@JsonTypeName("delegation-appointed")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DelegationAppointed(@JsonUnwrapped Envelope envelope,
        String party,
        Agent head,
        List<Agent> members) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param party the side the delegation speaks for
     * @param head who leads it, if named
     * @param members its other members, if named
     */
    public DelegationAppointed {
        Values.required("envelope", envelope);
        party = Values.text("party", party).intern();
        members = Values.list("members", members);
        if (head == null && members.isEmpty()) {
            throw new InvalidValueException("head", "a delegation needs a head or members");
        }
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onDelegationAppointed(this);
    }
}
