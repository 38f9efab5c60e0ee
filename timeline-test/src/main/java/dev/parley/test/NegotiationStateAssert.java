package dev.parley.test;

import dev.parley.timeline.Attribution;
import dev.parley.timeline.DocumentKind;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.state.Action;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.Claim;
import dev.parley.timeline.state.Corroboration;
import dev.parley.timeline.state.Document;
import dev.parley.timeline.state.Figure;
import dev.parley.timeline.state.Meeting;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.PositionKind;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.Round;
import dev.parley.timeline.state.Statement;
import org.assertj.core.api.AbstractObjectAssert;

import java.util.List;
import java.util.Optional;

/**
 * Assertions on a {@link NegotiationState}, in the domain's words. Obtain through
 * {@link ParleyAssertions#assertThat(NegotiationState)}.
 *
 * <pre>{@code
 * assertThat(state).hasRound(2).heldAt("Istanbul");
 * assertThat(state).hasOpenDemand().by("Russia").containing("Donetsk");
 * assertThat(state).hasOffer("ru-offer-children").withDeadline("2025-07-10").withStatus(PositionStatus.OPEN);
 * assertThat(state).hasDisputedClaim("ua-claim-abductions").deniedBy("Vladimir Medinsky");
 * }</pre>
 */
public class NegotiationStateAssert extends AbstractObjectAssert<NegotiationStateAssert, NegotiationState> {

    /** @param actual the state under test */
    public NegotiationStateAssert(NegotiationState actual) {
        super(actual, NegotiationStateAssert.class);
    }

    /**
     * @param title the expected title
     * @return this, after checking the negotiation has the given title
     */
    public NegotiationStateAssert hasTitle(String title) {
        isNotNull();
        if (!title.equals(actual.title())) {
            failWithMessage("%nExpecting negotiation <%s>%nto have title:%n  <%s>%nbut it has:%n  <%s>",
                    actual.negotiationId(), title, actual.title());
        }
        return this;
    }

    /**
     * @param name the expected participant's name
     * @param role the expected role
     * @return this, after checking that {@code name} takes part in the given role
     */
    public NegotiationStateAssert hasParticipant(String name, PartyRole role) {
        isNotNull();
        if (!actual.participantsIn(role).contains(name)) {
            failWithMessage("%nExpecting negotiation <%s>%nto have %s:%n  <%s>%nbut its participants are:%n  <%s>",
                    actual.negotiationId(), role, name, actual.participants().stream()
                            .map(p -> p.name() + " (" + p.role() + ")").toList());
        }
        return this;
    }

    /**
     * @param number the round's number
     * @return assertions on the round with that number, after checking it exists
     */
    public RoundAssert hasRound(int number) {
        isNotNull();
        Optional<Round> round = actual.round(number);
        if (round.isEmpty()) {
            failWithMessage("%nExpecting negotiation <%s>%nto have round:%n  <%s>%nbut it has rounds:%n  <%s>",
                    actual.negotiationId(), number, actual.rounds().stream().map(Round::number).toList());
        }
        return new RoundAssert(round.orElseThrow());
    }

    /**
     * @param kind the expected kind of document
     * @return assertions on the documents of that kind, after checking there is one
     */
    public DocumentsAssert hasDocument(DocumentKind kind) {
        isNotNull();
        List<Document> documents = actual.documents().stream().filter(d -> d.kind() == kind).toList();
        if (documents.isEmpty()) {
            failWithMessage("%nExpecting negotiation <%s>%nto have a document of kind:%n  <%s>%nbut it has:%n  <%s>",
                    actual.negotiationId(), kind, actual.documents().stream().map(Document::kind).toList());
        }
        return new DocumentsAssert(kind.toString(), documents);
    }

    /**
     * @param id the id of the development that took the position
     * @return assertions on the position made by that development, after checking it exists
     */
    public PositionAssert hasPosition(String id) {
        return position(id, null);
    }

    /**
     * @param id the id of the offer-made development
     * @return assertions on the offer made by that development, after checking it exists and is an offer
     */
    public PositionAssert hasOffer(String id) {
        return position(id, PositionKind.OFFER);
    }

    /**
     * @param id the id of the demand-made development
     * @return assertions on the demand made by that development, after checking it exists and is a demand
     */
    public PositionAssert hasDemand(String id) {
        return position(id, PositionKind.DEMAND);
    }

    /** @return assertions on the open demands, after checking there is one */
    public PositionsAssert hasOpenDemand() {
        return positions(PositionKind.DEMAND, PositionStatus.OPEN);
    }

    /** @return assertions on the open offers, after checking there is one */
    public PositionsAssert hasOpenOffer() {
        return positions(PositionKind.OFFER, PositionStatus.OPEN);
    }

    /** @return assertions on the rejected demands, after checking there is one */
    public PositionsAssert hasRejectedDemand() {
        return positions(PositionKind.DEMAND, PositionStatus.REJECTED);
    }

    /**
     * @param kind the expected kind of position
     * @param status the expected status
     * @return assertions on positions of that kind and status, after checking there is one
     */
    public PositionsAssert hasPositions(PositionKind kind, PositionStatus status) {
        return positions(kind, status);
    }

    /**
     * @param id the id of the development that recorded the agreement
     * @return assertions on the agreement recorded by that development, after checking it exists
     */
    public AgreementAssert hasAgreement(String id) {
        isNotNull();
        Optional<Agreement> agreement = actual.agreement(id);
        if (agreement.isEmpty()) {
            failWithMessage("%nExpecting negotiation <%s>%nto have agreement:%n  <%s>%nbut it has agreements:%n  <%s>",
                    actual.negotiationId(), id, actual.agreements().stream().map(Agreement::id).toList());
        }
        return new AgreementAssert(agreement.orElseThrow());
    }

    /**
     * @param id the id of the claim-made development
     * @return assertions on the claim made by that development, after checking it exists
     */
    public ClaimAssert hasClaim(String id) {
        isNotNull();
        Optional<Claim> claim = actual.claim(id);
        if (claim.isEmpty()) {
            failWithMessage("%nExpecting negotiation <%s>%nto have claim:%n  <%s>%nbut it has claims:%n  <%s>",
                    actual.negotiationId(), id, actual.claims().stream().map(Claim::id).toList());
        }
        return new ClaimAssert(claim.orElseThrow());
    }

    /**
     * @param id the id of the claim-made development
     * @return assertions on the claim, after checking it exists and was denied by someone
     */
    public ClaimAssert hasDisputedClaim(String id) {
        ClaimAssert claim = hasClaim(id);
        if (!actual.claim(id).orElseThrow().disputed()) {
            failWithMessage("%nExpecting claim <%s> of negotiation <%s>%nto be disputed%nbut nobody denied it",
                    id, actual.negotiationId());
        }
        return claim;
    }

    /**
     * @param speaker the expected speaker's name
     * @return this, after checking someone of that name made a statement
     */
    public NegotiationStateAssert hasStatementBy(String speaker) {
        isNotNull();
        if (actual.statements().stream().noneMatch(s -> speaker.equals(s.speaker().name()))) {
            failWithMessage("%nExpecting negotiation <%s>%nto have a statement by:%n  <%s>%nbut the speakers are:%n  <%s>",
                    actual.negotiationId(), speaker, actual.statements().stream()
                            .map(Statement::speaker).map(a -> a.name() == null ? a.toString() : a.name()).distinct()
                            .toList());
        }
        return this;
    }

    /**
     * @param subject what the figures count, as reported
     * @return this, after checking the subject has figures that differ
     */
    public NegotiationStateAssert hasCompetingFigures(String subject) {
        isNotNull();
        Optional<Figure> figure = actual.figure(subject);
        if (figure.isEmpty() || !figure.get().competing()) {
            failWithMessage("%nExpecting negotiation <%s>%nto have competing figures for:%n  <%s>%nbut it has:%n  <%s>",
                    actual.negotiationId(), subject, figure.map(f -> (Object) f.versions().stream()
                            .map(v -> v.figure().toString()).toList()).orElse("no figures for that subject"));
        }
        return this;
    }

    /**
     * @param developmentId a development of the negotiation
     * @param source        an outlet, or a name anywhere in a citation chain
     * @return this, after checking the development is attributed to that source
     */
    public NegotiationStateAssert hasSource(String developmentId, String source) {
        isNotNull();
        List<Attribution> sources = actual.corroborationOf(developmentId).map(Corroboration::sources)
                .orElse(List.of());
        if (sources.stream().noneMatch(a -> DevelopmentAssert.names(a, source))) {
            failWithMessage("%nExpecting development <%s>%nto have source:%n  <%s>%nbut its sources are:%n  <%s>",
                    developmentId, source, sources.stream().map(Attribution::toString).toList());
        }
        return this;
    }

    /**
     * @param id the id of the meeting-proposed development
     * @return assertions on the meeting proposed by that development, after checking it exists
     */
    public MeetingAssert hasMeeting(String id) {
        isNotNull();
        Optional<Meeting> meeting = actual.meeting(id);
        if (meeting.isEmpty()) {
            failWithMessage("%nExpecting negotiation <%s>%nto have meeting proposed:%n  <%s>%nbut it has:%n  <%s>",
                    actual.negotiationId(), id, actual.meetings().stream().map(Meeting::id).toList());
        }
        return new MeetingAssert(meeting.orElseThrow());
    }

    /**
     * @param id the id of the action-started development
     * @return assertions on the action started by that development, after checking it exists
     */
    public ActionAssert hasAction(String id) {
        isNotNull();
        Optional<Action> action = actual.action(id);
        if (action.isEmpty()) {
            failWithMessage("%nExpecting negotiation <%s>%nto have action:%n  <%s>%nbut it has:%n  <%s>",
                    actual.negotiationId(), id, actual.actions().stream().map(Action::id).toList());
        }
        return new ActionAssert(action.orElseThrow());
    }

    /**
     * @param developmentId a development of the negotiation
     * @return assertions on how it is sourced and received, after checking there is something to say (sources,
     *         a grade or note, a dispute, confirmation or version)
     */
    public CorroborationAssert hasCorroboration(String developmentId) {
        isNotNull();
        Optional<Corroboration> corroboration = actual.corroborationOf(developmentId);
        if (corroboration.isEmpty()) {
            failWithMessage("%nExpecting development <%s>%nto have sources, a grade, a dispute, a confirmation or a "
                    + "version%nbut it has none", developmentId);
        }
        return new CorroborationAssert(corroboration.orElseThrow());
    }

    /**
     * @param developmentId a development of the negotiation
     * @return assertions on how the development is received, after checking someone disputes it
     */
    public CorroborationAssert hasDisputed(String developmentId) {
        CorroborationAssert corroboration = hasCorroboration(developmentId);
        if (!actual.corroborationOf(developmentId).orElseThrow().isDisputed()) {
            failWithMessage("%nExpecting development <%s> of negotiation <%s>%nto be disputed%nbut nobody disputes it",
                    developmentId, actual.negotiationId());
        }
        return corroboration;
    }

    /** @return this, after checking that the negotiation had been opened */
    public NegotiationStateAssert isOpened() {
        isNotNull();
        if (!actual.isOpened()) {
            failWithMessage("%nExpecting negotiation <%s> to be opened%nbut it was not", actual.negotiationId());
        }
        return this;
    }

    private PositionAssert position(String id, PositionKind kind) {
        isNotNull();
        Optional<Position> position = actual.position(id);
        if (position.isEmpty()) {
            failWithMessage("%nExpecting negotiation <%s>%nto have %s:%n  <%s>%nbut it has positions:%n  <%s>",
                    actual.negotiationId(), kind == null ? "position" : kind.name().toLowerCase(), id,
                    actual.positions().stream().map(Position::id).toList());
        }
        if (kind != null && position.orElseThrow().kind() != kind) {
            failWithMessage("%nExpecting position <%s>%nto be a:%n  <%s>%nbut it is a:%n  <%s>", id, kind,
                    position.orElseThrow().kind());
        }
        return new PositionAssert(position.orElseThrow());
    }

    private PositionsAssert positions(PositionKind kind, PositionStatus status) {
        isNotNull();
        List<Position> matching = actual.positions().stream()
                .filter(p -> p.kind() == kind && p.status() == status).toList();
        String description = status.name().toLowerCase() + " " + kind.name().toLowerCase();
        if (matching.isEmpty()) {
            failWithMessage("%nExpecting negotiation <%s>%nto have an %s%nbut its positions are:%n  <%s>",
                    actual.negotiationId(), description, actual.positions().stream()
                            .map(p -> p.id() + " " + p.kind() + " " + p.status()).toList());
        }
        return new PositionsAssert(description, matching);
    }
}
