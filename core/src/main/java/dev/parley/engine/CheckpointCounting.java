package dev.parley.engine;

import dev.parley.timeline.state.NegotiationState;

import java.util.List;
import java.util.Optional;

/**
 * Read-side rows that tell {@link Instrumentation#checkpointWritten()} of every checkpoint written, by a batch's
 * save or by a rebuild, so the read side itself needs to know nothing of metrics.
 */
final class CheckpointCounting implements ReadSideRows {
    private final ReadSideRows rows;
    private final Instrumentation instrumentation;

    /**
     * @param rows            the rows written to
     * @param instrumentation told of each checkpoint
     */
    CheckpointCounting(ReadSideRows rows, Instrumentation instrumentation) {
        this.rows = rows;
        this.instrumentation = instrumentation;
    }

    @Override
    public boolean transactional() {
        return rows.transactional();
    }

    @Override
    public Optional<Row> row(String negotiationId) {
        return rows.row(negotiationId);
    }

    @Override
    public Optional<Long> lastStored(String negotiationId, Optional<Row> row) {
        return rows.lastStored(negotiationId, row);
    }

    @Override
    public Optional<Checkpoint> checkpoint(String negotiationId) {
        return rows.checkpoint(negotiationId);
    }

    @Override
    public void save(String negotiationId, long lastSequence, NegotiationState checkpoint, boolean amended) {
        rows.save(negotiationId, lastSequence, checkpoint, amended);
        if (checkpoint != null) {
            instrumentation.checkpointWritten();
        }
    }

    @Override
    public List<String> negotiations() {
        return rows.negotiations();
    }

    @Override
    public void repair(String negotiationId, Checkpoint checkpoint) {
        rows.repair(negotiationId, checkpoint);
        instrumentation.checkpointWritten();
    }

    @Override
    public void addMissing() {
        rows.addMissing();
    }
}
