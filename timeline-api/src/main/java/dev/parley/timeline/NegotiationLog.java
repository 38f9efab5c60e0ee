package dev.parley.timeline;

import dev.parley.timeline.state.Change;
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
     * Projects a negotiation's state now: every development recorded before this call returns, deadlines judged
     * against today's date.
     *
     * @param negotiationId the negotiation
     * @return its current state (including every development recorded before this call returns, deadlines judged
     *         today), or empty when no such negotiation was opened; the same as {@code state(id, AsOf.now())}
     */
    Optional<NegotiationState> state(String negotiationId);

    /**
     * Replays a negotiation at a point on either or both time axes (see {@link AsOf} for how partial dates are
     * placed).
     *
     * @param negotiationId the negotiation
     * @param asOf          the cut
     * @return its state at that point, or empty when it was not opened by then (or never)
     */
    Optional<NegotiationState> state(String negotiationId, AsOf asOf);

    /**
     * Compares a negotiation's state at two points (see {@link AsOf}); a point before it was opened counts as the
     * empty initial state.
     *
     * @param negotiationId the negotiation
     * @param from          the earlier point
     * @param to            the later point
     * @return what changed between the two states, each change naming the developments that caused it
     */
    List<Change> diff(String negotiationId, AsOf from, AsOf to);

    /**
     * Lists a negotiation's developments on the axis of when they happened, filtered by a query (a party, types of
     * development, a date range: see {@link TimelineQuery}).
     *
     * @param negotiationId the negotiation
     * @param query         which developments to show
     * @return the matching developments ordered by when they occurred (partial dates by their earliest, then
     *         latest day; ties keep recorded order)
     */
    List<Development> timeline(String negotiationId, TimelineQuery query);

    /**
     * Lists every development of a negotiation as it was recorded, corrections and retractions included.
     *
     * @param negotiationId the negotiation
     * @return its developments in recorded order (empty when unknown)
     */
    List<Development> developments(String negotiationId);

    /**
     * Lists the negotiations in the store.
     *
     * @return the ids of all negotiations in the store, sorted
     */
    List<String> negotiations();

    /**
     * Releases the threads and connections this log holds; use it no more afterwards.
     */
    @Override
    void close();
}
