package dev.parley.core.internal;

import dev.parley.core.NegotiationProjection;
import dev.parley.timeline.Development;
import dev.parley.timeline.state.NegotiationState;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read side: an Axon event handler that keeps every negotiation's {@link NegotiationState} current by
 * applying the same fold as the aggregate to each stored development, in a streaming processor.
 */
@ProcessingGroup(ReadSide.PROCESSING_GROUP)
public final class ReadSide {
    /** The name of the streaming processor that feeds the read side. */
    public static final String PROCESSING_GROUP = "parley-read-side";

    private final Map<String, NegotiationState> states = new ConcurrentHashMap<>();

    @EventHandler
    void on(Development development) {
        states.compute(development.negotiationId(), (id, state) ->
                NegotiationProjection.evolve(state == null ? NegotiationState.initial(id) : state, development));
    }

    @ResetHandler
    void reset() {
        states.clear();
    }

    /** @return the state of one negotiation, if any development of it was processed */
    public Optional<NegotiationState> state(String negotiationId) {
        return Optional.ofNullable(states.get(negotiationId));
    }

    /** @return the known negotiation ids, sorted */
    public List<String> negotiations() {
        return states.keySet().stream().sorted().toList();
    }
}
