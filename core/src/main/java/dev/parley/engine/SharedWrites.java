package dev.parley.engine;

import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps the aggregate cache right when other writers (other processes, or other Parleys in this one) append to the
 * same database, and cheap when they do not.
 *
 * <p>A cached negotiation may be behind the store. Deciding on it is still safe in two of three outcomes: a
 * development it accepts gets the next sequence number, which the other writer already took, so the append
 * conflicts and the write is retried from fresh state; "already recorded" is true whatever came later. Only a
 * rejection may be wrong (accepting an offer the other process made: {@code UNKNOWN_POSITION}). So a rejected
 * write that was decided on a cached negotiation compares the version it was given with the stored last sequence
 * number (one indexed query, only on rejections); if another writer had moved on, the write is retried from
 * fresh state.
 *
 * <p>Every write first takes the database's write lock of each negotiation it touches, once per transaction
 * (PostgreSQL's transaction-scoped advisory lock, waited for up to the write timeout; nothing on H2, where one
 * process holds the file), so writers in several processes queue instead of racing, and an import holds the lock
 * until it commits. A negotiation that saw another writer (a conflicting append, a stale rejection) is
 * <em>contended</em> for the next {@value #CONTENDED_SECONDS} s: each write of it then also brings the cached
 * aggregate up to the stored sequence with just the developments it lacks, so the writer that waited does not lose
 * the race it waited for, nor reload the whole history. A negotiation with one writer pays one statement per
 * transaction for this.
 */
final class SharedWrites {
    static final long CONTENDED_SECONDS = 10;
    private static final long CONTENDED_NANOS = Duration.ofSeconds(CONTENDED_SECONDS).toNanos();

    private final StoredStreams stored;
    private final ConcurrentMap<String, Long> contendedUntil = new ConcurrentHashMap<>();
    /** Per attempt of a write on this thread: each negotiation read, with the cached version it was decided on. */
    private final ThreadLocal<Map<String, Long>> readThisAttempt = ThreadLocal.withInitial(HashMap::new);

    /** What is read from the store to check and update a cached negotiation. */
    interface StoredStreams {
        /** Makes other writers of the negotiation wait until this unit of work ends, where the store can. */
        void lockForWrite(String negotiationId);

        /** @return the stored last sequence number of a negotiation, if it has any development */
        Optional<Long> lastSequence(String negotiationId);

        /** @return the stored developments of a negotiation from a sequence number on */
        DomainEventStream readFrom(String negotiationId, long firstSequence);
    }

    SharedWrites(StoredStreams stored) {
        this.stored = stored;
    }

    /** Starts an attempt of a write on this thread. */
    void beginAttempt() {
        readThisAttempt.get().clear();
    }

    /**
     * Called by the cache for the first read of a negotiation in a write (Axon's repository holds the
     * negotiation's lock, inside the write's unit of work).
     *
     * @param negotiationId the negotiation
     * @param entry         the cache entry, or null
     * @return the entry to use, or null to have Axon load the negotiation from the store
     */
    Object onRead(String negotiationId, Object entry) {
        Object served = entry;
        if (!readThisAttempt.get().containsKey(negotiationId)) {
            stored.lockForWrite(negotiationId);   // once per transaction: the lock lasts until it ends
        }
        if (isContended(negotiationId)) {
            if (served != null && !bringUpToDate(negotiationId, served)) {
                served = null;
            }
        }
        EventSourcedAggregate<?> aggregate = served == null ? null : liveAggregate(served);
        Long version = aggregate == null ? null : aggregate.version();
        readThisAttempt.get().putIfAbsent(negotiationId, version == null ? -1L : version);
        return version == null ? null : served;
    }

    /** After a conflicting append: every negotiation of the attempt becomes contended. */
    void conflicted(Collection<String> negotiationIds) {
        long until = System.nanoTime() + CONTENDED_NANOS;
        negotiationIds.forEach(id -> contendedUntil.put(id, until));
        readThisAttempt.get().keySet().forEach(id -> contendedUntil.put(id, until));
    }

    /**
     * @return whether the rejected attempt on this thread was decided on a cached negotiation that another writer
     *         had moved past (then it becomes contended, and the write must be retried)
     */
    boolean decidedOnStaleState() {
        List<String> stale = readThisAttempt.get().entrySet().stream()
                .filter(read -> read.getValue() >= 0
                        && stored.lastSequence(read.getKey()).orElse(-1L) > read.getValue())
                .map(Map.Entry::getKey)
                .toList();
        conflicted(stale);
        return !stale.isEmpty();
    }

    private boolean isContended(String negotiationId) {
        Long until = contendedUntil.get(negotiationId);
        if (until == null) {
            return false;
        }
        if (System.nanoTime() - until > 0) {
            contendedUntil.remove(negotiationId, until);
            return false;
        }
        return true;
    }

    /** @return whether the cached aggregate now holds every stored development of its negotiation */
    private boolean bringUpToDate(String negotiationId, Object entry) {
        EventSourcedAggregate<?> aggregate = liveAggregate(entry);
        Long cached = aggregate == null ? null : aggregate.version();
        if (cached == null) {
            return false;
        }
        long last = stored.lastSequence(negotiationId).orElse(-1L);
        if (last <= cached) {
            return last == cached;
        }
        try {
            aggregate.initializeState(stored.readFrom(negotiationId, cached + 1));
        } catch (RuntimeException e) {
            // Perhaps half applied: drop it; the full load that follows reports whatever is wrong.
            return false;
        }
        Long now = aggregate.version();
        return now != null && now >= last;
    }

    /**
     * The aggregate of a cache entry. {@link AggregateCacheEntry} keeps the live aggregate of this process and
     * returns it as it is from {@code recreateAggregate}, without using the arguments; an entry without one (never
     * made here) gives null, and is not used.
     */
    private static EventSourcedAggregate<?> liveAggregate(Object entry) {
        if (entry instanceof AggregateCacheEntry<?> cached) {
            try {
                return cached.recreateAggregate(null, null, null, null);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
