package dev.parley.engine;

import dev.parley.timeline.state.NegotiationState;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the {@link ReadSide} keeps per negotiation: the last stored sequence number, the sequence number of the
 * last correction or retraction, and a checkpoint of the folded state. On a database a table written in the
 * writers' transactions ({@link JdbcReadSideRows}); in memory a map without checkpoints (the stored history is in
 * memory too, so a re-fold reads nothing from disk).
 */
interface ReadSideRows {

    /**
     * One negotiation's row, without its checkpoint's state.
     *
     * @param lastSequence       the last stored sequence number
     * @param checkpointSequence the sequence number the checkpoint was folded up to, or -1 for none
     * @param amendedAt          the sequence number of the last correction or retraction, or -1 for none
     */
    record Row(long lastSequence, long checkpointSequence, long amendedAt) {
    }

    /**
     * A folded state and the sequence number it was folded up to.
     *
     * @param sequence the last development folded
     * @param state    the state
     */
    record Checkpoint(long sequence, NegotiationState state) {
    }

    /** @return whether {@link #save} joins the transaction of the developments (else it runs after their commit) */
    boolean transactional();

    /**
     * @param negotiationId the negotiation
     * @return its row, when anything of it is stored
     */
    Optional<Row> row(String negotiationId);

    /**
     * The last sequence number the event store holds of a negotiation, found through the row: cheap on every
     * database (some cannot find a maximum within an index prefix without reading it), and still right when a
     * writer that keeps no rows appended after the row.
     *
     * @param negotiationId the negotiation
     * @return its last stored sequence number, when anything of it is stored
     */
    default Optional<Long> lastStored(String negotiationId) {
        return lastStored(negotiationId, row(negotiationId));
    }

    /**
     * {@link #lastStored(String)} for a caller that has just read the row.
     *
     * @param negotiationId the negotiation
     * @param row           its row as just read
     * @return its last stored sequence number, when anything of it is stored
     */
    Optional<Long> lastStored(String negotiationId, Optional<Row> row);

    /**
     * @param negotiationId the negotiation
     * @return its checkpoint, when one is kept and readable
     */
    Optional<Checkpoint> checkpoint(String negotiationId);

    /**
     * @param negotiationId the negotiation
     * @param lastSequence  its last stored sequence number now
     * @param checkpoint    its state at that sequence number to keep as the checkpoint, or null to keep the old one
     * @param amended       whether the development at that sequence number is a correction or retraction
     */
    void save(String negotiationId, long lastSequence, NegotiationState checkpoint, boolean amended);

    /** @return the negotiations with something stored (found in the stored developments, not the rows), sorted */
    List<String> negotiations();

    /**
     * Repairs one negotiation's row after a re-fold, outside any write: the sequence number never goes back (a
     * writer may have appended since the re-fold read the history), the checkpoint replaces the stored one, and a
     * missing row is created.
     *
     * @param negotiationId the negotiation
     * @param checkpoint    its state re-folded from the whole stored history
     */
    void repair(String negotiationId, Checkpoint checkpoint);

    /** Gives every stored negotiation without a row one, without a checkpoint. */
    void addMissing();

    /** Rows in memory: sequence numbers only. */
    final class InMemory implements ReadSideRows {
        private final Map<String, Row> rows = new ConcurrentHashMap<>();

        @Override
        public boolean transactional() {
            return false;
        }

        @Override
        public Optional<Row> row(String negotiationId) {
            return Optional.ofNullable(rows.get(negotiationId));
        }

        @Override
        public Optional<Long> lastStored(String negotiationId, Optional<Row> row) {
            return row.map(Row::lastSequence);   // every writer is in this process
        }

        @Override
        public Optional<Checkpoint> checkpoint(String negotiationId) {
            return Optional.empty();
        }

        @Override
        public void save(String negotiationId, long lastSequence, NegotiationState checkpoint, boolean amended) {
            rows.compute(negotiationId, (id, row) -> new Row(lastSequence, -1,
                    amended ? lastSequence : row == null ? -1 : row.amendedAt()));
        }

        @Override
        public List<String> negotiations() {
            return rows.keySet().stream().sorted().toList();
        }

        @Override
        public void repair(String negotiationId, Checkpoint checkpoint) {
            rows.compute(negotiationId, (id, row) -> row != null && row.lastSequence() >= checkpoint.sequence() ? row
                    : new Row(checkpoint.sequence(), -1, row == null ? -1 : row.amendedAt()));
        }

        @Override
        public void addMissing() {
            // in memory every row is written after its developments' commit, in the same process
        }
    }
}
