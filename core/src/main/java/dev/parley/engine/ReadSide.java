package dev.parley.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parley.model.NegotiationProjection;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.state.NegotiationState;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * The read side: an Axon event handler, in a streaming processor, that keeps the current state of negotiations
 * (never their history, which stays in the event store) in a cache bounded by the developments the states hold
 * ({@code Parley.Builder.readSideCache}).
 * A cached state is advanced with the same fold as everything else. A state that is not cached (evicted, or never
 * asked for since the processor started) or is stale (a correction or retraction changed earlier content) is
 * re-folded from the stored history up to the last processed development when a query asks for it
 * ({@link NegotiationProjection#foldAsOf}). So a million-development import does not also fill the read side, and
 * many corrections in a row cost one re-fold, not one each.
 *
 * <p>Per negotiation, the processor and a query's re-fold update the cache under the same map lock, so a re-fold
 * is kept only if no later development was processed meanwhile.
 */
@ProcessingGroup(ReadSide.PROCESSING_GROUP)
final class ReadSide {
    /** The name of the streaming processor that feeds the read side. */
    static final String PROCESSING_GROUP = "parley-read-side";
    /** Last processed sequence number per negotiation: also the list of known negotiations. */
    private final Map<String, Long> processed = new ConcurrentHashMap<>();
    private final Cache<String, NegotiationState> states;
    private final BiFunction<String, Long, List<Development>> storedHistory;

    /**
     * @param storedHistory       reads a negotiation's stored developments up to a sequence number, in order
     * @param cachedDevelopments  how many developments the cached states may hold together
     */
    ReadSide(BiFunction<String, Long, List<Development>> storedHistory, long cachedDevelopments) {
        this.storedHistory = storedHistory;
        this.states = Caffeine.newBuilder()
                .maximumWeight(cachedDevelopments)
                .weigher((String id, NegotiationState state) -> Math.max(1, state.developmentCount()))
                .executor(Runnable::run)   // evict at once, on the writing thread: the bound is a memory promise
                .build();
    }

    /** Why the last development failed to be handled, until one is handled again; null when none failed. */
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    @EventHandler
    void on(Development development, @SequenceNumber long sequence) {
        try {
            advance(development, sequence);
            failure.set(null);
        } catch (RuntimeException e) {
            // The processor stops here and tries again later; queries meanwhile say why instead of timing out.
            failure.set(e);
            throw e;
        }
    }

    /** @return why the read side is stuck, if it is */
    Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure.get());
    }

    private void advance(Development development, long sequence) {
        states.asMap().compute(development.negotiationId(), (id, state) -> {
            Long previous = processed.put(id, sequence);
            if (development instanceof ReportCorrected || development instanceof ReportRetracted) {
                return null;
            }
            if (state == null) {
                return sequence == 0 ? NegotiationProjection.evolve(NegotiationState.initial(id), development) : null;
            }
            // A cached state advances only by the very next development; anything else is re-folded when asked.
            return previous != null && sequence == previous + 1 ? NegotiationProjection.evolve(state, development)
                    : null;
        });
    }

    @ResetHandler
    void reset() {
        states.invalidateAll();
        processed.clear();
    }

    /** @return the current folded state of one negotiation (deadlines not evaluated), if any */
    Optional<NegotiationState> state(String negotiationId) {
        Long sequence = processed.get(negotiationId);
        if (sequence == null) {
            return Optional.empty();
        }
        NegotiationState cached = states.getIfPresent(negotiationId);
        if (cached != null) {
            return Optional.of(cached);
        }
        NegotiationState refolded = NegotiationProjection.foldAsOf(negotiationId,
                storedHistory.apply(negotiationId, sequence), AsOf.now());
        NegotiationState kept = states.asMap().compute(negotiationId, (id, state) -> {
            if (state != null) {
                return state;
            }
            return sequence.equals(processed.get(id)) ? refolded : null;
        });
        return Optional.of(kept != null ? kept : refolded);
    }

    /** @return the known negotiation ids, sorted */
    List<String> negotiations() {
        return processed.keySet().stream().sorted().toList();
    }
}
