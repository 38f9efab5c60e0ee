package dev.parley.model;

import dev.parley.timeline.Development;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.state.NegotiationState;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The decision for one development, shared by the Axon aggregate and the test fixture: an idempotent re-record,
 * a conflicting duplicate, a rule violation ({@link NegotiationRules}), or a new development to apply.
 *
 * <pre>{@code
 * RecordResult result = NegotiationDecider.decide(state, recordedById::get, development);
 * }</pre>
 */
public final class NegotiationDecider {

    private NegotiationDecider() {
    }

    /**
     * What is remembered of a recorded development: enough to tell a re-record from a conflict and to check
     * references by type.
     *
     * @param type        its type name
     * @param fingerprint its content fingerprint ({@link ParleyJson#fingerprint})
     */
    public record Recorded(String type, String fingerprint) {
        /** @return what to remember of a development */
        public static Recorded of(Development development) {
            return new Recorded(development.typeName(), ParleyJson.fingerprint(development));
        }
    }

    /**
     * @param state       the negotiation's state before
     * @param recorded    what is remembered of a recorded development id, or null when it is not recorded
     * @param development the development to record
     * @return {@link RecordResult#RECORDED} when it must be applied, {@link RecordResult#ALREADY_RECORDED} when the
     *         identical development is already recorded
     * @throws RuleViolationException when it conflicts with a recorded development or breaks a rule
     */
    public static RecordResult decide(NegotiationState state, Function<String, Recorded> recorded,
                                      Development development) {
        Recorded earlier = recorded.apply(development.id());
        if (earlier != null) {
            if (earlier.fingerprint().equals(ParleyJson.fingerprint(development))) {
                return RecordResult.ALREADY_RECORDED;
            }
            throw new RuleViolationException(Rule.CONFLICTING_DUPLICATE, development.id(),
                    "a different development with this id is already recorded in negotiation '"
                            + development.negotiationId() + "'");
        }
        NegotiationRules.check(state, id -> {
            Recorded r = recorded.apply(id);
            return r == null ? null : r.type();
        }, development);
        return RecordResult.RECORDED;
    }

    /**
     * One negotiation decided and folded in memory, without a store: how a file is validated and how the test
     * fixture records. Not thread-safe.
     *
     * <pre>{@code
     * NegotiationDecider.InMemory negotiation = new NegotiationDecider.InMemory("ru-ua-2025");
     * negotiation.record(opened);     // RECORDED, or a RuleViolationException
     * negotiation.state();
     * }</pre>
     */
    public static final class InMemory {
        private final Map<String, Recorded> recorded = new HashMap<>();
        private NegotiationState state;

        /** @param negotiationId the negotiation */
        public InMemory(String negotiationId) {
            this.state = NegotiationState.initial(negotiationId);
        }

        /**
         * @param development the development to record
         * @return whether it was new or an identical re-record
         * @throws RuleViolationException when it conflicts with a recorded development or breaks a rule
         */
        public RecordResult record(Development development) {
            RecordResult result = decide(state, recorded::get, development);
            if (result == RecordResult.RECORDED) {
                state = NegotiationProjection.evolve(state, development);
                recorded.put(development.id(), Recorded.of(development));
            }
            return result;
        }

        /** @return the state folded so far */
        public NegotiationState state() {
            return state;
        }
    }
}
