package dev.parley.model;

import dev.parley.timeline.ActionEnded;
import dev.parley.timeline.ActionStarted;
import dev.parley.timeline.AgreementExtended;
import dev.parley.timeline.AgreementRatified;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.AgreementResumed;
import dev.parley.timeline.AgreementSigned;
import dev.parley.timeline.AgreementSuspended;
import dev.parley.timeline.AgreementTerminated;
import dev.parley.timeline.AgreementWithdrawnFrom;
import dev.parley.timeline.DelegationAppointed;
import dev.parley.timeline.DocumentPublished;
import dev.parley.timeline.MeetingProposed;
import dev.parley.timeline.NonComplianceAlleged;
import dev.parley.timeline.RoundCancelled;
import dev.parley.timeline.RoundRescheduled;
import dev.parley.timeline.VersionReported;
import dev.parley.timeline.ClaimConfirmed;
import dev.parley.timeline.ClaimDenied;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.DemandMade;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.ProposalMade;
import dev.parley.timeline.ProposalRejected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.RoundScheduled;
import dev.parley.timeline.Development;
import dev.parley.timeline.DocumentDelivered;
import dev.parley.timeline.FigureReported;
import dev.parley.timeline.FulfilmentDeclared;
import dev.parley.timeline.FulfilmentReported;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.PartyJoined;
import dev.parley.timeline.PositionTaken;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.Share;
import dev.parley.timeline.StatementMade;
import dev.parley.timeline.TimelineQuery;
import dev.parley.timeline.Agent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Orders and filters developments for a timeline: by when they occurred, precision-aware and stable.
 *
 * <pre>{@code
 * List<Development> russia = TimelineView.of(history, TimelineQuery.all().withParty("Russia"));
 * }</pre>
 */
public final class TimelineView {

    private TimelineView() {
    }

    /**
     * @param history developments in recorded order
     * @param query   which to keep
     * @return the matching developments ordered by occurrence (earliest possible day, then latest, then time of
     *         day); developments that tie keep their recorded order
     */
    public static List<Development> of(List<? extends Development> history, TimelineQuery query) {
        List<Development> matching = new ArrayList<>();
        for (Development d : history) {
            if (matches(d, query)) {
                matching.add(d);
            }
        }
        matching.sort(Comparator.comparing(Development::occurred));
        return List.copyOf(matching);
    }

    /**
     * @param development a development
     * @return the parties and people it names: by, to, from, parties, claimant, speaker and their affiliations,
     *         and the mediators of its envelope
     */
    public static List<String> involved(Development development) {
        return Stream.concat(development.accept(INVOLVED), development.mediators().stream())
                .filter(Objects::nonNull).distinct().toList();
    }

    /** Who each type names; a new type does not compile until it is stated here. */
    private static final Development.Visitor<Stream<String>> INVOLVED = new Development.Visitor<>() {
        @Override
        public Stream<String> onNegotiationOpened(NegotiationOpened e) {
            return Stream.empty();
        }

        @Override
        public Stream<String> onPartyJoined(PartyJoined e) {
            return Stream.of(e.party());
        }

        @Override
        public Stream<String> onRoundScheduled(RoundScheduled e) {
            return Stream.empty();
        }

        @Override
        public Stream<String> onRoundHeld(RoundHeld e) {
            return e.delegations().stream();
        }

        @Override
        public Stream<String> onDocumentDelivered(DocumentDelivered e) {
            return Stream.of(e.from(), e.to());
        }

        @Override
        public Stream<String> onDemandMade(DemandMade e) {
            return position(e);
        }

        @Override
        public Stream<String> onProposalMade(ProposalMade e) {
            return position(e);
        }

        @Override
        public Stream<String> onOfferMade(OfferMade e) {
            return position(e);
        }

        private Stream<String> position(PositionTaken e) {
            return Stream.concat(e.by().stream(), e.to().stream());
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

        @Override
        public Stream<String> onAgreementReached(AgreementReached e) {
            return e.parties().stream();
        }

        @Override
        public Stream<String> onImplementationStepCompleted(ImplementationStepCompleted e) {
            return e.delivered().stream().map(Share::party);
        }

        @Override
        public Stream<String> onClaimMade(ClaimMade e) {
            return Stream.concat(Stream.of(e.claimant()), e.to().stream());
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
            return Stream.concat(agent(e.speaker()), e.to().stream());
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
        public Stream<String> onReportCorrected(ReportCorrected e) {
            return e.replacement().accept(this);
        }

        @Override
        public Stream<String> onReportRetracted(ReportRetracted e) {
            return Stream.empty();
        }

        @Override
        public Stream<String> onDelegationAppointed(DelegationAppointed e) {
            return Stream.concat(Stream.of(e.party()), Stream.concat(Stream.ofNullable(e.head()), e.members().stream())
                    .flatMap(TimelineView::agent));
        }

        @Override
        public Stream<String> onMeetingProposed(MeetingProposed e) {
            return Stream.concat(e.by().stream(), e.with().stream());
        }

        @Override
        public Stream<String> onRoundRescheduled(RoundRescheduled e) {
            return Stream.empty();
        }

        @Override
        public Stream<String> onRoundCancelled(RoundCancelled e) {
            return Stream.ofNullable(e.by());
        }

        @Override
        public Stream<String> onDocumentPublished(DocumentPublished e) {
            return Stream.of(e.by());
        }

        @Override
        public Stream<String> onAgreementSigned(AgreementSigned e) {
            return Stream.concat(Stream.of(e.by()), e.with().stream());
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
            return Stream.ofNullable(e.by()); // a stall has nobody behind it
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
        public Stream<String> onNonComplianceAlleged(NonComplianceAlleged e) {
            return Stream.of(e.by(), e.against());
        }

        @Override
        public Stream<String> onActionStarted(ActionStarted e) {
            return Stream.concat(e.by().stream(), e.against().stream());
        }

        @Override
        public Stream<String> onActionEnded(ActionEnded e) {
            return Stream.ofNullable(e.by());
        }

        @Override
        public Stream<String> onVersionReported(VersionReported e) {
            return Stream.empty();
        }
    };

    private static Stream<String> agent(Agent agent) {
        return Stream.of(agent.name(), agent.affiliation());
    }

    private static boolean matches(Development d, TimelineQuery query) {
        if (!query.types().isEmpty() && !query.types().contains(d.typeName())) {
            return false;
        }
        if (query.from() != null && d.occurred().lastUtcDay().isBefore(query.from())) {
            return false;
        }
        if (query.to() != null && d.occurred().firstUtcDay().isAfter(query.to())) {
            return false;
        }
        if (query.party() == null) {
            return true;
        }
        String party = query.party().toLowerCase(java.util.Locale.ROOT);
        // Delegation lists are free text ("Russia (head: Vladimir Medinsky)"): a name inside them counts.
        return involved(d).stream().map(n -> n.toLowerCase(java.util.Locale.ROOT))
                .anyMatch(n -> n.equals(party) || n.startsWith(party + " ") || n.contains(" " + party));
    }
}
