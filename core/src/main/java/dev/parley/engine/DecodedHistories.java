package dev.parley.engine;

import com.github.benmanes.caffeine.cache.Cache;
import dev.parley.model.History;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.state.NegotiationState;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The decoded stored histories of recently asked negotiations, for cuts on all three axes: each a model
 * {@link History} (whose checkpoints make a cut cost the developments near it, and which keeps when every development
 * was stored, for {@link AsOf#recordedBy()}), extended by what was stored since it was cached, never read again whole.
 *
 * <p>Bounded by the developments held together, like the read side's states, and like them holding the history
 * asked last beyond the bound ({@link HoldingCache}): a negotiation larger than the bound is then not read and
 * decoded whole again on every cut.
 */
final class DecodedHistories {
    private final EventStorageEngine engine;
    private final Function<String, Optional<Long>> lastStored;
    private final HoldingCache<History> histories;

    /**
     * @param engine             where the developments are stored
     * @param lastStored         the last stored sequence number of a negotiation
     * @param cachedDevelopments how many developments the cached histories may hold together
     */
    DecodedHistories(EventStorageEngine engine, Function<String, Optional<Long>> lastStored,
                     long cachedDevelopments) {
        this.engine = engine;
        this.lastStored = lastStored;
        this.histories = new HoldingCache<>(cachedDevelopments, History::weight);
    }

    /** @return the cache of decoded histories, for metrics */
    Cache<String, ?> cache() {
        return histories.cache();
    }

    /**
     * @param negotiationId the negotiation
     * @param cut           the cut, on any of the three axes
     * @return the state folded at the cut (deadlines not evaluated), or empty when nothing is stored
     */
    Optional<NegotiationState> stateAsOf(String negotiationId, AsOf cut) {
        Optional<Long> last = lastStored.apply(negotiationId);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        History history = histories.get(negotiationId, History::of);
        extend(history, last.get());
        histories.put(negotiationId, history);   // weighed again now that it grew
        return Optional.of(history.stateAsOf(cut, (int) (last.get() + 1)));
    }

    /** Reads and appends what was stored after what the history holds, up to {@code last}; one thread at a time. */
    private void extend(History history, long last) {
        synchronized (history) {   // History allows one appender at a time; readers never wait
            int from = history.size();
            if (from > last) {
                return;
            }
            try (Stream<? extends DomainEventMessage<?>> events = engine.readEvents(history.negotiationId(), from)
                    .asStream()) {
                events.takeWhile(event -> event.getSequenceNumber() <= last)
                        .forEach(event -> history.append((Development) event.getPayload(), event.getTimestamp()));
            }
        }
    }
}
