package dev.parley.engine;

import com.github.benmanes.caffeine.cache.Cache;
import dev.parley.model.NegotiationProjection;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.state.NegotiationState;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The read side: the current state of every negotiation, kept in the writer's own transaction.
 *
 * <p>It is an Axon event handler in a subscribing processor, so it sees a batch's developments inside the unit of
 * work that appends them, and what it keeps ({@link ReadSideRows}: per negotiation the last sequence number and,
 * now and then, a checkpoint of the folded state) commits or rolls back with the developments. There is no
 * position to catch up with: every process that writes keeps the shared rows exact, a restart replays nothing, and
 * a query in any process is answered from the rows at once, reading its own and other processes' writes.
 *
 * <p>A state is the cached one when it is at the stored sequence number; else the newest base (the cached state or
 * the stored checkpoint) advanced by the developments stored after it; a correction or retraction among those makes
 * it a re-fold of the whole stored history ({@link NegotiationProjection#foldAsOf}), because it may change anything
 * before it. The cache is bounded by the developments its states hold ({@code Parley.Builder.readSideCache}), and
 * holds the state written last beyond that bound ({@link HoldingCache}), so one negotiation larger than the bound
 * is not re-read from its checkpoint on every write and query.
 */
@ProcessingGroup(ReadSide.PROCESSING_GROUP)
final class ReadSide {
    /** The name of the subscribing processor that feeds the read side. */
    static final String PROCESSING_GROUP = "parley-read-side";
    /**
     * The fewest developments between two checkpoints: a shorter negotiation has none (a query folds it from its
     * few stored developments), and writing the state's JSON with every write would make a negotiation's writes
     * quadratic.
     */
    static final long MIN_DEVELOPMENTS_AFTER_CHECKPOINT = 100;
    /**
     * Beyond the minimum, a checkpoint is written when the developments after the last one are as many as those
     * before it (so a long import writes a logarithmic number of ever larger checkpoints, and all checkpoints
     * together cost twice the last one), and at most this many apart.
     */
    static final long MAX_DEVELOPMENTS_AFTER_CHECKPOINT = 50_000;

    private static final String STAGED = "parley-read-side-staged";

    /** Reads a negotiation's stored developments from one sequence number up to another, inclusive, in order. */
    interface StoredHistory {
        /**
         * @param negotiationId the negotiation
         * @param first         the first sequence number
         * @param last          the last sequence number
         * @return the developments in between, in order
         */
        List<Development> read(String negotiationId, long first, long last);
    }

    private final ReadSideRows rows;
    private final StoredHistory stored;
    private final BiFunction<String, Optional<ReadSideRows.Row>, Optional<Long>> lastStored;
    private final HoldingCache<ReadSideRows.Checkpoint> states;
    private final Consumer<String> warnings;

    /**
     * @param rows               where the sequence numbers and checkpoints are kept
     * @param stored             the stored developments
     * @param lastStored         the last stored sequence number of a negotiation, given its row as just read
     * @param cachedDevelopments how many developments the cached states may hold together
     * @param warnings           told when a missing or stale row was rebuilt
     */
    ReadSide(ReadSideRows rows, StoredHistory stored,
             BiFunction<String, Optional<ReadSideRows.Row>, Optional<Long>> lastStored,
             long cachedDevelopments, Consumer<String> warnings) {
        this.rows = rows;
        this.warnings = warnings;
        this.stored = stored;
        this.lastStored = lastStored;
        this.states = new HoldingCache<>(cachedDevelopments, at -> at.state().developmentCount());
    }

    /** @return the cache of current states, for metrics */
    Cache<String, ?> cache() {
        return states.cache();
    }

    /**
     * Folds a development being appended into the batch's staged states; they are written to the rows just before
     * the batch commits and cached after it committed.
     */
    @EventHandler
    void on(Development development, @SequenceNumber long sequence) {
        Map<String, Staged> staged = staged();
        String id = development.negotiationId();
        Staged before = staged.get(id);
        NegotiationState base = before != null ? before.state()
                : sequence == 0 ? NegotiationState.initial(id) : previous(id, sequence);
        // After a correction the state is re-folded when next needed, once however many corrections follow.
        NegotiationState next = amends(development) || base == null ? null
                : NegotiationProjection.evolve(base, development);
        staged.put(id, new Staged(sequence, next, amends(development) || before != null && before.amended()));
    }

    /**
     * The state before a development being appended at {@code sequence}, or null when only a re-fold of the whole
     * history would give it (after a correction): a write never pays for that; the next query does, once. The
     * append took that sequence number, so the stored history ends just before it: a cached state there is the
     * state, with no need to read the row.
     */
    private NegotiationState previous(String id, long sequence) {
        ReadSideRows.Checkpoint cached = states.getIfPresent(id);
        return cached != null && cached.sequence() == sequence - 1 ? cached.state()
                : stateAt(id, sequence - 1, false);
    }

    /**
     * What the current batch changed of one negotiation.
     *
     * @param sequence its last sequence number
     * @param state    its state there, or null when it is to be re-folded when asked
     * @param amended  whether the batch holds a correction or retraction of it
     */
    private record Staged(long sequence, NegotiationState state, boolean amended) {
    }

    private Map<String, Staged> staged() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(STAGED, key -> {
            Map<String, Staged> changed = new LinkedHashMap<>();
            if (rows.transactional()) {
                batch.onPrepareCommit(unit -> save(changed));   // in the transaction of the developments
            } else {
                batch.afterCommit(unit -> save(changed));       // memory: once the developments are there
            }
            batch.afterCommit(unit -> changed.forEach((id, s) -> {
                if (s.state() != null) {
                    states.put(id, new ReadSideRows.Checkpoint(s.sequence(), s.state()));
                } else {
                    states.invalidate(id);
                }
            }));
            batch.onRollback(unit -> changed.keySet().forEach(states::invalidate));
            return changed;
        });
    }

    private void save(Map<String, Staged> changed) {
        changed.forEach((id, s) -> rows.save(id, s.sequence(),
                s.state() != null && checkpointDue(id, s.sequence()) ? s.state() : null, s.amended()));
    }

    /**
     * When the developments after the last checkpoint are as many as those before it, at least
     * {@link #MIN_DEVELOPMENTS_AFTER_CHECKPOINT} and at most {@link #MAX_DEVELOPMENTS_AFTER_CHECKPOINT}; and at once
     * when the last checkpoint is older than the last correction or retraction (a re-fold just caught up with it,
     * and every query would otherwise repeat it).
     */
    private boolean checkpointDue(String id, long sequence) {
        if (sequence + 1 < MIN_DEVELOPMENTS_AFTER_CHECKPOINT) {
            return false;
        }
        Optional<ReadSideRows.Row> row = rows.row(id);
        long last = row.map(ReadSideRows.Row::checkpointSequence).orElse(-1L);
        if (row.isPresent() && last < row.get().amendedAt()) {
            return true;
        }
        return sequence - last >= Math.min(Math.max(last + 1, MIN_DEVELOPMENTS_AFTER_CHECKPOINT),
                MAX_DEVELOPMENTS_AFTER_CHECKPOINT);
    }

    /**
     * The row is checked against the event store's own last sequence number: developments appended by a writer
     * that keeps no rows (an older Parley, a tool) are then still folded, and a correction among them is found by
     * {@link #advance}'s look at what follows the base. A row found missing or behind is rebuilt from the state
     * just folded, with a warning, so the next query reads it again at once.
     *
     * @return the current folded state of one negotiation (deadlines not evaluated), if anything is stored
     */
    Optional<NegotiationState> state(String negotiationId) {
        Optional<ReadSideRows.Row> row = rows.row(negotiationId);
        Optional<Long> last = lastStored.apply(negotiationId, row);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        if (row.isPresent() && row.get().lastSequence() == last.get()) {
            return Optional.of(stateAt(negotiationId, row.get(), true));
        }
        NegotiationState state = stateAt(negotiationId, lagging(row, last.get()), true);
        rebuildRow(negotiationId, last.get(), state);
        return Optional.of(state);
    }

    /**
     * Writes a missing or stale row again. It is read once more first: another process may have committed
     * developments and their row between this query's two reads, and then there is nothing to repair.
     */
    private void rebuildRow(String negotiationId, long last, NegotiationState state) {
        Optional<ReadSideRows.Row> now = rows.row(negotiationId);
        if (now.isPresent() && now.get().lastSequence() >= last) {
            return;
        }
        rows.repair(negotiationId, new ReadSideRows.Checkpoint(last, state));
        warnings.accept(now.isEmpty()
                ? "the read side had no row for negotiation '" + negotiationId + "', although " + (last + 1)
                        + " developments of it are stored; the row was rebuilt from them"
                : "the read side's row of negotiation '" + negotiationId + "' stopped at sequence "
                        + now.get().lastSequence() + " of " + last + " stored; the row was rebuilt");
    }

    private static ReadSideRows.Row lagging(Optional<ReadSideRows.Row> row, long last) {
        return new ReadSideRows.Row(last, row.map(ReadSideRows.Row::checkpointSequence).orElse(-1L),
                row.map(ReadSideRows.Row::amendedAt).orElse(-1L));
    }

    private NegotiationState stateAt(String id, long sequence, boolean mayRefold) {
        return stateAt(id, rows.row(id).filter(row -> row.lastSequence() >= sequence)
                .map(row -> new ReadSideRows.Row(sequence, row.checkpointSequence(), row.amendedAt()))
                .orElse(new ReadSideRows.Row(sequence, -1, -1)), mayRefold);
    }

    /**
     * The state at a stored sequence number: cached, or the newest base (cached or checkpoint) advanced by what
     * was stored after it; a base from before the last correction or retraction is no base, since an amendment
     * may change anything before it. A cached state ahead of the row is not taken: it may be of a long
     * transaction that has not committed (and may roll back).
     *
     * @return the state, or null when it needs a re-fold of the whole history and {@code mayRefold} is false
     */
    private NegotiationState stateAt(String id, ReadSideRows.Row row, boolean mayRefold) {
        long sequence = row.lastSequence();
        ReadSideRows.Checkpoint cached = states.getIfPresent(id);
        if (cached != null && cached.sequence() == sequence) {
            return cached.state();
        }
        ReadSideRows.Checkpoint base = cached != null && cached.sequence() >= row.amendedAt()
                && cached.sequence() < sequence ? cached : null;
        boolean discarded = false;
        if ((base == null || base.sequence() < row.checkpointSequence())
                && row.checkpointSequence() >= row.amendedAt() && row.checkpointSequence() <= sequence) {
            ReadSideRows.Checkpoint checkpoint = rows.checkpoint(id).orElse(null);
            // The row says there is one; none readable means it was discarded (damaged, altered, old format).
            discarded = checkpoint == null && row.checkpointSequence() >= 0;
            if (checkpoint != null && checkpoint.sequence() <= sequence
                    && (base == null || checkpoint.sequence() > base.sequence())) {
                base = checkpoint;
            }
        }
        if (base == null && !mayRefold) {
            return null;
        }
        NegotiationState state = base == null ? refold(id, sequence) : advance(id, base, sequence, mayRefold);
        if (state == null) {
            return null;
        }
        if (discarded && mayRefold) {
            rows.repair(id, new ReadSideRows.Checkpoint(sequence, state));   // re-folded once, not on every query
        }
        states.merge(id, new ReadSideRows.Checkpoint(sequence, state),
                (kept, computed) -> kept.sequence() >= computed.sequence() ? kept : computed);
        return state;
    }

    private NegotiationState advance(String id, ReadSideRows.Checkpoint base, long sequence, boolean mayRefold) {
        NegotiationState state = base.state();
        if (base.sequence() == sequence) {
            return state;
        }
        List<Development> after = stored.read(id, base.sequence() + 1, sequence);
        if (after.stream().anyMatch(ReadSide::amends)) {
            // rows written by an older Parley may not know of the amendment
            return mayRefold ? refold(id, sequence) : null;
        }
        for (Development development : after) {
            state = NegotiationProjection.evolve(state, development);
        }
        return state;
    }

    private static boolean amends(Development development) {
        return development instanceof ReportCorrected || development instanceof ReportRetracted;
    }

    private NegotiationState refold(String id, long sequence) {
        return NegotiationProjection.foldAsOf(id, stored.read(id, 0, sequence), AsOf.now());
    }

    /** @return the negotiations with something stored, sorted, whether or not they have a row */
    List<String> negotiations() {
        return rows.negotiations();
    }

    /**
     * Forgets one negotiation's cached state, after a long transaction that wrote it rolled back.
     *
     * @param negotiationId the negotiation
     */
    void forget(String negotiationId) {
        states.invalidate(negotiationId);
    }

    /** Forgets every cached state, so the next query folds from the rows and the store again. */
    void forgetCached() {
        states.invalidateAll();
    }

    /**
     * Re-folds one negotiation from its whole stored history and writes it as its checkpoint, outside any batch.
     *
     * @param negotiationId the negotiation
     * @param sequence      its last stored sequence number
     * @return how many developments were folded
     */
    long rebuild(String negotiationId, long sequence) {
        ReadSideRows.Checkpoint refolded = new ReadSideRows.Checkpoint(sequence, refold(negotiationId, sequence));
        rows.repair(negotiationId, refolded);
        states.merge(negotiationId, refolded,
                (kept, computed) -> kept.sequence() >= computed.sequence() ? kept : computed);
        return sequence + 1;
    }

    /** Gives every stored negotiation without a row one. */
    void addMissingRows() {
        rows.addMissing();
    }
}
