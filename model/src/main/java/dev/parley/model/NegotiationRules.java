package dev.parley.model;

import dev.parley.timeline.DelegationAppointed;
import dev.parley.timeline.MeetingProposed;
import dev.parley.timeline.RoundRescheduled;
import dev.parley.timeline.RoundCancelled;
import dev.parley.timeline.DocumentPublished;
import dev.parley.timeline.AgreementSigned;
import dev.parley.timeline.AgreementRatified;
import dev.parley.timeline.AgreementExtended;
import dev.parley.timeline.AgreementSuspended;
import dev.parley.timeline.AgreementResumed;
import dev.parley.timeline.AgreementTerminated;
import dev.parley.timeline.AgreementWithdrawnFrom;
import dev.parley.timeline.NonComplianceAlleged;
import dev.parley.timeline.ActionStarted;
import dev.parley.timeline.ActionEnded;
import dev.parley.timeline.VersionReported;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.ClaimConfirmed;
import dev.parley.timeline.ClaimDenied;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.ClaimResponse;
import dev.parley.timeline.DemandMade;
import dev.parley.timeline.DocumentDelivered;
import dev.parley.timeline.FigureReported;
import dev.parley.timeline.FulfilmentReported;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PartyJoined;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.ProposalMade;
import dev.parley.timeline.ProposalRejected;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.RoundScheduled;
import dev.parley.timeline.StatementMade;
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
import dev.parley.timeline.state.Response;
import dev.parley.model.StatusTable.PositionMove;
import dev.parley.model.StatusTable.RoundMove;
import dev.parley.timeline.state.Round;

import java.util.List;
import java.util.function.Function;

/**
 * The one place for Parley's rules across developments: whether a development may be recorded on top of a state.
 * Only {@link NegotiationDecider#decide} calls it (after the idempotency check), before anything is stored.
 */
final class NegotiationRules {

    /** What a FULFILS ref may name besides a demand, proposal or offer. */
    private static final java.util.Set<String> FULFILLABLE_BESIDES_POSITIONS = java.util.Set.of(
            Development.typeName(AgreementReached.class), Development.typeName(MeetingProposed.class));

    private NegotiationRules() {
    }

    /**
     * @param state      the negotiation's state before the development
     * @param recordedType gives the type name of a development recorded in this negotiation, or null when the
     *                     id is not recorded
     * @param d            the development to check
     * @throws RuleViolationException naming the first rule the development breaks
     */
    static void check(NegotiationState state, Function<String, String> recordedType, Development d) {
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
            if (ref.kind() == RefKind.FULFILS && FULFILLABLE_BESIDES_POSITIONS.contains(
                    recordedType.apply(ref.development()))) {
                continue;
            }
            if (ref.kind() == RefKind.FULFILS) {
                Position position = state.position(ref.development()).orElseThrow(() -> violation(
                        Rule.UNKNOWN_POSITION, d, "FULFILS refers to '" + ref.development()
                                + "', which is not a demand, proposal or offer"));
                if (!PositionMove.takesDelivery(position.status())) {
                    throw notOpen(d, position, "FULFILS refers to position '" + position.id() + "', which", "delivery");
                }
            }
        }
        d.accept(new TypeRules(state, recordedType));
    }

    private static void checkCorrection(NegotiationState state, Function<String, String> recordedType,
                                        ReportCorrected correction) {
        String type = checkTarget(state, recordedType, correction, correction.development(), "corrected");
        if (!type.equals(correction.replacement().typeName())) {
            throw violation(Rule.CORRECTION_TYPE_MISMATCH, correction, "'" + correction.development() + "' is a "
                    + type + "; its replacement is a " + correction.replacement().typeName());
        }
        if (correction.replacement() instanceof PositionTaken position) {
            checkDeadline(position, correction);
        }
    }

    private static String checkTarget(NegotiationState state, Function<String, String> recordedType, Development d,
                                      String target, String verb) {
        String type = recordedType.apply(target);
        if (type == null) {
            throw violation(Rule.UNKNOWN_REFERENCE, d, "'" + target + "' is not recorded in negotiation '"
                    + d.negotiationId() + "'");
        }
        if (type.equals(Development.typeName(NegotiationOpened.class))) {
            // Everything else hangs on the opening: without it the negotiation would have developments but no start.
            throw violation(Rule.OPENING_NOT_REVISABLE, d, "'" + target + "' opened negotiation '"
                    + d.negotiationId() + "' and cannot be " + verb);
        }
        boolean retracted = state.corrections().stream()
                .anyMatch(c -> c.target().equals(target) && c.kind() == Correction.Kind.RETRACTED);
        if (retracted) {
            throw violation(Rule.ALREADY_RETRACTED, d, "'" + target + "' was already retracted");
        }
        return type;
    }

    private static void checkDeadline(PositionTaken position, Development rejected) {
        Deadline deadline = position.deadline();
        // Reject only a deadline that is certainly earlier: partial dates may overlap.
        if (deadline != null && deadline.by().latest().isBefore(position.occurred().earliest())) {
            throw violation(Rule.DEADLINE_BEFORE_POSITION, rejected, "deadline " + deadline.by()
                    + " is before the position was taken (" + position.occurred() + ")");
        }
    }

    private static void checkResponse(NegotiationState state, PositionResponse response, PositionMove move) {
        Position position = state.position(response.position()).orElseThrow(() -> violation(
                Rule.UNKNOWN_POSITION, response, "position '" + response.position() + "' is not recorded"));
        if (move.from(position.status()).isEmpty()) {
            throw notOpen(response, position, "position '" + position.id() + "'", move.noun());
        }
        if (move == PositionMove.WITHDRAW && !position.by().contains(response.by())) {
            throw violation(Rule.NOT_POSITION_HOLDER, response, response.by() + " cannot withdraw position '"
                    + position.id() + "' taken by " + String.join(", ", position.by()));
        }
    }

    private static void checkStep(NegotiationState state, ImplementationStepCompleted step) {
        Agreement agreement = state.agreement(step.agreement()).orElseThrow(() -> violation(
                Rule.UNKNOWN_AGREEMENT, step, "agreement '" + step.agreement() + "' is not recorded"));
        for (String provision : step.provisionsServed()) {
            if (agreement.provision(provision).isEmpty()) {
                throw violation(Rule.UNKNOWN_PROVISION, step, "agreement '" + agreement.id()
                        + "' has no provision '" + provision + "'");
            }
        }
    }

    /** The rules of each type, as a visitor: a new type does not compile until its rules are stated here. */
    private record TypeRules(NegotiationState state, Function<String, String> recordedType)
            implements Development.Visitor<Void> {

        @Override
        public Void onNegotiationOpened(NegotiationOpened d) {
            return null;
        }

        @Override
        public Void onPartyJoined(PartyJoined d) {
            state.participants().stream()
                    .filter(p -> p.name().equals(d.party()) && p.role() == d.role()).findFirst()
                    .ifPresent(p -> {
                        throw violation(Rule.PARTY_ALREADY_JOINED, d, d.party() + " already joined as " + d.role()
                                + " (development '" + p.developmentId() + "')");
                    });
            return null;
        }

        @Override
        public Void onRoundScheduled(RoundScheduled d) {
            return checkRound(d, d.number(), RoundMove.SCHEDULE, "scheduled");
        }

        @Override
        public Void onRoundHeld(RoundHeld d) {
            return checkRound(d, d.number(), RoundMove.HOLD, "held");
        }

        private Void checkRound(Development d, Integer number, RoundMove move, String verb) {
            if (number == null) {
                return null;
            }
            Round round = state.round(number).orElse(null);
            if (round != null && move.from(round.status()).isEmpty()) {
                throw violation(Rule.ROUND_ALREADY_HELD, d, "round " + number + " was already held (development '"
                        + round.developmentId() + "') and cannot be " + verb + " again; correct that development"
                        + " instead");
            }
            return null;
        }

        @Override
        public Void onDocumentDelivered(DocumentDelivered d) {
            return null;
        }

        @Override
        public Void onDemandMade(DemandMade d) {
            checkDeadline(d, d);
            return null;
        }

        @Override
        public Void onProposalMade(ProposalMade d) {
            checkDeadline(d, d);
            return null;
        }

        @Override
        public Void onOfferMade(OfferMade d) {
            checkDeadline(d, d);
            return null;
        }

        @Override
        public Void onProposalAccepted(ProposalAccepted d) {
            checkResponse(state, d, PositionMove.ACCEPT);
            return null;
        }

        @Override
        public Void onProposalRejected(ProposalRejected d) {
            checkResponse(state, d, PositionMove.REJECT);
            return null;
        }

        @Override
        public Void onPositionWithdrawn(PositionWithdrawn d) {
            checkResponse(state, d, PositionMove.WITHDRAW);
            return null;
        }

        @Override
        public Void onAgreementReached(AgreementReached d) {
            return null;
        }

        @Override
        public Void onImplementationStepCompleted(ImplementationStepCompleted d) {
            checkStep(state, d);
            return null;
        }

        @Override
        public Void onClaimMade(ClaimMade d) {
            return null;
        }

        @Override
        public Void onClaimDenied(ClaimDenied d) {
            return checkClaim(d);
        }

        @Override
        public Void onClaimConfirmed(ClaimConfirmed d) {
            return checkClaim(d);
        }

        private Void checkClaim(ClaimResponse d) {
            if (state.claim(d.claim()).isEmpty()) {
                throw violation(Rule.UNKNOWN_CLAIM, d, "claim '" + d.claim() + "' is not recorded");
            }
            return null;
        }

        @Override
        public Void onStatementMade(StatementMade d) {
            return null;
        }

        @Override
        public Void onFulfilmentReported(FulfilmentReported d) {
            return null;
        }

        @Override
        public Void onFulfilmentDeclared(FulfilmentDeclared d) {
            Agreement agreement = state.agreement(d.agreement()).orElseThrow(() -> violation(
                    Rule.UNKNOWN_AGREEMENT, d, "agreement '" + d.agreement() + "' is not recorded"));
            if (d.provision() != null && agreement.provision(d.provision()).isEmpty()) {
                throw violation(Rule.UNKNOWN_PROVISION, d, "agreement '" + agreement.id()
                        + "' has no provision '" + d.provision() + "'");
            }
            return null;
        }

        @Override
        public Void onFigureReported(FigureReported d) {
            return null;
        }

        @Override
        public Void onReportCorrected(ReportCorrected d) {
            checkCorrection(state, recordedType, d);
            return null;
        }

        @Override
        public Void onReportRetracted(ReportRetracted d) {
            checkTarget(state, recordedType, d, d.development(), "retracted");
            return null;
        }

        @Override
        public Void onDelegationAppointed(DelegationAppointed e) {
            return null;
        }

        @Override
        public Void onMeetingProposed(MeetingProposed e) {
            return null;
        }

        @Override
        public Void onRoundRescheduled(RoundRescheduled e) {
            return null;
        }

        @Override
        public Void onRoundCancelled(RoundCancelled e) {
            return null;
        }

        @Override
        public Void onDocumentPublished(DocumentPublished e) {
            return null;
        }

        @Override
        public Void onAgreementSigned(AgreementSigned e) {
            return null;
        }

        @Override
        public Void onAgreementRatified(AgreementRatified e) {
            return null;
        }

        @Override
        public Void onAgreementExtended(AgreementExtended e) {
            return null;
        }

        @Override
        public Void onAgreementSuspended(AgreementSuspended e) {
            return null;
        }

        @Override
        public Void onAgreementResumed(AgreementResumed e) {
            return null;
        }

        @Override
        public Void onAgreementTerminated(AgreementTerminated e) {
            return null;
        }

        @Override
        public Void onAgreementWithdrawnFrom(AgreementWithdrawnFrom e) {
            return null;
        }

        @Override
        public Void onNonComplianceAlleged(NonComplianceAlleged e) {
            return null;
        }

        @Override
        public Void onActionStarted(ActionStarted e) {
            return null;
        }

        @Override
        public Void onActionEnded(ActionEnded e) {
            return null;
        }

        @Override
        public Void onVersionReported(VersionReported e) {
            return null;
        }
    }

    /** "was WITHDRAWN by Russia and takes no acceptance": the status, who set it, and the move it refuses. */
    private static RuleViolationException notOpen(Development d, Position position, String subject, String noun) {
        List<Response> responses = position.responses();
        String by = responses.isEmpty() ? "" : " by " + responses.get(responses.size() - 1).by();
        return violation(Rule.POSITION_NOT_OPEN, d, subject + " was " + position.status() + by
                + " and takes no " + noun);
    }

    private static RuleViolationException violation(Rule rule, Development d, String detail) {
        return new RuleViolationException(rule, d.id(), detail);
    }
}
