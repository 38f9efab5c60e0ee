package dev.parley.model;

import static dev.parley.model.StateLookup.ACTIONS;
import static dev.parley.model.StateLookup.AGREEMENTS;
import static dev.parley.model.StateLookup.CLAIMS;
import static dev.parley.model.StateLookup.CORROBORATION;
import static dev.parley.model.StateLookup.DOCUMENTS;
import static dev.parley.model.StateLookup.FIGURES;
import static dev.parley.model.StateLookup.MEETINGS;
import static dev.parley.model.StateLookup.PARTICIPANTS;
import static dev.parley.model.StateLookup.POSITIONS;
import static dev.parley.model.StateLookup.RETRACTIONS;
import static dev.parley.model.StateLookup.ROUNDS;

import dev.parley.model.StatusTable.PositionMove;
import dev.parley.model.StatusTable.RoundMove;
import dev.parley.timeline.ActionEnded;
import dev.parley.timeline.ActionStarted;
import dev.parley.timeline.AgreementDevelopment;
import dev.parley.timeline.AgreementExtended;
import dev.parley.timeline.AgreementRatified;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.AgreementResumed;
import dev.parley.timeline.AgreementSigned;
import dev.parley.timeline.AgreementSuspended;
import dev.parley.timeline.AgreementTerminated;
import dev.parley.timeline.AgreementWithdrawnFrom;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.ClaimConfirmed;
import dev.parley.timeline.ClaimDenied;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.ClaimResponse;
import dev.parley.timeline.DelegationAppointed;
import dev.parley.timeline.DemandMade;
import dev.parley.timeline.Development;
import dev.parley.timeline.DocumentDelivered;
import dev.parley.timeline.DocumentPublished;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.FigureReported;
import dev.parley.timeline.FulfilmentDeclared;
import dev.parley.timeline.FulfilmentReported;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.MeetingProposed;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.NonComplianceAlleged;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.PartyJoined;
import dev.parley.timeline.PositionResponse;
import dev.parley.timeline.PositionTaken;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.ProposalMade;
import dev.parley.timeline.ProposalRejected;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.Ref;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.RoundCancelled;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.RoundRescheduled;
import dev.parley.timeline.RoundScheduled;
import dev.parley.timeline.StatementMade;
import dev.parley.timeline.VersionReported;
import dev.parley.timeline.state.Action;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.Claim;
import dev.parley.timeline.state.ClaimReaction;
import dev.parley.timeline.state.Correction;
import dev.parley.timeline.state.Corroboration;
import dev.parley.timeline.state.Delegation;
import dev.parley.timeline.state.Document;
import dev.parley.timeline.state.Figure;
import dev.parley.timeline.state.FigureVersion;
import dev.parley.timeline.state.Fulfilment;
import dev.parley.timeline.state.LifeEvent;
import dev.parley.timeline.state.Meeting;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Participant;
import dev.parley.timeline.state.PersistentList;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.PositionKind;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.Publication;
import dev.parley.timeline.state.Reaction;
import dev.parley.timeline.state.Response;
import dev.parley.timeline.state.Round;
import dev.parley.timeline.state.Statement;
import dev.parley.timeline.state.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one fold of Parley: {@link #evolve} is the only place a {@link NegotiationState} changes. The Axon
 * aggregate (through {@link NegotiationDecider}), the read side and every direct fold of a stored stream call it.
 * The decider folds the history as recorded, the read side ({@link #foldAsOf}, {@link #replay}) with corrections
 * and retractions applied: the one difference, described in {@link NegotiationDecider}.
 *
 * <p>{@code evolve} never rejects: rules are checked before a development is stored
 * ({@link NegotiationDecider#decide}). A development whose target is missing from the state (possible when folding a
 * filtered stream) changes nothing but the counters.
 *
 * <pre>{@code
 * NegotiationState state = NegotiationProjection.fold("ru-ua-2025", developments);
 * NegotiationState next = NegotiationProjection.evolve(state, offerMade);
 * }</pre>
 */
public final class NegotiationProjection {

    private NegotiationProjection() {
    }

    /**
     * @param negotiationId the negotiation
     * @param developments  its developments, in recorded order
     * @return the state they add up to
     */
    public static NegotiationState fold(String negotiationId, Iterable<? extends Development> developments) {
        NegotiationState state = NegotiationState.initial(negotiationId);
        FoldIndexes indexes = FoldIndexes.session();
        for (Development development : developments) {
            state = evolve(state, development, indexes);
        }
        return state;
    }

    /**
     * Replays a negotiation at a point in time: {@link #foldAsOf} then {@link #evaluate}. This is what
     * {@code Parley.state(id, asOf)} returns.
     *
     * @param negotiationId the negotiation
     * @param history       all its developments, in recorded order
     * @param asOf          the cut on either axis
     * @param today         the current day, for deadlines when there is no cut
     * @return the state at that point, deadlines judged at {@link AsOf#evaluationDate}
     */
    public static NegotiationState replay(String negotiationId, List<? extends Development> history, AsOf asOf,
                                          LocalDate today) {
        return evaluate(foldAsOf(negotiationId, history, asOf), asOf, today);
    }

    /**
     * Folds the developments that fall inside a cut, with the corrections and retractions known at its
     * knowledge date applied: a corrected development is folded in its corrected form (the newest correction
     * wins), a retracted one not at all; a correction or retraction that was itself retracted has no effect.
     * Developments whose dates straddle the cut are left out and listed in {@code uncertain()}. Where each
     * development falls is decided by {@code placement} alone.
     *
     * @param negotiationId the negotiation
     * @param history       all its developments, in recorded order
     * @param asOf          the cut
     * @return the folded state, deadlines not yet evaluated
     */
    public static NegotiationState foldAsOf(String negotiationId, List<? extends Development> history, AsOf asOf) {
        Amendments amendments = amendmentsAt(history, asOf);
        Map<String, Development> replacements = amendments.replacements();
        Set<String> retracted = amendments.retracted();
        NegotiationState state = NegotiationState.initial(negotiationId);
        List<String> uncertain = new ArrayList<>();
        FoldIndexes indexes = FoldIndexes.session();
        for (Development d : history) {
            if (retracted.contains(d.id())) {
                continue;
            }
            Development effective = replacements.getOrDefault(d.id(), d);
            AsOf.Placement placement = placement(d, effective, asOf);
            if (placement == AsOf.Placement.IN) {
                state = evolve(state, effective, indexes);
            } else if (placement == AsOf.Placement.UNCERTAIN) {
                uncertain.add(d.id());
            }
        }
        return state.replayedAt(null, null, state.positions(), state.agreements(), uncertain);
    }

    /**
     * The corrections and retractions in force at a cut's knowledge date: for each corrected development its
     * newest correction's replacement, and the ids of retracted developments. A correction or retraction that was
     * itself retracted has no effect.
     *
     * @param replacements the replacement of each corrected development, by its id
     * @param retracted    the ids of retracted developments
     */
    public record Amendments(Map<String, Development> replacements, Set<String> retracted) {
        /**
         * Copies both.
         *
         * @param replacements the replacement of each corrected development, by its id
         * @param retracted the ids of retracted developments
         */
        public Amendments {
            replacements = Map.copyOf(replacements);
            retracted = Set.copyOf(retracted);
        }

        /**
         * @param development a development as recorded
         * @return what stands in for it: its newest correction's replacement, or itself
         */
        public Development effective(Development development) {
            return replacements.getOrDefault(development.id(), development);
        }
    }

    /**
     * What {@link #foldAsOf} applies before folding: the amendments whose own {@link #placement} is in the cut.
     *
     * @param history all developments of a negotiation, in recorded order
     * @param asOf    the cut
     * @return the amendments in force at the cut
     */
    public static Amendments amendmentsAt(List<? extends Development> history, AsOf asOf) {
        Map<String, Development> replacements = new HashMap<>();
        Set<String> retracted = new HashSet<>();
        // Newest first: a retraction only targets an earlier development, so by the time a correction or retraction
        // is reached, whether a later one retracted it is known.
        for (ListIterator<? extends Development> back = history.listIterator(history.size()); back.hasPrevious(); ) {
            Development d = back.previous();
            if (retracted.contains(d.id()) || placement(d, d, asOf) != AsOf.Placement.IN) {
                continue;
            }
            if (d instanceof ReportCorrected correction) {
                replacements.putIfAbsent(correction.development(), correction.replacement());
            } else if (d instanceof ReportRetracted retraction) {
                retracted.add(retraction.development());
            }
        }
        return new Amendments(replacements, retracted);
    }

    /**
     * The one placement of a development relative to a cut, used for every development {@link #foldAsOf} folds.
     * A correction or retraction is placed by its report date on the knowledge axis only (what we know now about
     * an earlier day counts); any other development by its original report date on the knowledge axis and its
     * effective (possibly corrected) date on the valid-time axis: OUT if out on either, IN if in on both, else
     * UNCERTAIN.
     *
     * @param original  the development as recorded
     * @param effective what stands in for it at the cut: its newest correction's replacement, or itself
     * @param asOf      the cut
     * @return where it falls
     */
    public static AsOf.Placement placement(Development original, Development effective, AsOf asOf) {
        AsOf.Placement known = AsOf.place(original.reported(), asOf.knownAt());
        if (original instanceof ReportCorrected || original instanceof ReportRetracted) {
            return known;
        }
        AsOf.Placement occurred = AsOf.place(effective.occurred(), asOf.occurredBy());
        if (known == AsOf.Placement.OUT || occurred == AsOf.Placement.OUT) {
            return AsOf.Placement.OUT;
        }
        return known == AsOf.Placement.IN && occurred == AsOf.Placement.IN
                ? AsOf.Placement.IN : AsOf.Placement.UNCERTAIN;
    }

    /**
     * Judges deadlines and terms at the cut's {@link AsOf#evaluationDate evaluation date}: an open position whose
     * firm deadline has certainly passed is {@code OVERDUE}, one whose soft deadline ("in the coming days") has
     * passed is {@code LAPSED}; an agreement whose term certainly ended is {@code EXPIRED} (its unfulfilled
     * provisions {@code TERMINATED}), and an unfulfilled provision whose firm deadline passed is {@code OVERDUE}.
     * Nothing else changes; the fold itself never looks at a clock.
     *
     * @param state a folded state
     * @param asOf  the cut it was folded at
     * @param today the current day
     * @return the state with evaluated statuses, marked with the cut and the evaluation day
     */
    public static NegotiationState evaluate(NegotiationState state, AsOf asOf, LocalDate today) {
        LocalDate on = asOf.evaluationDate(today);
        List<Position> positions = state.positions().stream().map(p -> {
            if (p.deadline() == null || !p.deadline().by().latest().isBefore(on)) {
                return p;
            }
            PositionMove passed = p.deadline().soft() ? PositionMove.SOFT_DEADLINE_PASSED
                    : PositionMove.FIRM_DEADLINE_PASSED;
            return passed.from(p.status()).map(p::withStatus).orElse(p);
        }).toList();
        List<Agreement> agreements = state.agreements().stream().map(a -> Agreements.evaluate(a, on)).toList();
        return state.replayedAt(asOf, on, positions, agreements, state.uncertain());
    }

    /**
     * Applies one development to a state. One step alone looks items up by scanning the state's lists; {@link #fold},
     * {@link #foldAsOf}, {@link NegotiationDecider} and {@link History} carry key indexes from one development to the
     * next instead, so a long negotiation folds in O(n log n).
     *
     * @param state       the state before
     * @param development the development
     * @return the state after; {@code state} itself is unchanged
     */
    public static NegotiationState evolve(NegotiationState state, Development development) {
        return evolve(state, development, FoldIndexes.scanning());
    }

    /** One step of a fold that carries its key indexes from one development to the next. */
    static NegotiationState evolve(NegotiationState state, Development development, FoldIndexes indexes) {
        Draft draft = new Draft(state, indexes);
        development.accept(draft);
        applyLinks(draft, development);
        return draft.finish(development);
    }

    /**
     * What refs do to the state, for any development. {@code FULFILS}: a delivery against a position, a meeting
     * proposed now held, an agreement or one of its provisions fulfilled. {@code DISPUTES}: a dispute of the target,
     * whatever it is, and for an implementation step its shares kept apart from the totals. {@code CONFIRMS}: a
     * confirmation of the target.
     */
    private static void applyLinks(Draft draft, Development development) {
        for (Ref ref : development.refs()) {
            switch (ref.kind()) {
                case FULFILS -> {
                    draft.positions = POSITIONS.replace(draft.indexes, draft.positions, ref.development(),
                            p -> delivered(p, fulfilmentOf(development, p)));
                    draft.meetings = MEETINGS.replace(draft.indexes, draft.meetings, ref.development(),
                            m -> m.heldIn(development.id()));
                    draft.agreements = AGREEMENTS.replace(draft.indexes, draft.agreements, ref.development(),
                            development instanceof FulfilmentDeclared declared
                                    // a side's declaration stays its claim, whatever it refers to
                                    ? a -> Agreements.declaredFulfilled(a, ref.provision(), declared.by())
                                    : a -> Agreements.fulfilled(a, ref.provision(), development.id()));
                }
                case DISPUTES -> {
                    draft.agreements = replaceAll(draft.indexes, draft.agreements, a -> Agreements.disputeStep(a,
                            ref, development.id()));
                    draft.react(ref.development(), reactionOf(development, ref.provision()), true);
                }
                case CONFIRMS -> draft.react(ref.development(), reactionOf(development, ref.provision()), false);
                default -> {
                }
            }
        }
    }

    private static Reaction reactionOf(Development development, String provision) {
        return new Reaction(development.id(), Actors.of(development), provision, rootSources(development),
                development.occurred());
    }

    private static List<String> rootSources(Development development) {
        return development.sources().stream().map(a -> a.root().key()).distinct().toList();
    }

    private static Position delivered(Position position, Fulfilment fulfilment) {
        PositionMove move = PositionMove.delivery(position, fulfilment);
        return position.withFulfilment(fulfilment, move.from(position.status()).orElse(position.status()));
    }

    private static Fulfilment fulfilmentOf(Development development, Position position) {
        if (development instanceof FulfilmentReported f) {
            return new Fulfilment(f.id(), f.by(), f.delivered(), f.complete(), f.occurred());
        }
        if (development instanceof ImplementationStepCompleted step) {
            int count = step.delivered().stream()
                    .filter(s -> position.by().contains(s.party()) && s.quantity().value() != null)
                    .mapToInt(s -> s.quantity().value()).sum();
            return new Fulfilment(step.id(), String.join(", ", position.by()), Quantity.exactly(count), false,
                    step.occurred());
        }
        // A development that carries no count (a round held, a document delivered) carries out the position by
        // being what it promised: the delivery is complete.
        return new Fulfilment(development.id(), null, null, true, development.occurred());
    }

    private static List<Figure> withFigure(FoldIndexes indexes, List<Figure> figures, FigureReported reported) {
        FigureVersion version = new FigureVersion(reported.id(), reported.figure(), reported.text(), reported.by(),
                reported.occurred(), rootSources(reported));
        int index = FIGURES.lastIndexOf(indexes, figures, reported.subject());
        if (index < 0) {
            return FIGURES.append(indexes, figures, Figure.of(reported.subject(), List.of(version)));
        }
        return FIGURES.set(indexes, figures, index, figures.get(index).plus(version));
    }

    private static List<Agreement> replaceAll(FoldIndexes indexes, List<Agreement> items,
                                              UnaryOperator<Agreement> change) {
        List<Agreement> result = PersistentList.copyOf(items);
        for (int i = 0; i < items.size(); i++) {
            Agreement changed = change.apply(items.get(i));
            if (changed != items.get(i)) {
                result = AGREEMENTS.set(indexes, result, i, changed);
            }
        }
        return result;
    }

    /**
     * The round of the same number takes the move when the status table allows it (scheduled, then rescheduled,
     * postponed, cancelled or held); otherwise, and for a round without a number, a scheduling or holding is a new
     * round, and a rescheduling or cancellation changes nothing (the rules keep those out of a recorded history).
     */
    private static List<Round> withRound(FoldIndexes indexes, List<Round> rounds, RoundMove move, Integer number,
                                         UnaryOperator<Round> change, Round fresh) {
        int index = number == null ? -1 : ROUNDS.lastIndexOf(indexes, rounds, number);
        if (index >= 0 && move.from(rounds.get(index).status()).isPresent()) {
            return ROUNDS.set(indexes, rounds, index, change.apply(rounds.get(index)));
        }
        return fresh == null ? rounds : ROUNDS.append(indexes, rounds, fresh);
    }

    private static List<String> union(List<String> a, List<String> b) {
        if (b.isEmpty() || a.containsAll(b)) {
            return a;
        }
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static Corroboration corroborationOf(Development development) {
        Set<String> roots = new LinkedHashSet<>();
        Set<String> sides = new LinkedHashSet<>();
        int anonymous = 0;
        for (Attribution source : development.sources()) {
            roots.add(source.root().key());
            if (source.root().affiliation() != null) {
                sides.add(source.root().affiliation());
            }
            if (source.isAnonymous()) {
                anonymous++;
            }
        }
        int total = development.sources().size();
        return new Corroboration(development.id(), development.sources(), List.copyOf(roots), anonymous,
                total - anonymous, List.copyOf(sides), development.envelope().confidence(),
                development.envelope().note(), List.of(), List.of(), List.of(), List.of());
    }

    /** Indexes every list of {@code state} a fold looks items up in, so that copies of the session start indexed. */
    static void index(NegotiationState state, FoldIndexes indexes) {
        POSITIONS.index(indexes, state.positions());
        MEETINGS.index(indexes, state.meetings());
        AGREEMENTS.index(indexes, state.agreements());
        CLAIMS.index(indexes, state.claims());
        ROUNDS.index(indexes, state.rounds());
        FIGURES.index(indexes, state.figures());
        CORROBORATION.index(indexes, state.corroboration());
        PARTICIPANTS.index(indexes, state.participants());
        DOCUMENTS.index(indexes, state.documents());
        ACTIONS.index(indexes, state.actions());
        RETRACTIONS.index(indexes, state.corrections());
    }

    private static <T> List<T> append(List<T> items, T item) {
        return PersistentList.copyOf(items).plus(item);
    }

    /**
     * Copy-on-write view of a state: only the lists a development touches are copied. As a visitor it applies one
     * development of each type, so a new type does not compile until the fold handles it.
     */
    private static final class Draft implements Development.Visitor<Void> {
        private final NegotiationState base;
        final FoldIndexes indexes;
        String title;
        PartialDate opened;
        List<Participant> participants;
        List<Round> rounds;
        List<Document> documents;
        List<Position> positions;
        List<Agreement> agreements;
        List<Claim> claims;
        List<Statement> statements;
        List<Figure> figures;
        List<Correction> corrections;
        List<Corroboration> corroboration;
        List<Delegation> delegations;
        List<Meeting> meetings;
        List<Publication> publications;
        List<Action> actions;

        Draft(NegotiationState base, FoldIndexes indexes) {
            this.base = base;
            this.indexes = indexes;
            title = base.title();
            opened = base.opened();
            participants = base.participants();
            rounds = base.rounds();
            documents = base.documents();
            positions = base.positions();
            agreements = base.agreements();
            claims = base.claims();
            statements = base.statements();
            figures = base.figures();
            corrections = base.corrections();
            corroboration = base.corroboration();
            delegations = base.delegations();
            meetings = base.meetings();
            publications = base.publications();
            actions = base.actions();
        }

        /** Adds a dispute or confirmation to the target's corroboration, starting one when it has none. */
        void react(String target, Reaction reaction, boolean dispute) {
            UnaryOperator<Corroboration> add = c -> dispute ? c.disputedBy(reaction) : c.confirmedBy(reaction);
            int index = CORROBORATION.lastIndexOf(indexes, corroboration, target);
            corroboration = index < 0 ? CORROBORATION.append(indexes, corroboration, add.apply(Corroboration.unsourced(target)))
                    : CORROBORATION.set(indexes, corroboration, index, add.apply(corroboration.get(index)));
        }

        private void agreement(String id, UnaryOperator<Agreement> change) {
            agreements = AGREEMENTS.replace(indexes, agreements, id, change);
        }

        @Override
        public Void onNegotiationOpened(NegotiationOpened e) {
            title = e.title();
            opened = e.occurred();
            return null;
        }

        @Override
        public Void onPartyJoined(PartyJoined e) {
            participants = PARTICIPANTS.append(indexes, participants, new Participant(e.party(), e.role(), e.id()));
            return null;
        }

        @Override
        public Void onDelegationAppointed(DelegationAppointed e) {
            delegations = append(delegations, new Delegation(e.id(), e.party(), e.head(), e.members(),
                    e.occurred(), e.size()));
            return null;
        }

        @Override
        public Void onMeetingProposed(MeetingProposed e) {
            meetings = MEETINGS.append(indexes, meetings, new Meeting(e.id(), e.by(), e.with(), e.venue(), e.date(),
                    e.preconditions(), e.mediators(), e.occurred(), Meeting.Status.PROPOSED, List.of()));
            return null;
        }

        @Override
        public Void onRoundScheduled(RoundScheduled e) {
            Round fresh = new Round(e.number(), Round.Status.SCHEDULED, e.date(), e.venue(), null, List.of(), null,
                    e.id(), null, e.mediators());
            rounds = withRound(indexes, rounds, RoundMove.SCHEDULE, e.number(), r -> new Round(r.number(),
                    Round.Status.SCHEDULED, e.date(), e.venue(), null, List.of(), null, e.id(), null,
                    union(r.mediators(), e.mediators())), fresh);
            return null;
        }

        @Override
        public Void onRoundRescheduled(RoundRescheduled e) {
            RoundMove move = e.date() == null ? RoundMove.POSTPONE : RoundMove.RESCHEDULE;
            rounds = withRound(indexes, rounds, move, e.number(), r -> new Round(r.number(), move.from(r.status())
                    .orElseThrow(), e.date() == null ? r.date() : e.date(), e.venue() == null ? r.venue() : e.venue(),
                    r.chair(), r.delegations(), r.outcome(), e.id(), e.reason(), union(r.mediators(), e.mediators())),
                    null);
            return null;
        }

        @Override
        public Void onRoundCancelled(RoundCancelled e) {
            rounds = withRound(indexes, rounds, RoundMove.CANCEL, e.number(), r -> new Round(r.number(),
                    Round.Status.CANCELLED, r.date(), r.venue(), r.chair(), r.delegations(), r.outcome(), e.id(),
                    e.reason(), r.mediators()), null);
            return null;
        }

        @Override
        public Void onRoundHeld(RoundHeld e) {
            Round fresh = new Round(e.number(), Round.Status.HELD, e.occurred(), e.venue(), e.chair(),
                    e.delegations(), e.outcome(), e.id(), null, e.mediators());
            rounds = withRound(indexes, rounds, RoundMove.HOLD, e.number(), r -> new Round(r.number(), Round.Status.HELD,
                    e.occurred(), e.venue(), e.chair(), e.delegations(), e.outcome(), e.id(), null,
                    union(r.mediators(), e.mediators())), fresh);
            return null;
        }

        @Override
        public Void onDocumentDelivered(DocumentDelivered e) {
            documents = DOCUMENTS.append(indexes, documents, new Document(e.id(), e.kind(), e.title(), e.from(), e.to(), e.occurred(),
                    e.contents()));
            return null;
        }

        @Override
        public Void onDocumentPublished(DocumentPublished e) {
            publications = append(publications, new Publication(e.id(), e.document(), e.kind(), e.title(), e.by(),
                    e.summary(), e.occurred()));
            return null;
        }

        @Override
        public Void onDemandMade(DemandMade e) {
            return take(e, PositionKind.DEMAND);
        }

        @Override
        public Void onProposalMade(ProposalMade e) {
            return take(e, PositionKind.PROPOSAL);
        }

        @Override
        public Void onOfferMade(OfferMade e) {
            return take(e, PositionKind.OFFER);
        }

        private Void take(PositionTaken e, PositionKind kind) {
            positions = POSITIONS.append(indexes, positions, new Position(e.id(), kind, e.by(), e.to(), e.terms(), e.items(),
                    e.quantity(), e.criteria(), e.deadline(), e.occurred(), PositionStatus.OPEN, List.of(),
                    List.of()));
            return null;
        }

        @Override
        public Void onProposalAccepted(ProposalAccepted e) {
            return respond(e, PositionMove.ACCEPT);
        }

        @Override
        public Void onProposalRejected(ProposalRejected e) {
            return respond(e, PositionMove.REJECT);
        }

        @Override
        public Void onPositionWithdrawn(PositionWithdrawn e) {
            return respond(e, PositionMove.WITHDRAW);
        }

        private Void respond(PositionResponse e, PositionMove move) {
            positions = POSITIONS.replace(indexes, positions, e.position(), p -> p.respondedWith(new Response(
                    e.id(), move.from(p.status()).orElse(p.status()), e.by(), e.reason(), e.occurred())));
            return null;
        }

        @Override
        public Void onAgreementReached(AgreementReached e) {
            agreements = AGREEMENTS.append(indexes, agreements, Agreements.reached(e));
            return null;
        }

        @Override
        public Void onAgreementSigned(AgreementSigned e) {
            agreement(e.agreement(), a -> Agreements.signed(a, e));
            return null;
        }

        @Override
        public Void onAgreementRatified(AgreementRatified e) {
            agreement(e.agreement(), a -> Agreements.ratified(a, e));
            return null;
        }

        @Override
        public Void onAgreementExtended(AgreementExtended e) {
            agreement(e.agreement(), a -> Agreements.extended(a, e));
            return null;
        }

        @Override
        public Void onAgreementSuspended(AgreementSuspended e) {
            if (!e.provisions().isEmpty()) {
                agreement(e.agreement(), a -> Agreements.provisionsSuspended(a, e));
                return null;
            }
            return life(e, LifeEvent.Kind.SUSPENDED, e.by(), e.reason());
        }

        @Override
        public Void onAgreementResumed(AgreementResumed e) {
            if (!e.provisions().isEmpty()) {
                agreement(e.agreement(), a -> Agreements.provisionsResumed(a, e));
                return null;
            }
            return life(e, LifeEvent.Kind.RESUMED, e.by(), e.reason());
        }

        @Override
        public Void onAgreementTerminated(AgreementTerminated e) {
            return life(e, LifeEvent.Kind.TERMINATED, e.by(), e.reason());
        }

        @Override
        public Void onAgreementWithdrawnFrom(AgreementWithdrawnFrom e) {
            return life(e, LifeEvent.Kind.WITHDRAWN, e.by(), e.reason());
        }

        private Void life(AgreementDevelopment e, LifeEvent.Kind kind, String by, String reason) {
            LifeEvent event = new LifeEvent(e.id(), kind, by, reason, e.occurred());
            agreement(e.agreement(), a -> Agreements.lifeEvent(a, event));
            return null;
        }

        @Override
        public Void onImplementationStepCompleted(ImplementationStepCompleted e) {
            agreement(e.agreement(), a -> Agreements.withStep(a, e));
            return null;
        }

        @Override
        public Void onNonComplianceAlleged(NonComplianceAlleged e) {
            agreement(e.agreement(), a -> Agreements.alleged(a, e));
            return null;
        }

        @Override
        public Void onActionStarted(ActionStarted e) {
            actions = ACTIONS.append(indexes, actions, new Action(e.id(), e.action(), e.by(), e.against(), e.description(),
                    e.occurred(), Action.Status.ONGOING, null, null, null, null));
            return null;
        }

        @Override
        public Void onActionEnded(ActionEnded e) {
            int index = ACTIONS.lastIndexOf(indexes, actions, e.action());
            if (index < 0 || actions.get(index).status() != Action.Status.ONGOING) {
                return null;
            }
            actions = ACTIONS.set(indexes, actions, index, end(actions.get(index), e));
            return null;
        }

        private static Action end(Action a, ActionEnded e) {
            return new Action(a.id(), a.action(), a.by(), a.against(), a.description(), a.started(),
                    Action.Status.ENDED, e.occurred(), e.id(), e.by(), e.reason());
        }

        @Override
        public Void onClaimMade(ClaimMade e) {
            claims = CLAIMS.append(indexes, claims, new Claim(e.id(), e.claimant(), e.claim(), e.occurred(), List.of(),
                    List.of(), false, e.to()));
            return null;
        }

        @Override
        public Void onClaimDenied(ClaimDenied e) {
            ClaimReaction denial = reactionOf(e);
            claims = CLAIMS.replace(indexes, claims, e.claim(), c -> new Claim(c.id(), c.claimant(), c.text(),
                    c.made(), append(c.deniedBy(), denial), c.confirmedBy(), true, c.to()));
            if (CLAIMS.lastIndexOf(indexes, claims, e.claim()) >= 0) {
                react(e.claim(), NegotiationProjection.reactionOf(e, null), true);
            }
            return null;
        }

        @Override
        public Void onClaimConfirmed(ClaimConfirmed e) {
            ClaimReaction confirmation = reactionOf(e);
            claims = CLAIMS.replace(indexes, claims, e.claim(), c -> new Claim(c.id(), c.claimant(), c.text(),
                    c.made(), c.deniedBy(), append(c.confirmedBy(), confirmation), c.disputed(), c.to()));
            if (CLAIMS.lastIndexOf(indexes, claims, e.claim()) >= 0) {
                react(e.claim(), NegotiationProjection.reactionOf(e, null), false);
            }
            return null;
        }

        private static ClaimReaction reactionOf(ClaimResponse e) {
            return new ClaimReaction(e.id(), e.by(), e.quote(), e.occurred(), e.summary());
        }

        @Override
        public Void onStatementMade(StatementMade e) {
            statements = append(statements, new Statement(e.id(), e.speaker(), e.quote(), e.summary(),
                    e.occurred(), e.to()));
            return null;
        }

        @Override
        public Void onFulfilmentReported(FulfilmentReported e) {
            // Its FULFILS ref does the work (applyLinks), as for any development that carries one.
            return null;
        }

        @Override
        public Void onFulfilmentDeclared(FulfilmentDeclared e) {
            agreement(e.agreement(), a -> Agreements.declaredFulfilled(a, e.provision(), e.by()));
            return null;
        }

        @Override
        public Void onFigureReported(FigureReported e) {
            figures = withFigure(indexes, figures, e);
            return null;
        }

        @Override
        public Void onVersionReported(VersionReported e) {
            Version version = new Version(e.id(), e.field(), e.value(), e.text(), rootSources(e), e.occurred());
            int index = CORROBORATION.lastIndexOf(indexes, corroboration, e.development());
            corroboration = index < 0
                    ? CORROBORATION.append(indexes, corroboration, Corroboration.unsourced(e.development()).withVersion(version))
                    : CORROBORATION.set(indexes, corroboration, index, corroboration.get(index).withVersion(version));
            return null;
        }

        @Override
        public Void onReportCorrected(ReportCorrected e) {
            corrections = RETRACTIONS.append(indexes, corrections, new Correction(e.id(), e.development(), Correction.Kind.CORRECTED,
                    e.reason(), e.reported()));
            return null;
        }

        @Override
        public Void onReportRetracted(ReportRetracted e) {
            corrections = RETRACTIONS.append(indexes, corrections, new Correction(e.id(), e.development(), Correction.Kind.RETRACTED,
                    e.reason(), e.reported()));
            return null;
        }

        NegotiationState finish(Development development) {
            Envelope envelope = development.envelope();
            if (!development.sources().isEmpty() || envelope.confidence() != null || envelope.note() != null) {
                corroboration = CORROBORATION.append(indexes, corroboration, corroborationOf(development));
            }
            return new NegotiationState(base.negotiationId(), title, opened, participants, rounds, documents,
                    positions, agreements, claims, statements, figures, corrections, corroboration, delegations,
                    meetings, publications, actions, base.developmentCount() + 1, development.id(), base.asOf(),
                    base.evaluatedOn(), base.uncertain());
        }
    }
}
