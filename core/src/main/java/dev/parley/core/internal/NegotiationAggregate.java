package dev.parley.core.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dev.parley.core.NegotiationProjection;
import dev.parley.core.NegotiationRules;
import dev.parley.core.ParleyJson;
import dev.parley.timeline.Development;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.state.NegotiationState;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.HashMap;
import java.util.Map;

/**
 * One negotiation as an event-sourced aggregate. Its state is the fold's {@link NegotiationState}; the only
 * other thing it keeps is, per recorded development id, its type and a content fingerprint, to tell an idempotent
 * re-record from a conflicting one and to check references. Fields are visible to Jackson so snapshots keep
 * them. Rules see content as recorded; corrections change what the read side shows, not what may be referenced.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class NegotiationAggregate {

    @AggregateIdentifier
    private String negotiationId;
    private NegotiationState state;
    private Map<String, Recorded> recorded = new HashMap<>();

    /** What the aggregate remembers of each recorded development. */
    record Recorded(String type, String fingerprint) {
    }

    /** For Axon and Jackson. */
    protected NegotiationAggregate() {
    }

    /**
     * Decides: idempotent re-record, conflicting duplicate, rule violation, or a new development to apply.
     *
     * @param command the development to record
     * @return whether it was new
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RecordResult handle(RecordDevelopment command) {
        Development development = command.development();
        Recorded earlier = recorded.get(development.id());
        if (earlier != null) {
            if (earlier.fingerprint().equals(ParleyJson.fingerprint(development))) {
                return RecordResult.ALREADY_RECORDED;
            }
            throw new RuleViolationException(Rule.CONFLICTING_DUPLICATE, development.id(),
                    "a different development with this id is already recorded in negotiation '"
                            + development.negotiationId() + "'");
        }
        NegotiationRules.check(current(development.negotiationId()),
                id -> recorded.containsKey(id) ? recorded.get(id).type() : null, development);
        AggregateLifecycle.apply(development);
        return RecordResult.RECORDED;
    }

    @EventSourcingHandler
    void on(Development development) {
        negotiationId = development.negotiationId();
        state = NegotiationProjection.evolve(current(negotiationId), development);
        recorded.put(development.id(), new Recorded(development.typeName(), ParleyJson.fingerprint(development)));
    }

    private NegotiationState current(String id) {
        return state != null ? state : NegotiationState.initial(id);
    }
}
