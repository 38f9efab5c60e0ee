package dev.parley.engine;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dev.parley.model.NegotiationDecider;
import dev.parley.timeline.Development;
import dev.parley.timeline.RecordResult;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One negotiation as an event-sourced aggregate: Axon's home for a {@link NegotiationDecider}, which holds the
 * state, the recorded ids and every rule. The command handler asks the decider; the one event sourcing handler
 * lets it evolve. Fields are visible to Jackson so snapshots keep them (the decider serialises its own).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class NegotiationAggregate {

    @AggregateIdentifier
    private String negotiationId;
    private NegotiationDecider decider;

    /** For Axon and Jackson. */
    protected NegotiationAggregate() {
    }

    /**
     * Decides with the negotiation's {@link NegotiationDecider} and applies a new development as an event.
     *
     * @param command the development to record
     * @return whether it was new
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RecordResult handle(RecordDevelopment command) {
        Development development = command.development();
        RecordResult result = decider(development.negotiationId()).decide(development);
        if (result == RecordResult.RECORDED) {
            AggregateLifecycle.apply(development);
        }
        return result;
    }

    @EventSourcingHandler
    void on(Development development) {
        negotiationId = development.negotiationId();
        decider(negotiationId).evolve(development);
    }

    /** @return the decider, or null before the first development; for tests of this package */
    NegotiationDecider decider() {
        return decider;
    }

    private NegotiationDecider decider(String id) {
        if (decider == null) {
            decider = NegotiationDecider.initialState(id);
        }
        return decider;
    }
}
