package dev.parley.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.parley.timeline.Development;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.state.NegotiationState;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The decider of one negotiation, in the shape of Occurrent's {@code Decider} and EventSourcing.JVM's
 * {@code decide}/{@code when}: {@link #initialState}, {@link #decide} (every rule, idempotency included) and
 * {@link #evolve}. An instance is the decision state: the folded {@link NegotiationState} and, per recorded
 * development id, its type and a content fingerprint (what tells an identical re-record from a conflicting one,
 * and what references are checked against). The Axon aggregate, the test fixture, {@code TimelineFiles.validate}
 * and the import benchmark all hold one, so this bookkeeping exists once. Mutable (the id table grows with every
 * development; copying it per development would make a long negotiation quadratic) and not thread-safe.
 *
 * <pre>{@code
 * NegotiationDecider negotiation = NegotiationDecider.initialState("ru-ua-2025");
 * negotiation.decide(opened);    // RECORDED (nothing changed yet), or a RuleViolationException
 * negotiation.evolve(opened);    // apply it, as a store applies a stored event
 * negotiation.record(offer);     // both in one call
 * negotiation.state();           // the state as recorded
 * }</pre>
 *
 * <h2>The one difference from the read side</h2>
 * The decider folds developments <em>as recorded</em>: a {@code report-corrected} or {@code report-retracted} is
 * a fact of its own, and the development it targets still counts, in its original form, for the rules. The read
 * side ({@code Parley.state}, {@link NegotiationProjection#replay}) shows the history <em>with corrections
 * applied</em>: the replacement instead of the original, a retracted development not at all. So a retracted offer
 * can still be accepted (the acceptance then changes nothing the read side shows), and a corrected offer is
 * judged by its original content. Corrections change what is shown, never what may be recorded or referenced:
 * that keeps every decision reproducible from the stored stream in order, whatever is corrected later.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class NegotiationDecider {
    private NegotiationState state;
    private final Map<String, Recorded> recorded;
    /** Carried from one development to the next so that a long negotiation folds without rescanning its lists. */
    @JsonIgnore
    private final transient FoldIndexes indexes = FoldIndexes.session();

    /** What is remembered of a recorded development; snapshots keep it under these field names. */
    private record Recorded(String type, String fingerprint) {
        static Recorded of(Development development) {
            return new Recorded(development.typeName(), ParleyJson.codec().fingerprint(development));
        }
    }

    @JsonCreator
    private NegotiationDecider(@JsonProperty("state") NegotiationState state,
                               @JsonProperty("recorded") Map<String, Recorded> recorded) {
        this.state = Objects.requireNonNull(state, "state");
        this.recorded = recorded == null ? new HashMap<>() : new HashMap<>(recorded);
    }

    /**
     * @param negotiationId the negotiation
     * @return the decider of a negotiation with nothing recorded: not opened, no ids
     */
    public static NegotiationDecider initialState(String negotiationId) {
        return new NegotiationDecider(NegotiationState.initial(negotiationId), null);
    }

    /**
     * Decides whether a development may be recorded, changing nothing.
     *
     * @param development the development to record, of this negotiation
     * @return {@link RecordResult#RECORDED} when it is new and must be applied ({@link #evolve}),
     *         {@link RecordResult#ALREADY_RECORDED} when the identical development is already recorded
     * @throws RuleViolationException when it conflicts with a recorded development ({@link Rule#CONFLICTING_DUPLICATE})
     *                                or breaks another rule (see {@link Rule})
     * @throws IllegalArgumentException when it belongs to another negotiation
     */
    public RecordResult decide(Development development) {
        if (!development.negotiationId().equals(state.negotiationId())) {
            throw new IllegalArgumentException("development '" + development.id() + "' belongs to negotiation '"
                    + development.negotiationId() + "', not '" + state.negotiationId() + "'");
        }
        Recorded earlier = recorded.get(development.id());
        if (earlier != null) {
            if (earlier.fingerprint().equals(ParleyJson.codec().fingerprint(development))) {
                return RecordResult.ALREADY_RECORDED;
            }
            throw new RuleViolationException(Rule.CONFLICTING_DUPLICATE, development.id(),
                    "a different development with this id is already recorded in negotiation '"
                            + development.negotiationId() + "'");
        }
        NegotiationRules.check(new StateLookup(state, indexes), this::recordedType, development);
        return RecordResult.RECORDED;
    }

    /**
     * Applies a development that {@link #decide} accepted, or that was stored earlier: folds it as recorded and
     * remembers its id. Never rejects.
     *
     * @param development a recorded development of this negotiation
     */
    public void evolve(Development development) {
        state = NegotiationProjection.evolve(state, development, indexes);
        recorded.put(development.id(), Recorded.of(development));
    }

    /**
     * {@link #decide}, then {@link #evolve} when the development is new: how a file is validated and how the test
     * fixture records without a store.
     *
     * @param development the development to record
     * @return whether it was new or an identical re-record
     * @throws RuleViolationException when it conflicts with a recorded development or breaks a rule
     */
    public RecordResult record(Development development) {
        RecordResult result = decide(development);
        if (result == RecordResult.RECORDED) {
            evolve(development);
        }
        return result;
    }

    /** @return the state folded so far, as recorded (see the class comment for how it differs from the read side) */
    public NegotiationState state() {
        return state;
    }

    private String recordedType(String id) {
        Recorded r = recorded.get(id);
        return r == null ? null : r.type();
    }
}
