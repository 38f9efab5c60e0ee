package dev.parley.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * <p>Bounded by the developments held together, like the read side's states, with one exception: the history read
 * last stays held even when it alone outweighs the bound. A size-bounded cache would otherwise evict it the moment
 * it was loaded, and every cut on a negotiation larger than the bound would read and decode its whole history again
 * (seen: 7.8 s per cut on 200,000 developments against a bound of 200,000). So the memory held is the bound plus at
 * most the one history being asked.
 */
final class DecodedHistories {
    private final EventStorageEngine engine;
    private final Function<String, Optional<Long>> lastStored;
    private final Cache<String, History> histories;
    /** The history read last, held whatever its weight; replaced by the next one read. */
    private volatile History latest;

    /**
     * @param engine             where the developments are stored
     * @param lastStored         the last stored sequence number of a negotiation
     * @param cachedDevelopments how many developments the cached histories may hold together
     */
    DecodedHistories(EventStorageEngine engine, Function<String, Optional<Long>> lastStored,
                     long cachedDevelopments) {
        this.engine = engine;
        this.lastStored = lastStored;
        this.histories = Caffeine.newBuilder()
                .maximumWeight(cachedDevelopments)
                .weigher((String id, History history) -> (int) Math.min(Integer.MAX_VALUE,
                        Math.max(1, history.weight())))
                .executor(Runnable::run)
                .recordStats()   // hits and misses, for metrics
                .build();
    }

    /** @return the cache of decoded histories, for metrics */
    Cache<String, ?> cache() {
        return histories;
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
        History history = held(negotiationId);
        extend(history, last.get());
        latest = history;
        // Weighed again now that it grew (Caffeine weighs an entry when it is written).
        histories.asMap().put(negotiationId, history);
        return Optional.of(history.stateAsOf(cut, (int) (last.get() + 1)));
    }

    /** The cached history, else the one read last when it is this negotiation's (a miss either way), else a new one. */
    private History held(String negotiationId) {
        return histories.get(negotiationId, id -> {
            History pinned = latest;
            return pinned != null && pinned.negotiationId().equals(id) ? pinned : History.of(id);
        });
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
