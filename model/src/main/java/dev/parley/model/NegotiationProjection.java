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
import dev.parley.timeline.Attribution;
import dev.parley.timeline.ClaimConfirmed;
import dev.parley.timeline.ClaimDenied;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.ClaimResponse;
import dev.parley.timeline.DemandMade;
import dev.parley.timeline.Development;
import dev.parley.timeline.DocumentDelivered;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PartyJoined;
import dev.parley.timeline.PositionResponse;
import dev.parley.timeline.PositionTaken;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.ProposalMade;
import dev.parley.timeline.ProposalRejected;
import dev.parley.timeline.Provision;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.RoundScheduled;
import dev.parley.timeline.Share;
import dev.parley.timeline.StatementMade;
import dev.parley.timeline.FigureReported;
import dev.parley.timeline.FulfilmentDeclared;
import dev.parley.timeline.FulfilmentReported;
import dev.parley.timeline.Ref;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.Correction;
import dev.parley.timeline.state.Figure;
import dev.parley.timeline.state.FigureVersion;
import dev.parley.timeline.state.Fulfilment;
import dev.parley.timeline.state.Claim;
import dev.parley.timeline.state.ClaimReaction;
import dev.parley.timeline.state.Corroboration;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.Document;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Participant;
import dev.parley.timeline.state.PersistentList;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.PositionKind;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.Response;
import dev.parley.timeline.state.Round;
import dev.parley.timeline.state.Statement;
import dev.parley.timeline.state.Step;

import dev.parley.timeline.AsOf;
import dev.parley.model.StatusTable.PositionMove;
import dev.parley.model.StatusTable.RoundMove;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;
import java.util.function.Predicate;
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
        for (Development development : developments) {
            state = evolve(state, development);
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
        for (Development d : history) {
            if (retracted.contains(d.id())) {
                continue;
            }
            Development effective = replacements.getOrDefault(d.id(), d);
            AsOf.Placement placement = placement(d, effective, asOf);
            if (placement == AsOf.Placement.IN) {
                state = evolve(state, effective);
            } else if (placement == AsOf.Placement.UNCERTAIN) {
                uncertain.add(d.id());
            }
        }
        return state.replayedAt(null, null, state.positions(), uncertain);
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
        /** Copies both. */
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
     * Judges deadlines at the cut's {@link AsOf#evaluationDate evaluation date}: an open position whose firm
     * deadline has certainly passed is {@code OVERDUE}, one whose soft deadline ("in the coming days") has
     * passed is {@code LAPSED}. Nothing else changes; the fold itself never looks at a clock.
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
        return state.replayedAt(asOf, on, positions, state.uncertain());
    }

    /**
     * Applies one development to a state.
     *
     * @param state       the state before
     * @param development the development
     * @return the state after; {@code state} itself is unchanged
     */
    public static NegotiationState evolve(NegotiationState state, Development development) {
        Draft draft = new Draft(state);
        development.accept(draft);
        applyLinks(draft, development);
        return draft.finish(development);
    }

    /**
     * What refs do to the state, for any development: a {@code FULFILS} ref to a position records a delivery
     * against it, a {@code DISPUTES} ref to an implementation step marks the step disputed.
     */
    private static void applyLinks(Draft draft, Development development) {
        for (Ref ref : development.refs()) {
            if (ref.kind() == RefKind.FULFILS) {
                draft.positions = replace(draft.positions, p -> p.id().equals(ref.development()),
                        p -> delivered(p, fulfilmentOf(development, p)));
            } else if (ref.kind() == RefKind.DISPUTES) {
                draft.agreements = replaceAll(draft.agreements, a -> disputeStep(a, ref.development(),
                        development.id()));
            }
        }
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

    private static Agreement disputeStep(Agreement agreement, String stepId, String disputedBy) {
        List<ProvisionLedger> provisions = agreement.provisions().stream().map(ledger -> new ProvisionLedger(
                ledger.id(), ledger.subject(), ledger.formula(), ledger.target(), ledger.criteria(), ledger.timing(),
                ledger.delivered(), ledger.steps().stream().map(step -> step.developmentId().equals(stepId)
                        ? new Step(step.developmentId(), step.occurred(), step.delivered(), step.description(),
                        append(step.disputedBy(), disputedBy))
                        : step).toList(),
                ledger.declaredFulfilledBy())).toList();
        return provisions.equals(agreement.provisions()) ? agreement : new Agreement(agreement.id(),
                agreement.title(), agreement.parties(), agreement.reached(), provisions,
                agreement.declaredFulfilledBy());
    }

    private static Agreement declaredFulfilled(Agreement agreement, FulfilmentDeclared declared) {
        if (declared.provision() == null) {
            return new Agreement(agreement.id(), agreement.title(), agreement.parties(), agreement.reached(),
                    agreement.provisions(), append(agreement.declaredFulfilledBy(), declared.by()));
        }
        return new Agreement(agreement.id(), agreement.title(), agreement.parties(), agreement.reached(),
                replace(agreement.provisions(), p -> p.id().equals(declared.provision()),
                        l -> new ProvisionLedger(l.id(), l.subject(), l.formula(), l.target(), l.criteria(),
                                l.timing(), l.delivered(), l.steps(), append(l.declaredFulfilledBy(), declared.by()))),
                agreement.declaredFulfilledBy());
    }

    private static List<Figure> withFigure(List<Figure> figures, FigureReported reported) {
        List<String> roots = reported.sources().stream().map(a -> a.root().key()).distinct().toList();
        FigureVersion version = new FigureVersion(reported.id(), reported.figure(), reported.text(), reported.by(),
                reported.occurred(), roots);
        if (indexOf(figures, f -> f.subject().equals(reported.subject())) < 0) {
            return append(figures, Figure.of(reported.subject(), List.of(version)));
        }
        return replace(figures, f -> f.subject().equals(reported.subject()), f -> f.plus(version));
    }

    private static <T> List<T> replaceAll(List<T> items, UnaryOperator<T> change) {
        PersistentList<T> result = PersistentList.copyOf(items);
        for (int i = 0; i < items.size(); i++) {
            T changed = change.apply(items.get(i));
            if (changed != items.get(i)) {
                result = result.with(i, changed);
            }
        }
        return result;
    }

    private static ProvisionLedger ledgerOf(Provision provision) {
        return new ProvisionLedger(provision.id(), provision.subject(), provision.formula(), provision.quantities(),
                provision.criteria(), provision.timing(), List.of(), List.of(), List.of());
    }

    private static Agreement withStep(Agreement agreement, ImplementationStepCompleted step) {
        List<ProvisionLedger> provisions = replace(agreement.provisions(), p -> p.id().equals(step.provision()),
                ledger -> new ProvisionLedger(ledger.id(), ledger.subject(), ledger.formula(), ledger.target(),
                        ledger.criteria(), ledger.timing(), addDeliveries(ledger.delivered(), step.delivered()),
                        append(ledger.steps(), new Step(step.id(), step.occurred(), step.delivered(),
                                step.description(), List.of())), ledger.declaredFulfilledBy()));
        return new Agreement(agreement.id(), agreement.title(), agreement.parties(), agreement.reached(), provisions,
                agreement.declaredFulfilledBy());
    }

    /** Sums a step into the running totals; an undisclosed count is counted as unknown, never as zero. */
    private static List<Delivery> addDeliveries(List<Delivery> totals, List<Share> step) {
        List<Delivery> result = new ArrayList<>(totals);
        for (Share share : step) {
            int index = indexOf(result, d -> d.party().equals(share.party()));
            Delivery before = index < 0 ? new Delivery(share.party(), 0, false, 0) : result.get(index);
            Quantity q = share.quantity();
            Delivery after = switch (q.qualifier()) {
                case EXACT -> new Delivery(before.party(), before.known() + q.value(), before.approximate(),
                        before.undisclosedSteps());
                case AT_LEAST, AT_MOST, ABOUT -> new Delivery(before.party(), before.known() + q.value(), true,
                        before.undisclosedSteps());
                case ALL, UNDISCLOSED -> new Delivery(before.party(), before.known(), before.approximate(),
                        before.undisclosedSteps() + 1);
            };
            if (index < 0) {
                result.add(after);
            } else {
                result.set(index, after);
            }
        }
        return result;
    }

    /**
     * The round of the same number takes the move when the status table allows it (scheduled, then rescheduled or
     * held); otherwise, and for a round without a number, the round is a new one.
     */
    private static List<Round> withRound(List<Round> rounds, RoundMove move, Round round) {
        Integer number = round.number();
        int index = number == null ? -1 : indexOf(rounds, r -> number.equals(r.number()));
        if (index >= 0 && move.from(rounds.get(index).status()).isPresent()) {
            return PersistentList.copyOf(rounds).with(index, round);
        }
        return append(rounds, round);
    }

    private static Corroboration corroborationOf(Development development) {
        Set<String> roots = new LinkedHashSet<>();
        int anonymous = 0;
        for (Attribution source : development.sources()) {
            roots.add(source.root().key());
            if (source.isAnonymous()) {
                anonymous++;
            }
        }
        int total = development.sources().size();
        return new Corroboration(development.id(), development.sources(), List.copyOf(roots), anonymous,
                total - anonymous);
    }

    private static <T> List<T> append(List<T> items, T item) {
        return PersistentList.copyOf(items).plus(item);
    }

    private static <T> List<T> replace(List<T> items, Predicate<T> which, UnaryOperator<T> change) {
        int index = indexOf(items, which);
        if (index < 0) {
            return items;
        }
        return PersistentList.copyOf(items).with(index, change.apply(items.get(index)));
    }

    private static <T> int indexOf(List<T> items, Predicate<T> which) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (which.test(items.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Copy-on-write view of a state: only the lists a development touches are copied. As a visitor it applies one
     * development of each type, so a new type does not compile until the fold handles it.
     */
    private static final class Draft implements Development.Visitor<Void> {
        private final NegotiationState base;
        String title;
        dev.parley.timeline.PartialDate opened;
        List<Participant> participants;
        List<Round> rounds;
        List<Document> documents;
        List<Position> positions;
        List<Agreement> agreements;
        List<Claim> claims;
        List<Statement> statements;
        List<Figure> figures;
        List<Correction> corrections;

        Draft(NegotiationState base) {
            this.base = base;
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
        }

        @Override
        public Void onNegotiationOpened(NegotiationOpened e) {
            title = e.title();
            opened = e.occurred();
            return null;
        }

        @Override
        public Void onPartyJoined(PartyJoined e) {
            participants = append(participants, new Participant(e.party(), e.role(), e.id()));
            return null;
        }

        @Override
        public Void onRoundScheduled(RoundScheduled e) {
            rounds = withRound(rounds, RoundMove.SCHEDULE, new Round(e.number(), Round.Status.SCHEDULED, e.date(),
                    e.venue(), null, List.of(), null, e.id()));
            return null;
        }

        @Override
        public Void onRoundHeld(RoundHeld e) {
            rounds = withRound(rounds, RoundMove.HOLD, new Round(e.number(), Round.Status.HELD, e.occurred(),
                    e.venue(), e.chair(), e.delegations(), e.outcome(), e.id()));
            return null;
        }

        @Override
        public Void onDocumentDelivered(DocumentDelivered e) {
            documents = append(documents, new Document(e.id(), e.kind(), e.title(), e.from(), e.to(), e.occurred(),
                    e.contents()));
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
            positions = append(positions, new Position(e.id(), kind, e.by(), e.to(), e.terms(), e.items(),
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
            positions = replace(positions, p -> p.id().equals(e.position()), p -> p.respondedWith(new Response(
                    e.id(), move.from(p.status()).orElse(p.status()), e.by(), e.reason(), e.occurred())));
            return null;
        }

        @Override
        public Void onAgreementReached(AgreementReached e) {
            agreements = append(agreements, new Agreement(e.id(), e.title(), e.parties(), e.occurred(),
                    e.provisions().stream().map(NegotiationProjection::ledgerOf).toList(), List.of()));
            return null;
        }

        @Override
        public Void onImplementationStepCompleted(ImplementationStepCompleted e) {
            agreements = replace(agreements, a -> a.id().equals(e.agreement()), a -> withStep(a, e));
            return null;
        }

        @Override
        public Void onClaimMade(ClaimMade e) {
            claims = append(claims, new Claim(e.id(), e.claimant(), e.claim(), e.occurred(), List.of(), List.of(),
                    false));
            return null;
        }

        @Override
        public Void onClaimDenied(ClaimDenied e) {
            ClaimReaction denial = reactionOf(e);
            claims = replace(claims, c -> c.id().equals(e.claim()), c -> new Claim(c.id(), c.claimant(), c.text(),
                    c.made(), append(c.deniedBy(), denial), c.confirmedBy(), true));
            return null;
        }

        @Override
        public Void onClaimConfirmed(ClaimConfirmed e) {
            ClaimReaction confirmation = reactionOf(e);
            claims = replace(claims, c -> c.id().equals(e.claim()), c -> new Claim(c.id(), c.claimant(), c.text(),
                    c.made(), c.deniedBy(), append(c.confirmedBy(), confirmation), c.disputed()));
            return null;
        }

        private static ClaimReaction reactionOf(ClaimResponse e) {
            return new ClaimReaction(e.id(), e.by(), e.quote(), e.occurred());
        }

        @Override
        public Void onStatementMade(StatementMade e) {
            statements = append(statements, new Statement(e.id(), e.speaker(), e.quote(), e.summary(),
                    e.occurred()));
            return null;
        }

        @Override
        public Void onFulfilmentReported(FulfilmentReported e) {
            // Its FULFILS ref does the work (applyLinks), as for any development that carries one.
            return null;
        }

        @Override
        public Void onFulfilmentDeclared(FulfilmentDeclared e) {
            agreements = replace(agreements, a -> a.id().equals(e.agreement()), a -> declaredFulfilled(a, e));
            return null;
        }

        @Override
        public Void onFigureReported(FigureReported e) {
            figures = withFigure(figures, e);
            return null;
        }

        @Override
        public Void onReportCorrected(ReportCorrected e) {
            corrections = append(corrections, new Correction(e.id(), e.development(), Correction.Kind.CORRECTED,
                    e.reason(), e.reported()));
            return null;
        }

        @Override
        public Void onReportRetracted(ReportRetracted e) {
            corrections = append(corrections, new Correction(e.id(), e.development(), Correction.Kind.RETRACTED,
                    e.reason(), e.reported()));
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

        NegotiationState finish(Development development) {
            List<Corroboration> corroboration = development.sources().isEmpty()
                    ? base.corroboration()
                    : append(base.corroboration(), corroborationOf(development));
            return new NegotiationState(base.negotiationId(), title, opened, participants, rounds, documents,
                    positions, agreements, claims, statements, figures, corrections, corroboration,
                    base.developmentCount() + 1, development.id(), base.asOf(), base.evaluatedOn(),
                    base.uncertain());
        }
    }
}
