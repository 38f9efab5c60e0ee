package dev.parley.model;

import dev.parley.timeline.ClaimResponse;
import dev.parley.timeline.FulfilmentDeclared;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.state.Correction;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.Development;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.PositionResponse;
import dev.parley.timeline.PositionTaken;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.Ref;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.PositionStatus;

import java.util.function.Function;

/**
 * The one place for Parley's rules: whether a development may be recorded on top of a state. Called before
 * anything is stored, by the Axon aggregate and by anyone who wants to validate without storing.
 *
 * <pre>{@code
 * NegotiationRules.check(state, recordedTypeById::get, acceptance);  // throws RuleViolationException
 * }</pre>
 */
public final class NegotiationRules {

    private NegotiationRules() {
    }

    /**
     * @param state      the negotiation's state before the development
     * @param recordedType gives the type name of a development recorded in this negotiation, or null when the
     *                     id is not recorded
     * @param d            the development to check
     * @throws RuleViolationException naming the first rule the development breaks
     */
    public static void check(NegotiationState state, Function<String, String> recordedType, Development d) {
        if (d instanceof NegotiationOpened) {
            if (state.isOpened()) {
                throw violation(Rule.NEGOTIATION_ALREADY_OPENED, d, "negotiation '" + d.negotiationId()
                        + "' was already opened");
            }
        } else if (!state.isOpened()) {
            throw violation(Rule.NEGOTIATION_NOT_OPENED, d, "negotiation '" + d.negotiationId()
                    + "' has not been opened; record a negotiation-opened development first");
        }
        for (Ref ref : d.refs()) {
            if (recordedType.apply(ref.development()) == null) {
                throw violation(Rule.UNKNOWN_REFERENCE, d, ref.kind() + " refers to '" + ref.development()
                        + "', which is not recorded in negotiation '" + d.negotiationId() + "'");
            }
        }
        for (Ref ref : d.refs()) {
            if (ref.kind() == RefKind.FULFILS && state.position(ref.development()).isEmpty()) {
                throw violation(Rule.UNKNOWN_POSITION, d, "FULFILS refers to '" + ref.development()
                        + "', which is not a demand, proposal or offer");
            }
        }
        if (d instanceof PositionTaken position) {
            checkDeadline(position);
        } else if (d instanceof ReportCorrected correction) {
            checkCorrection(state, recordedType, correction);
        } else if (d instanceof ReportRetracted retraction) {
            checkTarget(state, recordedType, retraction, retraction.development());
        } else if (d instanceof FulfilmentDeclared declared) {
            Agreement agreement = state.agreement(declared.agreement()).orElseThrow(() -> violation(
                    Rule.UNKNOWN_AGREEMENT, declared, "agreement '" + declared.agreement() + "' is not recorded"));
            if (declared.provision() != null && agreement.provision(declared.provision()).isEmpty()) {
                throw violation(Rule.UNKNOWN_PROVISION, declared, "agreement '" + agreement.id()
                        + "' has no provision '" + declared.provision() + "'");
            }
        } else if (d instanceof PositionResponse response) {
            checkResponse(state, response);
        } else if (d instanceof ImplementationStepCompleted step) {
            checkStep(state, step);
        } else if (d instanceof ClaimResponse response && state.claim(response.claim()).isEmpty()) {
            throw violation(Rule.UNKNOWN_CLAIM, d, "claim '" + response.claim() + "' is not recorded");
        }
    }

    private static void checkCorrection(NegotiationState state, Function<String, String> recordedType,
                                        ReportCorrected correction) {
        String type = checkTarget(state, recordedType, correction, correction.development());
        if (!type.equals(correction.replacement().typeName())) {
            throw violation(Rule.CORRECTION_TYPE_MISMATCH, correction, "'" + correction.development() + "' is a "
                    + type + "; its replacement is a " + correction.replacement().typeName());
        }
        if (correction.replacement() instanceof PositionTaken position) {
            checkDeadline(position);
        }
    }

    private static String checkTarget(NegotiationState state, Function<String, String> recordedType, Development d,
                                      String target) {
        String type = recordedType.apply(target);
        if (type == null) {
            throw violation(Rule.UNKNOWN_REFERENCE, d, "'" + target + "' is not recorded in negotiation '"
                    + d.negotiationId() + "'");
        }
        boolean retracted = state.corrections().stream()
                .anyMatch(c -> c.target().equals(target) && c.kind() == Correction.Kind.RETRACTED);
        if (retracted) {
            throw violation(Rule.ALREADY_RETRACTED, d, "'" + target + "' was already retracted");
        }
        return type;
    }

    private static void checkDeadline(PositionTaken position) {
        Deadline deadline = position.deadline();
        // Reject only a deadline that is certainly earlier: partial dates may overlap.
        if (deadline != null && deadline.by().latest().isBefore(position.occurred().earliest())) {
            throw violation(Rule.DEADLINE_BEFORE_POSITION, position, "deadline " + deadline.by()
                    + " is before the position was taken (" + position.occurred() + ")");
        }
    }

    private static void checkResponse(NegotiationState state, PositionResponse response) {
        Position position = state.position(response.position()).orElseThrow(() -> violation(
                Rule.UNKNOWN_POSITION, response, "position '" + response.position() + "' is not recorded"));
        if (position.status() == PositionStatus.WITHDRAWN) {
            throw violation(Rule.POSITION_NOT_OPEN, response, "position '" + position.id()
                    + "' was withdrawn by " + position.by());
        }
        if (response instanceof PositionWithdrawn && !position.by().equals(response.by())) {
            throw violation(Rule.NOT_POSITION_HOLDER, response, response.by() + " cannot withdraw position '"
                    + position.id() + "' taken by " + position.by());
        }
    }

    private static void checkStep(NegotiationState state, ImplementationStepCompleted step) {
        Agreement agreement = state.agreement(step.agreement()).orElseThrow(() -> violation(
                Rule.UNKNOWN_AGREEMENT, step, "agreement '" + step.agreement() + "' is not recorded"));
        if (agreement.provision(step.provision()).isEmpty()) {
            throw violation(Rule.UNKNOWN_PROVISION, step, "agreement '" + agreement.id()
                    + "' has no provision '" + step.provision() + "'");
        }
    }

    private static RuleViolationException violation(Rule rule, Development d, String detail) {
        return new RuleViolationException(rule, d.id(), detail);
    }
}
