package dev.parley.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parley.model.NegotiationProjection;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.state.NegotiationState;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The decoded stored histories of recently asked negotiations, for cuts: a query reads only what was stored since
 * the history was cached, never the whole history again. Bounded by the developments held together, like the read
 * side's states. Each history keeps when every development was stored, for the audit axis
 * ({@link AsOf#recordedBy()}): the store at an instant held the developments before the first one stored after it.
 */
final class DecodedHistories {
    private final EventStorageEngine engine;
    private final Cache<String, Decoded> histories;

    /** One negotiation's stored developments and their storage instants, in sequence order; never changed. */
    private record Decoded(List<Development> developments, List<Instant> storedAt) {
        int size() {
            return developments.size();
        }
    }

    /**
     * @param engine             where the developments are stored
     * @param cachedDevelopments how many developments the cached histories may hold together
     */
    DecodedHistories(EventStorageEngine engine, long cachedDevelopments) {
        this.engine = engine;
        this.histories = Caffeine.newBuilder()
                .maximumWeight(cachedDevelopments)
                .weigher((String id, Decoded decoded) -> Math.max(1, decoded.size()))
                .executor(Runnable::run)
                .build();
    }

    /**
     * @param negotiationId the negotiation
     * @param cut           the cut, on any of the three axes
     * @return the state folded at the cut (deadlines not evaluated), or empty when nothing is stored
     */
    Optional<NegotiationState> stateAsOf(String negotiationId, AsOf cut) {
        Optional<Long> last = engine.lastSequenceNumberFor(negotiationId);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Decoded decoded = upTo(negotiationId, last.get());
        int prefix = cut.recordedBy() == null ? decoded.size() : storedBy(decoded, cut.recordedBy());
        return Optional.of(NegotiationProjection.foldAsOf(negotiationId,
                decoded.developments().subList(0, prefix), cut));
    }

    /** The cached history extended by what was stored after it (all of it when nothing is cached). */
    private Decoded upTo(String negotiationId, long last) {
        Decoded cached = histories.getIfPresent(negotiationId);
        if (cached != null && cached.size() > last) {
            return cached;
        }
        int from = cached == null ? 0 : cached.size();
        List<Development> developments = new ArrayList<>(cached == null ? List.of() : cached.developments());
        List<Instant> storedAt = new ArrayList<>(cached == null ? List.of() : cached.storedAt());
        try (Stream<? extends DomainEventMessage<?>> events = engine.readEvents(negotiationId, from).asStream()) {
            events.takeWhile(event -> event.getSequenceNumber() <= last).forEach(event -> {
                developments.add((Development) event.getPayload());
                storedAt.add(event.getTimestamp());
            });
        }
        Decoded extended = new Decoded(List.copyOf(developments), List.copyOf(storedAt));
        histories.asMap().merge(negotiationId, extended, (kept, read) -> kept.size() >= read.size() ? kept : read);
        return extended;
    }

    /** @return how many developments precede the first one stored after the instant */
    private static int storedBy(Decoded decoded, Instant instant) {
        List<Instant> storedAt = decoded.storedAt();
        for (int i = 0; i < storedAt.size(); i++) {
            if (storedAt.get(i).isAfter(instant)) {
                return i;
            }
        }
        return storedAt.size();
    }
}
