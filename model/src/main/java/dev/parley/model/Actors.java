package dev.parley.model;

import dev.parley.timeline.ActionEnded;
import dev.parley.timeline.ActionStarted;
import dev.parley.timeline.Agent;
import dev.parley.timeline.AgreementExtended;
import dev.parley.timeline.AgreementRatified;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.AgreementResumed;
import dev.parley.timeline.AgreementSigned;
import dev.parley.timeline.AgreementSuspended;
import dev.parley.timeline.AgreementTerminated;
import dev.parley.timeline.AgreementWithdrawnFrom;
import dev.parley.timeline.ClaimConfirmed;
import dev.parley.timeline.ClaimDenied;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.DelegationAppointed;
import dev.parley.timeline.DemandMade;
import dev.parley.timeline.Development;
import dev.parley.timeline.DocumentDelivered;
import dev.parley.timeline.DocumentPublished;
import dev.parley.timeline.FigureReported;
import dev.parley.timeline.FulfilmentDeclared;
import dev.parley.timeline.FulfilmentReported;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.MeetingProposed;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.NonComplianceAlleged;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PartyJoined;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.ProposalMade;
import dev.parley.timeline.ProposalRejected;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.RoundCancelled;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.RoundRescheduled;
import dev.parley.timeline.RoundScheduled;
import dev.parley.timeline.Share;
import dev.parley.timeline.StatementMade;
import dev.parley.timeline.VersionReported;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Who acted in a development: the speaker, claimant, side or sides that did or said it (not whom it was
 * addressed to). A dispute or confirmation names its actors as who disputes or confirms.
 */
final class Actors {

    private Actors() {
    }

    /**
     * @param development a development
     * @return its actors, each once, in the order the development names them; people by name (or, when anonymous,
     *         by their description)
     */
    static List<String> of(Development development) {
        return development.accept(ACTORS).filter(Objects::nonNull).distinct().toList();
    }

    private static Stream<String> agent(Agent agent) {
        return Stream.of(agent.anonymous() ? agent.toString() : agent.name());
    }

    private static final Development.Visitor<Stream<String>> ACTORS = new Development.Visitor<>() {
        @Override
        public Stream<String> onNegotiationOpened(NegotiationOpened e) {
            return Stream.empty();
        }

        @Override
        public Stream<String> onPartyJoined(PartyJoined e) {
            return Stream.of(e.party());
        }

        @Override
        public Stream<String> onDelegationAppointed(DelegationAppointed e) {
            return Stream.of(e.party());
        }

        @Override
        public Stream<String> onMeetingProposed(MeetingProposed e) {
            return e.by().stream();
        }

        @Override
        public Stream<String> onRoundScheduled(RoundScheduled e) {
            return e.mediators().stream();
        }

        @Override
        public Stream<String> onRoundRescheduled(RoundRescheduled e) {
            return e.mediators().stream();
        }

        @Override
        public Stream<String> onRoundCancelled(RoundCancelled e) {
            return Stream.ofNullable(e.by());
        }

        @Override
        public Stream<String> onRoundHeld(RoundHeld e) {
            return Stream.concat(Stream.ofNullable(e.chair()), e.delegations().stream());
        }

        @Override
        public Stream<String> onDocumentDelivered(DocumentDelivered e) {
            return Stream.of(e.from());
        }

        @Override
        public Stream<String> onDocumentPublished(DocumentPublished e) {
            return Stream.of(e.by());
        }

        @Override
        public Stream<String> onDemandMade(DemandMade e) {
            return e.by().stream();
        }

        @Override
        public Stream<String> onProposalMade(ProposalMade e) {
            return e.by().stream();
        }

        @Override
        public Stream<String> onOfferMade(OfferMade e) {
            return e.by().stream();
        }

        @Override
        public Stream<String> onProposalAccepted(ProposalAccepted e) {
            return Stream.of(e.by());
        }

        @Override
        public Stream<String> onProposalRejected(ProposalRejected e) {
            return Stream.of(e.by());
        }

        @Override
        public Stream<String> onPositionWithdrawn(PositionWithdrawn e) {
            return Stream.of(e.by());
        }

        /**
         * Who announced it, not every party: its {@code by}, else the sides its root sources speak for, else no
         * side (a wire report of an agreement attests no party's word). Crediting all parties made one side's
         * announcement a confirmation by the other (issue 20).
         */
        @Override
        public Stream<String> onAgreementReached(AgreementReached e) {
            if (!e.by().isEmpty()) {
                return e.by().stream();
            }
            return e.sources().stream().map(source -> source.root().affiliation());
        }

        @Override
        public Stream<String> onAgreementSigned(AgreementSigned e) {
            return Stream.of(e.by());
        }

        @Override
        public Stream<String> onAgreementRatified(AgreementRatified e) {
            return Stream.of(e.by());
        }

        @Override
        public Stream<String> onAgreementExtended(AgreementExtended e) {
            return e.by().stream();
        }

        @Override
        public Stream<String> onAgreementSuspended(AgreementSuspended e) {
            return Stream.of(e.by());
        }

        @Override
        public Stream<String> onAgreementResumed(AgreementResumed e) {
            return Stream.of(e.by());
        }

        @Override
        public Stream<String> onAgreementTerminated(AgreementTerminated e) {
            return Stream.ofNullable(e.by());
        }

        @Override
        public Stream<String> onAgreementWithdrawnFrom(AgreementWithdrawnFrom e) {
            return Stream.of(e.by());
        }

        @Override
        public Stream<String> onImplementationStepCompleted(ImplementationStepCompleted e) {
            return e.delivered().stream().map(Share::party);
        }

        @Override
        public Stream<String> onNonComplianceAlleged(NonComplianceAlleged e) {
            return Stream.of(e.by());
        }

        @Override
        public Stream<String> onActionStarted(ActionStarted e) {
            return e.by().stream();
        }

        @Override
        public Stream<String> onActionEnded(ActionEnded e) {
            return Stream.ofNullable(e.by());
        }

        @Override
        public Stream<String> onClaimMade(ClaimMade e) {
            return Stream.of(e.claimant());
        }

        @Override
        public Stream<String> onClaimDenied(ClaimDenied e) {
            return agent(e.by());
        }

        @Override
        public Stream<String> onClaimConfirmed(ClaimConfirmed e) {
            return agent(e.by());
        }

        @Override
        public Stream<String> onStatementMade(StatementMade e) {
            return agent(e.speaker());
        }

        @Override
        public Stream<String> onFulfilmentReported(FulfilmentReported e) {
            return Stream.of(e.by());
        }

        @Override
        public Stream<String> onFulfilmentDeclared(FulfilmentDeclared e) {
            return Stream.of(e.by());
        }

        @Override
        public Stream<String> onFigureReported(FigureReported e) {
            return Stream.of(e.by());
        }

        @Override
        public Stream<String> onVersionReported(VersionReported e) {
            return Stream.empty();
        }

        @Override
        public Stream<String> onReportCorrected(ReportCorrected e) {
            return e.replacement().accept(this);
        }

        @Override
        public Stream<String> onReportRetracted(ReportRetracted e) {
            return Stream.empty();
        }
    };
}
