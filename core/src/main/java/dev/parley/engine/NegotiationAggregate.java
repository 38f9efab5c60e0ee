package dev.parley.engine;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dev.parley.model.NegotiationDecider;
import dev.parley.model.NegotiationDecider.Recorded;
import dev.parley.model.NegotiationProjection;
import dev.parley.timeline.Development;
import dev.parley.timeline.RecordResult;
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
 * other thing it keeps is, per recorded development id, its type and a content fingerprint
 * ({@link NegotiationDecider.Recorded}). Fields are visible to Jackson so snapshots keep them. Rules see content
 * as recorded; corrections change what the read side shows, not what may be referenced.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class NegotiationAggregate {

    @AggregateIdentifier
    private String negotiationId;
    private NegotiationState state;
    private Map<String, Recorded> recorded = new HashMap<>();

    /** For Axon and Jackson. */
    protected NegotiationAggregate() {
    }

    /**
     * Decides with {@link NegotiationDecider} and applies a new development as an event.
     *
     * @param command the development to record
     * @return whether it was new
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RecordResult handle(RecordDevelopment command) {
        Development development = command.development();
        RecordResult result = NegotiationDecider.decide(current(development.negotiationId()), recorded::get,
                development);
        if (result == RecordResult.RECORDED) {
            AggregateLifecycle.apply(development);
        }
        return result;
    }

    @EventSourcingHandler
    void on(Development development) {
        negotiationId = development.negotiationId();
        state = NegotiationProjection.evolve(current(negotiationId), development);
        recorded.put(development.id(), Recorded.of(development));
    }

    private NegotiationState current(String id) {
        return state != null ? state : NegotiationState.initial(id);
    }
}
