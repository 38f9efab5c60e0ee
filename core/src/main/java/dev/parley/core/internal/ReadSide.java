package dev.parley.core.internal;

import dev.parley.core.NegotiationProjection;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.PersistentList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read side: an Axon event handler, in a streaming processor, that keeps every negotiation's history and its
 * current state. The state is advanced with the same fold as everything else; a correction or retraction, which
 * changes earlier content, re-folds the negotiation's history instead ({@link NegotiationProjection#foldAsOf}).
 */
@ProcessingGroup(ReadSide.PROCESSING_GROUP)
public final class ReadSide {
    /** The name of the streaming processor that feeds the read side. */
    public static final String PROCESSING_GROUP = "parley-read-side";

    /** One negotiation on the read side. */
    record Entry(PersistentList<Development> history, NegotiationState state) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @EventHandler
    void on(Development development) {
        entries.compute(development.negotiationId(), (id, entry) -> {
            PersistentList<Development> history = entry == null
                    ? PersistentList.<Development>empty().plus(development)
                    : entry.history().plus(development);
            NegotiationState state;
            if (development instanceof ReportCorrected || development instanceof ReportRetracted) {
                state = NegotiationProjection.foldAsOf(id, history, AsOf.now());
            } else {
                state = NegotiationProjection.evolve(entry == null ? NegotiationState.initial(id) : entry.state(),
                        development);
            }
            return new Entry(history, state);
        });
    }

    @ResetHandler
    void reset() {
        entries.clear();
    }

    /** @return the current folded state of one negotiation (deadlines not evaluated), if any */
    public Optional<NegotiationState> state(String negotiationId) {
        return Optional.ofNullable(entries.get(negotiationId)).map(Entry::state);
    }

    /** @return the developments of one negotiation as processed, in recorded order */
    public List<Development> history(String negotiationId) {
        Entry entry = entries.get(negotiationId);
        return entry == null ? List.of() : entry.history();
    }

    /** @return the known negotiation ids, sorted */
    public List<String> negotiations() {
        return entries.keySet().stream().sorted().toList();
    }
}
