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
import dev.parley.timeline.Deadline;
import dev.parley.timeline.Development;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.PositionResponse;
import dev.parley.timeline.PositionTaken;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.Ref;
import dev.parley.timeline.Rule;
import dev.parley.timeline.Share;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.Response;
import dev.parley.model.StatusTable.AgreementMove;
import dev.parley.model.StatusTable.PositionMove;
import dev.parley.timeline.AgreementDevelopment;
import dev.parley.timeline.DevelopmentTypes;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.state.Action;
import dev.parley.timeline.state.LifeEvent;
import dev.parley.model.StatusTable.RoundMove;
import dev.parley.timeline.state.Round;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one place for Parley's rules across developments: whether a development may be recorded on top of a state.
 * Only {@link NegotiationDecider#decide} calls it (after the idempotency check), before anything is stored.
 */
final class NegotiationRules {

    private static final String AGREEMENT = Development.typeName(AgreementReached.class);
    private static final String MEETING = Development.typeName(MeetingProposed.class);
    private static final String STEP = Development.typeName(ImplementationStepCompleted.class);
    /** Quantities of a position that a delivery can exceed. */
    private static final Set<Quantity.Qualifier> CAPPED = EnumSet.of(Quantity.Qualifier.EXACT,
            Quantity.Qualifier.AT_MOST);
    /** Delivered counts that are at least their value. */
    private static final Set<Quantity.Qualifier> AT_LEAST_THAT = EnumSet.of(Quantity.Qualifier.EXACT,
            Quantity.Qualifier.AT_LEAST);
    /** Per type, every field name a {@code version-reported} may name: its own, its envelope's, and nested ones. */
    private static final Map<String, Set<String>> FIELDS = fieldsByType(true);
    /** Per type, its own and its envelope's field names, sorted: what a rejection lists. */
    private static final Map<String, Set<String>> TOP_FIELDS = fieldsByType(false);

    private NegotiationRules() {
    }

    /**
     * @param state      the negotiation's state before the development
     * @param recordedType gives the type name of a development recorded in this negotiation, or null when the
     *                     id is not recorded
     * @param d            the development to check
     * @throws RuleViolationException naming the first rule the development breaks
     */
    static void check(StateLookup lookup, Function<String, String> recordedType, Development d) {
        NegotiationState state = lookup.state();
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
            String type = recordedType.apply(ref.development());
            if (ref.provision() != null) {
                checkProvisionRef(lookup, d, ref, type);
            }
            if (ref.kind() == RefKind.FULFILS) {
                checkFulfils(lookup, d, ref, type);
            }
            if (ref.disputesPart()) {
                checkDisputedPart(state, d, ref, type);
            }
        }
        d.accept(new TypeRules(lookup, recordedType));
    }

    /** A ref naming a provision names one of an agreement's. */
    private static void checkProvisionRef(StateLookup state, Development d, Ref ref, String type) {
        if (!AGREEMENT.equals(type)) {
            throw violation(Rule.UNKNOWN_AGREEMENT, d, ref.kind() + " names provision '" + ref.provision()
                    + "' of '" + ref.development() + "', " + article(type) + ", not an agreement");
        }
        state.agreement(ref.development()).filter(a -> a.provision(ref.provision()).isEmpty()).ifPresent(a -> {
            throw violation(Rule.UNKNOWN_PROVISION, d, "agreement '" + a.id() + "' has no provision '"
                    + ref.provision() + "'");
        });
    }

    /** A FULFILS ref names something that can be fulfilled and, for a position, still takes a delivery. */
    private static void checkFulfils(StateLookup state, Development d, Ref ref, String type) {
        if (AGREEMENT.equals(type) || MEETING.equals(type)) {
            return;
        }
        Position position = state.position(ref.development()).orElseThrow(() -> violation(Rule.NOT_FULFILLABLE, d,
                "FULFILS refers to '" + ref.development() + "', " + article(type) + ", which cannot be fulfilled:"
                        + " only a demand, proposal, offer, meeting proposed or agreement (or one of its provisions)"
                        + " can"));
        if (!PositionMove.takesDelivery(position.status())) {
            throw notOpen(d, position, "FULFILS refers to position '" + position.id() + "', which", "delivery");
        }
        // Only a fulfilment certainly earlier is refused: partial dates may overlap.
        if (d.occurred().latest().isBefore(position.made().earliest())) {
            throw violation(Rule.FULFILMENT_BEFORE_POSITION, d, "it occurred " + d.occurred() + ", before position '"
                    + position.id() + "' it fulfils was taken (" + position.made() + ")");
        }
        if (d instanceof FulfilmentReported fulfilment && !fulfilment.overFulfilment()) {
            checkWithinPosition(fulfilment, position);
        }
    }

    /**
     * A counted delivery keeps the total within an exact or at-most quantity of the position, unless the report
     * marks it as more than promised.
     */
    private static void checkWithinPosition(FulfilmentReported fulfilment, Position position) {
        Quantity promised = position.quantity();
        Quantity delivered = fulfilment.delivered();
        if (promised == null || promised.value() == null || delivered == null || delivered.value() == null
                || !CAPPED.contains(promised.qualifier()) || !AT_LEAST_THAT.contains(delivered.qualifier())) {
            return;
        }
        long total = (long) position.deliveredSoFar() + delivered.value();
        if (total > promised.value()) {
            throw violation(Rule.OVER_FULFILMENT, fulfilment, "it brings the delivered total against position '"
                    + position.id() + "' to " + total + ", beyond the " + promised.value() + " promised; if more "
                    + "was delivered than promised, say so with \"overFulfilment\": true");
        }
    }

    /**
     * A dispute of part of a step names shares the step delivered: the same side and unit, no more than the step's
     * known count (an undisclosed count takes any part).
     */
    private static void checkDisputedPart(NegotiationState state, Development d, Ref ref, String type) {
        if (!STEP.equals(type)) {
            throw violation(Rule.DISPUTED_PART_NOT_IN_STEP, d, "DISPUTES names a disputed part of '"
                    + ref.development() + "', " + article(type) + ", not an implementation-step-completed");
        }
        List<Share> delivered = state.agreements().stream()
                .flatMap(a -> java.util.stream.Stream.concat(a.unassigned().stream(),
                        a.provisions().stream().flatMap(l -> l.steps().stream())))
                .filter(s -> s.developmentId().equals(ref.development())).flatMap(s -> s.delivered().stream())
                .distinct().toList();
        for (Share part : ref.disputed()) {
            List<Share> same = delivered.stream().filter(s -> s.party().equals(part.party())
                    && java.util.Objects.equals(s.unit(), part.unit())).toList();
            if (same.isEmpty()) {
                throw violation(Rule.DISPUTED_PART_NOT_IN_STEP, d, "step '" + ref.development() + "' delivered no "
                        + (part.unit() == null ? "share" : part.unit()) + " by " + part.party());
            }
            boolean known = same.stream().allMatch(s -> s.quantity().value() != null);
            int most = same.stream().mapToInt(s -> s.quantity().value() == null ? 0 : s.quantity().value()).sum();
            if (known && part.quantity().value() != null && part.quantity().value() > most) {
                throw violation(Rule.DISPUTED_PART_NOT_IN_STEP, d, "it disputes " + part.quantity().value() + " "
                        + (part.unit() == null ? "" : part.unit() + " ") + "by " + part.party() + " of step '"
                        + ref.development() + "', which delivered " + most);
            }
        }
    }

    /** "a round-held", "an agreement-reached" */
    private static String article(String type) {
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    private static Agreement agreement(StateLookup state, Function<String, String> recordedType,
                                       Development d, String id) {
        return state.agreement(id).orElseThrow(() -> {
            String type = recordedType.apply(id);
            return violation(Rule.UNKNOWN_AGREEMENT, d, type == null || type.equals(AGREEMENT)
                    ? "agreement '" + id + "' is not recorded"
                    : "'" + id + "' is " + article(type) + ", not an agreement");
        });
    }

    private static void checkProvision(Agreement agreement, Development d, String provision) {
        if (provision != null && agreement.provision(provision).isEmpty()) {
            throw violation(Rule.UNKNOWN_PROVISION, d, "agreement '" + agreement.id() + "' has no provision '"
                    + provision + "'");
        }
    }

    /** The agreement takes the move from where it stands; the rule names why not. */
    private static void checkAgreementMove(Agreement agreement, Development d, AgreementMove move) {
        if (move.allowedFrom(agreement.status())) {
            return;
        }
        if (AgreementMove.ended(agreement.status())) {
            String by = agreement.ending().map(e -> e.by() == null ? " (lapsed)" : " by " + e.by()).orElse("");
            throw violation(Rule.AGREEMENT_ENDED, d, "agreement '" + agreement.id() + "' was "
                    + agreement.status() + by + " and takes no " + move.noun());
        }
        if (move == AgreementMove.SUSPEND) {
            throw violation(Rule.AGREEMENT_ALREADY_SUSPENDED, d, "agreement '" + agreement.id()
                    + "' is already suspended by " + agreement.suspension().map(e -> e.by()).orElse("a party")
                    + " (development '" + agreement.suspension().map(e -> e.developmentId()).orElse("?") + "')");
        }
        throw violation(Rule.AGREEMENT_NOT_SUSPENDED, d, "agreement '" + agreement.id() + "' is "
                + agreement.status() + ", not suspended, and takes no " + move.noun());
    }

    private static Map<String, Set<String>> fieldsByType(boolean nested) {
        Map<String, Set<String>> fields = new HashMap<>();
        for (Map.Entry<String, Class<? extends Development>> type : DevelopmentTypes.all().entrySet()) {
            Set<String> names = new TreeSet<>();
            collectFields(Envelope.class, names, new HashSet<>(), nested);
            collectFields(type.getValue(), names, new HashSet<>(), nested);
            fields.put(type.getKey(), java.util.Collections.unmodifiableSet(names));
        }
        return Map.copyOf(fields);
    }

    /**
     * Every record component name (except the inlined envelope itself) and, when {@code nested}, those of nested
     * records too, through lists: a version may name the {@code quantity} of a step's share.
     */
    private static void collectFields(Class<?> type, Set<String> names, Set<Class<?>> seen, boolean nested) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType() != Envelope.class) {
                names.add(component.getName());
            }
            if (!nested && component.getType() != Envelope.class) {
                continue;
            }
            collectFields(component.getType(), names, seen, nested);
            if (component.getGenericType() instanceof ParameterizedType generic) {
                for (Type argument : generic.getActualTypeArguments()) {
                    if (argument instanceof Class<?> element) {
                        collectFields(element, names, seen, nested);
                    }
                }
            }
        }
    }

    private static void checkCorrection(StateLookup state, Function<String, String> recordedType,
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

    private static String checkTarget(StateLookup state, Function<String, String> recordedType, Development d,
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
        if (state.retracted(target)) {
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

    private static void checkResponse(StateLookup state, PositionResponse response, PositionMove move) {
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

    private static void checkStep(StateLookup state, Function<String, String> recordedType,
                                  ImplementationStepCompleted step) {
        Agreement agreement = agreement(state, recordedType, step, step.agreement());
        for (String provision : step.provisionsServed()) {
            if (agreement.provision(provision).isEmpty()) {
                throw violation(Rule.UNKNOWN_PROVISION, step, "agreement '" + agreement.id()
                        + "' has no provision '" + provision + "'");
            }
        }
    }

    /** The rules of each type, as a visitor: a new type does not compile until its rules are stated here. */
    private record TypeRules(StateLookup state, Function<String, String> recordedType)
            implements Development.Visitor<Void> {

        @Override
        public Void onNegotiationOpened(NegotiationOpened d) {
            return null;
        }

        @Override
        public Void onPartyJoined(PartyJoined d) {
            state.participant(d.party(), d.role()).ifPresent(p -> {
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
            if (round == null && move.from(null).isEmpty()) {
                throw violation(Rule.UNKNOWN_ROUND, d, "round " + number + " was never scheduled and cannot be "
                        + move.verb());
            }
            if (round != null && round.status() == Round.Status.HELD) {
                boolean again = move == RoundMove.SCHEDULE || move == RoundMove.HOLD;
                throw violation(Rule.ROUND_ALREADY_HELD, d, "round " + number + " was already held (development '"
                        + round.developmentId() + "') and cannot be " + verb + (again ? " again" : "")
                        + "; correct that development instead");
            }
            if (round != null && move.from(round.status()).isEmpty()) {
                throw violation(Rule.ROUND_CANCELLED, d, "round " + number + " was cancelled (development '"
                        + round.developmentId() + "') and cannot be " + move.verb() + "; reschedule it with a date");
            }
            return null;
        }

        @Override
        public Void onRoundRescheduled(RoundRescheduled d) {
            RoundMove move = d.date() == null ? RoundMove.POSTPONE : RoundMove.RESCHEDULE;
            return checkRound(d, d.number(), move, move.verb());
        }

        @Override
        public Void onRoundCancelled(RoundCancelled d) {
            return checkRound(d, d.number(), RoundMove.CANCEL, "cancelled");
        }

        @Override
        public Void onDocumentPublished(DocumentPublished d) {
            if (d.document() != null && state.document(d.document()).isEmpty()) {
                String type = recordedType.apply(d.document());
                throw violation(Rule.UNKNOWN_DOCUMENT, d, type == null ? "document '" + d.document()
                        + "' is not recorded" : "'" + d.document() + "' is " + article(type)
                        + ", not a document-delivered");
            }
            return null;
        }

        @Override
        public Void onAgreementSigned(AgreementSigned d) {
            Agreement agreement = agreement(state, recordedType, d, d.agreement());
            checkAgreementMove(agreement, d, AgreementMove.SIGN);
            agreement.signatures().stream().filter(s -> s.by().equals(d.by())).findFirst().ifPresent(s -> {
                throw violation(Rule.ALREADY_SIGNED, d, d.by() + " already signed agreement '" + agreement.id()
                        + "' (development '" + s.developmentId() + "')");
            });
            return null;
        }

        @Override
        public Void onAgreementRatified(AgreementRatified d) {
            return move(d, AgreementMove.RATIFY);
        }

        @Override
        public Void onAgreementExtended(AgreementExtended d) {
            return move(d, AgreementMove.EXTEND);
        }

        @Override
        public Void onAgreementSuspended(AgreementSuspended d) {
            if (d.provisions().isEmpty()) {
                return move(d, AgreementMove.SUSPEND);
            }
            Agreement agreement = agreement(state, recordedType, d, d.agreement());
            checkAgreementMove(agreement, d, AgreementMove.SUSPEND_PROVISIONS);
            for (String provision : d.provisions()) {
                checkProvision(agreement, d, provision);
                agreement.provision(provision).orElseThrow().unresumedSuspensions().stream()
                        .filter(s -> s.by().equals(d.by())).findFirst().ifPresent(s -> {
                            throw violation(Rule.PROVISION_ALREADY_SUSPENDED, d, "provision '" + provision
                                    + "' of agreement '" + agreement.id() + "' is already suspended by " + d.by()
                                    + " (development '" + s.developmentId() + "')");
                        });
            }
            return null;
        }

        @Override
        public Void onAgreementResumed(AgreementResumed d) {
            if (d.provisions().isEmpty()) {
                return move(d, AgreementMove.RESUME);
            }
            Agreement agreement = agreement(state, recordedType, d, d.agreement());
            checkAgreementMove(agreement, d, AgreementMove.RESUME_PROVISIONS);
            for (String provision : d.provisions()) {
                checkProvision(agreement, d, provision);
                List<String> holders = agreement.provision(provision).orElseThrow().unresumedSuspensions().stream()
                        .map(s -> s.by()).toList();
                if (!holders.contains(d.by())) {
                    throw violation(Rule.PROVISION_NOT_SUSPENDED, d, "provision '" + provision + "' of agreement '"
                            + agreement.id() + "' is not suspended by " + d.by() + (holders.isEmpty() ? ""
                            : " (only by " + String.join(", ", holders) + ")"));
                }
            }
            return null;
        }

        @Override
        public Void onAgreementTerminated(AgreementTerminated d) {
            return move(d, AgreementMove.TERMINATE);
        }

        @Override
        public Void onAgreementWithdrawnFrom(AgreementWithdrawnFrom d) {
            Agreement agreement = agreement(state, recordedType, d, d.agreement());
            checkAgreementMove(agreement, d, AgreementMove.WITHDRAW);
            agreement.events().stream().filter(e -> e.kind() == LifeEvent.Kind.WITHDRAWN && e.by().equals(d.by()))
                    .findFirst().ifPresent(e -> {
                        throw violation(Rule.ALREADY_WITHDRAWN, d, d.by() + " already withdrew from agreement '"
                                + agreement.id() + "' (development '" + e.developmentId() + "')");
                    });
            return null;
        }

        private Void move(AgreementDevelopment d, AgreementMove move) {
            checkAgreementMove(agreement(state, recordedType, d, d.agreement()), d, move);
            return null;
        }

        @Override
        public Void onNonComplianceAlleged(NonComplianceAlleged d) {
            checkProvision(agreement(state, recordedType, d, d.agreement()), d, d.provision());
            return null;
        }

        @Override
        public Void onActionEnded(ActionEnded d) {
            Action action = state.action(d.action()).orElseThrow(() -> {
                String type = recordedType.apply(d.action());
                return violation(Rule.UNKNOWN_ACTION, d, type == null ? "action '" + d.action()
                        + "' was never started" : "'" + d.action() + "' is " + article(type)
                        + ", not an action-started");
            });
            if (action.status() != Action.Status.ONGOING) {
                throw violation(Rule.ACTION_NOT_ONGOING, d, action.action() + " '" + action.id()
                        + "' already ended (development '" + action.endedIn() + "')");
            }
            return null;
        }

        @Override
        public Void onVersionReported(VersionReported d) {
            String type = recordedType.apply(d.development());
            if (type == null) {
                throw violation(Rule.UNKNOWN_REFERENCE, d, "'" + d.development() + "' is not recorded in negotiation '"
                        + d.negotiationId() + "'");
            }
            Set<String> fields = FIELDS.get(type);
            if (!fields.contains(d.field())) {
                throw violation(Rule.UNKNOWN_FIELD, d, "'" + d.development() + "' is " + article(type)
                        + ", which has no field '" + d.field() + "' (its fields: "
                        + String.join(", ", TOP_FIELDS.get(type)) + ")");
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
            checkStep(state, recordedType, d);
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
            checkProvision(agreement(state, recordedType, d, d.agreement()), d, d.provision());
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
        public Void onActionStarted(ActionStarted e) {
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
