package dev.parley.timeline;

import dev.parley.timeline.state.NegotiationState;

import java.util.List;
import java.util.Optional;

/**
 * The facade of Parley: record developments, read back the projected state and the history. Implementations are
 * thread-safe and must be closed. Obtain one from {@code dev.parley.Parley} in {@code parley-core}:
 *
 * <pre>{@code
 * try (NegotiationLog log = Parley.inMemory()) {
 *     log.record(opened);
 *     log.recordAll(List.of(roundHeld, offerMade));
 *     NegotiationState state = log.state("ru-ua-2025").orElseThrow();
 * }
 * }</pre>
 */
public interface NegotiationLog extends AutoCloseable {

    /**
     * Records one development. Idempotent by id: recording the same development again stores nothing.
     *
     * @param development the development
     * @return {@link RecordResult#RECORDED} or {@link RecordResult#ALREADY_RECORDED}
     * @throws RuleViolationException when the development breaks a rule; nothing is stored
     * @throws StoreException         when the store fails
     */
    RecordResult record(Development development);

    /**
     * Records developments atomically, in order: either all are stored or none. Developments already recorded
     * with identical content are skipped.
     *
     * @param developments the developments, in the order they must be applied
     * @return one result per development, in order
     * @throws RuleViolationException when any development breaks a rule; nothing of the batch is stored
     * @throws StoreException         when the store fails; nothing of the batch is stored
     */
    List<RecordResult> recordAll(List<? extends Development> developments);

    /**
     * @param negotiationId the negotiation
     * @return its current state (including every development recorded before this call returns), or empty when
     *         no such negotiation was opened
     */
    Optional<NegotiationState> state(String negotiationId);

    /**
     * @param negotiationId the negotiation
     * @return its developments in recorded order (empty when unknown)
     */
    List<Development> developments(String negotiationId);

    /** @return the ids of all negotiations in the store, sorted */
    List<String> negotiations();

    /** Releases threads and connections. */
    @Override
    void close();
}
