package dev.parley.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parley.model.History;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.state.NegotiationState;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The decoded stored histories of recently asked negotiations, for cuts: each a model {@link History} (whose
 * checkpoints make a cut cost the developments near it), extended by what was stored since it was cached, never
 * read again whole. Bounded by the developments held together, like the read side's states. Each keeps when every
 * development was stored, for the audit axis ({@link AsOf#recordedBy()}): the store at an instant held the
 * developments before the first one stored after it.
 */
final class DecodedHistories {
    private final EventStorageEngine engine;
    private final Function<String, Optional<Long>> lastStored;
    private final Cache<String, Decoded> histories;

    /** One negotiation's history and the instants its developments were stored; extended by one thread at a time. */
    private static final class Decoded {
        final History history;
        /** Grows with {@link #history}, under this object's lock; read through {@link #storedAt()} copies. */
        private final List<Instant> storedAt = new ArrayList<>();

        Decoded(String negotiationId) {
            this.history = History.of(negotiationId);
        }

        /** Reads and appends what was stored after what this holds, up to {@code last}. */
        synchronized void extendTo(EventStorageEngine engine, long last) {
            int from = history.size();
            if (from > last) {
                return;
            }
            try (Stream<? extends DomainEventMessage<?>> events = engine.readEvents(history.negotiationId(), from)
                    .asStream()) {
                events.takeWhile(event -> event.getSequenceNumber() <= last).forEach(event -> {
                    history.append((Development) event.getPayload());
                    storedAt.add(event.getTimestamp());
                });
            }
        }

        /** @return how many developments precede the first one stored after the instant */
        synchronized int storedBy(Instant instant) {
            for (int i = 0; i < storedAt.size(); i++) {
                if (storedAt.get(i).isAfter(instant)) {
                    return i;
                }
            }
            return storedAt.size();
        }
    }

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
                .weigher((String id, Decoded decoded) -> (int) Math.min(Integer.MAX_VALUE,
                        Math.max(1, decoded.history.weight())))
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
        Decoded decoded = histories.get(negotiationId, Decoded::new);
        decoded.extendTo(engine, last.get());
        // Weighed again now that it grew (Caffeine weighs an entry when it is written).
        histories.asMap().replace(negotiationId, decoded, decoded);
        int stored = (int) (last.get() + 1);
        int prefix = cut.recordedBy() == null ? stored : Math.min(stored, decoded.storedBy(cut.recordedBy()));
        return Optional.of(decoded.history.stateAsOf(cut, prefix));
    }
}
