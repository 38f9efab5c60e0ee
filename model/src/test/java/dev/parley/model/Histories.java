package dev.parley.model;

import dev.parley.model.StatusTable.PositionMove;
import dev.parley.timeline.ActionEnded;
import dev.parley.timeline.ActionStarted;
import dev.parley.timeline.AgreementDevelopment;
import dev.parley.timeline.AgreementExtended;
import dev.parley.timeline.AgreementRatified;
import dev.parley.timeline.AgreementResumed;
import dev.parley.timeline.AgreementSigned;
import dev.parley.timeline.AgreementSuspended;
import dev.parley.timeline.AgreementTerminated;
import dev.parley.timeline.AgreementWithdrawnFrom;
import dev.parley.timeline.Confidence;
import dev.parley.timeline.DelegationAppointed;
import dev.parley.timeline.DocumentPublished;
import dev.parley.timeline.MeetingProposed;
import dev.parley.timeline.NonComplianceAlleged;
import dev.parley.timeline.RoundCancelled;
import dev.parley.timeline.RoundRescheduled;
import dev.parley.timeline.VersionReported;
import dev.parley.timeline.Agent;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.ClaimConfirmed;
import dev.parley.timeline.ClaimDenied;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.DemandMade;
import dev.parley.timeline.Development;
import dev.parley.timeline.DisputedAspect;
import dev.parley.timeline.DocumentDelivered;
import dev.parley.timeline.DocumentKind;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.FigureReported;
import dev.parley.timeline.FulfilmentDeclared;
import dev.parley.timeline.FulfilmentReported;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.PartyJoined;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.ProposalMade;
import dev.parley.timeline.ProposalRejected;
import dev.parley.timeline.Provision;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.Ref;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.RoundScheduled;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.Share;
import dev.parley.timeline.StatementMade;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.Correction;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.Round;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * jqwik generators of negotiation histories that use every development type, corrections and retractions
 * (of corrections and retractions too) included, with partial dates and late reports. Each history records
 * cleanly through {@link NegotiationDecider}: a step whose type needs something that does not exist yet (an
 * acceptance without an offer) makes that first.
 */
public final class Histories {
    public static final String NEGOTIATION = "gen";
    public static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final int TYPES = 38;
    private static final List<String> SIDES = List.of("North", "South");

    private Histories() {
    }

    /** One generated step: which type, a free choice among candidates, and the dates. */
    record Step(int type, int choice, int day, int form, int width, int lag) {
    }

    /** @return days in the generated range */
    public static Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 400).map(START::plusDays);
    }

    /**
     * @param maxSize the most developments after the opening
     * @return histories in recorded order, starting with {@code negotiation-opened}
     */
    public static Arbitrary<List<Development>> histories(int maxSize) {
        Arbitrary<Step> steps = Combinators.combine(Arbitraries.integers().between(0, TYPES - 1),
                Arbitraries.integers().between(0, 1_000), Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 60)).as(Step::new);
        return steps.list().ofMinSize(0).ofMaxSize(maxSize).map(Histories::build);
    }

    static List<Development> build(List<Step> steps) {
        NegotiationDecider decider = NegotiationDecider.initialState(NEGOTIATION);
        List<Development> history = new ArrayList<>();
        record(decider, history, new NegotiationOpened(new Envelope("opened", NEGOTIATION,
                PartialDate.of(START.minusDays(30)), null, List.of(), List.of()), "Generated talks", null));
        for (int i = 0; i < steps.size(); i++) {
            record(decider, history, new Builder(decider.state(), history, "d" + i, steps.get(i)).build());
        }
        return List.copyOf(history);
    }

    private static void record(NegotiationDecider decider, List<Development> history, Development d) {
        try {
            if (decider.record(d) != RecordResult.RECORDED) {
                throw new AssertionError("generated a duplicate: " + d);
            }
        } catch (RuleViolationException e) {
            throw new AssertionError("the generator made a development the rules refuse: " + e.getMessage(), e);
        }
        history.add(d);
    }

    /** Builds one development of the step's type from what the state holds. */
    private static final class Builder {
        private final NegotiationState state;
        private final List<Development> history;
        private final String id;
        private final Step step;
        private final PartialDate occurred;

        Builder(NegotiationState state, List<Development> history, String id, Step step) {
            this.state = state;
            this.history = history;
            this.id = id;
            this.step = step;
            LocalDate day = START.plusDays(step.day());
            this.occurred = switch (step.form()) {
                case 0 -> PartialDate.parse(String.valueOf(day.getYear()));
                case 1 -> PartialDate.parse(day.toString().substring(0, 7));
                case 2 -> PartialDate.of(day);
                default -> PartialDate.parse(String.valueOf(day.getYear()))
                        .within(day.minusDays(Math.min(step.width(), day.getDayOfYear() - 1)), null);
            };
        }

        Envelope env(Ref... refs) {
            PartialDate reported = PartialDate.of(occurred.latest().plusDays(step.lag()));
            List<Attribution> sources = switch (step.choice() % 6) {
                case 0 -> List.of(Attribution.of("Wire"));
                case 3 -> List.of(new Attribution("Daily", null, null,
                        List.of(Agent.anonymous("officials", side(), 2)), "a mirror of the wire"),
                        new Attribution("Gazette", null, null, List.of(Agent.named("Envoy", null, other())), null));
                default -> List.of();
            };
            List<String> mediators = step.choice() % 7 == 0 ? List.of("Lakeland") : List.of();
            Confidence confidence = step.lag() % 4 == 0 ? null : Confidence.values()[step.lag() % 3];
            return new Envelope(id, NEGOTIATION, occurred, reported, sources, List.of(refs), mediators, confidence,
                    step.lag() % 5 == 0 ? "dated from a later report" : null);
        }

        String side() {
            return SIDES.get(step.choice() % 2);
        }

        String other() {
            return SIDES.get((step.choice() + 1) % 2);
        }

        <T> T pick(List<T> candidates) {
            return candidates.get(step.choice() % candidates.size());
        }

        Development build() {
            return switch (step.type()) {
                case 0, 16 -> statement();
                case 1 -> joined();
                case 2 -> scheduled();
                case 3 -> held();
                case 4 -> new DocumentDelivered(env(), DocumentKind.MEMORANDUM, "Memorandum " + id, side(), other(),
                        List.of("point " + step.choice()));
                case 5 -> new DemandMade(env(), side(), List.of(other()), "demand " + id, List.of(), null, null,
                        deadline());
                case 6 -> new ProposalMade(env(), side(), List.of(other()), "proposal " + id, List.of(), null, null,
                        deadline());
                case 7 -> offer();
                case 8 -> answer(PositionMove.ACCEPT);
                case 9 -> answer(PositionMove.REJECT);
                case 10 -> answer(PositionMove.WITHDRAW);
                case 11 -> agreement();
                case 12 -> implementationStep();
                case 13 -> new ClaimMade(env(), side(), "claim " + id);
                case 14, 15 -> claimResponse(step.type() == 14);
                case 17 -> fulfilment();
                case 18 -> declared();
                case 19 -> new FigureReported(env(), step.choice() % 2 == 0 ? "detainees" : "casualties",
                        Quantity.about(100 + step.choice()), side(), null);
                case 20 -> correction();
                case 21 -> retraction();
                case 22 -> delegation();
                case 23 -> new MeetingProposed(env(), step.choice() % 4 == 0 ? SIDES : List.of(side()),
                        List.of(other()), pick(List.of("Geneva", "Istanbul")),
                        step.choice() % 2 == 0 ? PartialDate.of(occurred.latest().plusDays(10)) : null,
                        step.choice() % 3 == 0 ? List.of("a ceasefire first") : List.of());
                case 24, 25 -> roundChange(step.type() == 24);
                case 26 -> published();
                case 27, 28, 29, 30, 31, 32, 33 -> agreementLife(step.type());
                case 34 -> allegation();
                case 35 -> new ActionStarted(env(), List.of(side()), List.of(other()),
                        pick(List.of("strike", "blockade", "offensive")), "action " + id);
                case 36 -> actionEnded();
                case 37 -> version();
                default -> throw new IllegalStateException("no generator for type " + step.type());
            };
        }

        Development statement() {
            List<String> steps = history.stream().filter(d -> d instanceof ImplementationStepCompleted)
                    .map(Development::id).toList();
            List<String> earlier = history.stream().skip(1).map(Development::id).toList();
            Envelope env;
            if (!steps.isEmpty() && step.choice() % 4 == 0) {
                String disputed = pick(steps);
                // Now and then only one item of the step is disputed, when it delivered a known count.
                Share one = history.stream().filter(d -> d.id().equals(disputed))
                        .flatMap(d -> ((ImplementationStepCompleted) d).delivered().stream())
                        .filter(s -> s.quantity().value() != null && s.quantity().value().signum() > 0).findFirst()
                        .map(s -> new Share(s.party(), Quantity.exactly(1), s.unit(), null)).orElse(null);
                env = env(one != null && step.choice() % 8 == 4
                        ? Ref.disputing(disputed, DisputedAspect.ITEM, one) : Ref.of(RefKind.DISPUTES, disputed));
            } else if (!earlier.isEmpty() && step.choice() % 4 == 1) {
                env = env(Ref.of(step.choice() % 8 == 1 ? RefKind.CONFIRMS : RefKind.DISPUTES, pick(earlier)));
            } else {
                env = env();
            }
            return new StatementMade(env, Agent.named("Speaker " + side(), null, side()), "words " + id, null,
                    step.choice() % 5 == 0 ? List.of(other()) : List.of());
        }

        Development joined() {
            PartyRole[] roles = PartyRole.values();
            List<String> parties = List.of("North", "South", "Lakeland", "Hillvale");
            int combinations = parties.size() * roles.length;
            for (int k = 0; k < combinations; k++) {
                int n = (step.choice() + k) % combinations;
                String party = parties.get(n / roles.length);
                PartyRole role = roles[n % roles.length];
                if (state.participants().stream().noneMatch(p -> p.name().equals(party) && p.role() == role)) {
                    return new PartyJoined(env(), party, role);
                }
            }
            return statement();
        }

        List<Round> scheduledRounds() {
            return state.rounds().stream().filter(r -> r.number() != null && r.status() == Round.Status.SCHEDULED)
                    .toList();
        }

        int nextNumber() {
            return state.rounds().stream().map(Round::number).filter(Objects::nonNull).mapToInt(n -> n).max()
                    .orElse(0) + 1;
        }

        Development scheduled() {
            List<Round> scheduled = scheduledRounds();
            int number = !scheduled.isEmpty() && step.choice() % 2 == 0 ? pick(scheduled).number() : nextNumber();
            return new RoundScheduled(env(), number, step.choice() % 2 == 0 ? "Geneva" : "Istanbul",
                    PartialDate.of(occurred.latest().plusDays(7)));
        }

        Development held() {
            List<Round> scheduled = scheduledRounds();
            Integer number;
            if (!scheduled.isEmpty() && step.choice() % 3 != 0) {
                number = pick(scheduled).number();
            } else {
                number = step.choice() % 6 == 0 ? null : nextNumber();
            }
            List<String> meetings = ofType(MeetingProposed.class).stream().map(Development::id).toList();
            Envelope env = !meetings.isEmpty() && step.choice() % 2 == 0
                    ? env(Ref.of(RefKind.FULFILS, pick(meetings))) : env();
            return new RoundHeld(env, number, "Istanbul", null, List.of("North", "South"), "talks continue");
        }

        <T extends Development> List<T> ofType(Class<T> type) {
            return history.stream().filter(type::isInstance).map(type::cast).toList();
        }

        Deadline deadline() {
            LocalDate by = occurred.latest().plusDays(5 + step.choice() % 40);
            return switch (step.choice() % 3) {
                case 0 -> new Deadline(PartialDate.of(by), false, null);
                case 1 -> new Deadline(PartialDate.of(by), true, "in the coming days");
                default -> null;
            };
        }

        Development offer() {
            List<String> by = step.choice() % 5 == 0 ? List.of(side(), "Lakeland") : List.of(side());
            return new OfferMade(env(), by, List.of(other()), "offer " + id, List.of(),
                    Quantity.exactly(1 + step.choice() % 20), null, deadline());
        }

        Development answer(PositionMove move) {
            List<Position> candidates = state.positions().stream().filter(p -> move.from(p.status()).isPresent())
                    .toList();
            if (candidates.isEmpty()) {
                return offer();
            }
            Position p = pick(candidates);
            String answerer = p.to().isEmpty() ? other() : p.to().get(0);
            return switch (move) {
                case ACCEPT -> new ProposalAccepted(env(), p.id(), answerer, null);
                case REJECT -> new ProposalRejected(env(), p.id(), answerer, "unacceptable");
                default -> new PositionWithdrawn(env(), p.id(), p.by().get(0), null);
            };
        }

        Development agreement() {
            List<Provision> provisions = new ArrayList<>();
            provisions.add(new Provision("p1", "exchange", "100 for 100", List.of(
                    new Share("North", Quantity.exactly(100), "prisoners", null),
                    new Share("South", Quantity.exactly(100), "prisoners", null)), List.of(), null,
                    step.choice() % 4 == 0 ? Deadline.by(occurred.latest().plusDays(30).toString()) : null,
                    step.choice() % 4 == 1 ? SIDES : List.of()));
            if (step.choice() % 2 == 0) {
                provisions.add(new Provision("p2", "bodies", "all for all", List.of(
                        new Share("North", Quantity.all()), new Share("South", Quantity.all())), List.of(), null));
            }
            PartialDate expires = step.choice() % 3 == 0 ? PartialDate.of(occurred.latest().plusDays(60)) : null;
            return new AgreementReached(env(), "agreement " + id, SIDES, provisions, expires);
        }

        Development implementationStep() {
            if (state.agreements().isEmpty()) {
                return agreement();
            }
            Agreement agreement = pick(state.agreements());
            ProvisionLedger provision = pick(agreement.provisions());
            Quantity south = switch (step.choice() % 3) {
                case 0 -> Quantity.undisclosed();
                case 1 -> Quantity.atLeast(step.choice() % 30);
                default -> Quantity.exactly(step.choice() % 30);
            };
            String unit = step.choice() % 2 == 0 ? "prisoners" : null;
            return switch (step.choice() % 5) {
                case 0 -> new ImplementationStepCompleted(env(), agreement.id(), null, List.of(
                        new Share("North", Quantity.exactly(step.choice() % 50), unit, null)), "category unstated",
                        List.of());
                case 1 -> new ImplementationStepCompleted(env(), agreement.id(), null, agreement.provisions().stream()
                        .map(l -> new Share("South", south, unit, l.id())).toList(), "one exchange, every category",
                        agreement.provisions().stream().map(ProvisionLedger::id).toList());
                case 4 -> new ImplementationStepCompleted(env(), agreement.id(), provision.id(), List.of(
                        new Share("North", Quantity.exactly(step.choice() % 50), unit, null)), "the last stage")
                        .completing();
                default -> new ImplementationStepCompleted(env(), agreement.id(), provision.id(), List.of(
                        new Share("North", Quantity.exactly(step.choice() % 50), unit, null),
                        new Share("South", south, unit, null)), null);
            };
        }

        Development claimResponse(boolean denial) {
            if (state.claims().isEmpty()) {
                return new ClaimMade(env(), side(), "claim " + id, step.choice() % 2 == 0 ? List.of(other()) : List.of());
            }
            String claim = pick(state.claims()).id();
            Agent by = Agent.named("Ministry of " + other(), null, other());
            String summary = step.choice() % 2 == 0 ? "called it false" : null;
            return denial ? new ClaimDenied(env(), claim, by, summary == null ? "propaganda" : null, summary)
                    : new ClaimConfirmed(env(), claim, by, null, summary);
        }

        Development fulfilment() {
            // A delivery cannot certainly precede the position it carries out.
            List<Position> deliverable = state.positions().stream()
                    .filter(p -> PositionMove.takesDelivery(p.status()))
                    .filter(p -> !occurred.latest().isBefore(p.made().earliest())).toList();
            if (deliverable.isEmpty()) {
                return offer();
            }
            Position p = pick(deliverable);
            int count = step.choice() % 6;
            // More than promised happens, and is then said.
            boolean beyond = p.quantity() != null && p.quantity().value() != null
                    && p.deliveredSoFar().add(BigDecimal.valueOf(count)).compareTo(p.quantity().value()) > 0;
            return new FulfilmentReported(env(Ref.of(RefKind.FULFILS, p.id())), p.by().get(0),
                    Quantity.exactly(count), step.choice() % 5 == 0, null, beyond);
        }

        Development declared() {
            if (state.agreements().isEmpty()) {
                return agreement();
            }
            Agreement agreement = pick(state.agreements());
            String provision = step.choice() % 2 == 0 ? null : pick(agreement.provisions()).id();
            return new FulfilmentDeclared(env(), agreement.id(), provision, side());
        }

        Development delegation() {
            Agent head = Agent.named("Envoy of " + side(), "head of delegation", side());
            boolean headless = step.choice() % 3 == 0;
            return new DelegationAppointed(env(), side(), headless ? null : head, headless || step.choice() % 2 == 0
                    ? List.of(Agent.named("Adviser " + id, null, side())) : List.of());
        }

        /** Numbered rounds by their current status, followed through the recorded history. */
        java.util.Map<Integer, String> roundStatus() {
            java.util.Map<Integer, String> status = new java.util.LinkedHashMap<>();
            for (Development d : history) {
                if (d instanceof RoundScheduled r && r.number() != null && !"held".equals(status.get(r.number()))) {
                    status.put(r.number(), "scheduled");
                } else if (d instanceof RoundHeld r && r.number() != null) {
                    status.put(r.number(), "held");
                } else if (d instanceof RoundRescheduled r) {
                    status.put(r.number(), r.date() == null ? "postponed" : "scheduled");
                } else if (d instanceof RoundCancelled r) {
                    status.put(r.number(), "cancelled");
                }
            }
            return status;
        }

        Development roundChange(boolean reschedule) {
            List<Integer> open = roundStatus().entrySet().stream()
                    .filter(e -> reschedule ? !e.getValue().equals("held")
                            : e.getValue().equals("scheduled") || e.getValue().equals("postponed"))
                    .map(java.util.Map.Entry::getKey).toList();
            if (open.isEmpty()) {
                return scheduled();
            }
            int number = pick(open);
            // A cancelled round can only be rescheduled to a date, not postponed.
            boolean postpone = step.choice() % 3 == 0 && !roundStatus().get(number).equals("cancelled");
            return reschedule
                    ? new RoundRescheduled(env(), number, postpone ? null
                            : PartialDate.of(occurred.latest().plusDays(14)), null, "at the host's request")
                    : new RoundCancelled(env(), number, step.choice() % 2 == 0 ? side() : null, "no progress");
        }

        Development published() {
            List<String> documents = ofType(DocumentDelivered.class).stream().map(Development::id).toList();
            return new DocumentPublished(env(), documents.isEmpty() || step.choice() % 2 == 0 ? null
                    : pick(documents), DocumentKind.MEMORANDUM, "memorandum " + id, side(), "made public");
        }

        /** An agreement's life so far, followed through the recorded history. */
        record Life(String id, boolean ended, boolean suspended, Set<String> signed, Set<String> withdrawn) {
        }

        List<Life> lives() {
            List<Life> lives = new ArrayList<>();
            for (AgreementReached a : ofType(AgreementReached.class)) {
                boolean ended = false;
                boolean suspended = false;
                Set<String> signed = new java.util.HashSet<>();
                Set<String> withdrawn = new java.util.HashSet<>();
                for (Development d : history) {
                    if (d instanceof AgreementDevelopment life && life.agreement().equals(a.id())) {
                        if (d instanceof AgreementSuspended s && s.provisions().isEmpty()) {
                            suspended = true;
                        } else if (d instanceof AgreementResumed r && r.provisions().isEmpty()) {
                            suspended = false;
                        } else if (d instanceof AgreementTerminated) {
                            ended = true;
                        } else if (d instanceof AgreementSigned signature) {
                            signed.add(signature.by());
                        } else if (d instanceof AgreementWithdrawnFrom withdrawal) {
                            withdrawn.add(withdrawal.by());
                            ended = withdrawn.containsAll(SIDES) || a.parties().size() - withdrawn.size() < 2;
                        }
                    }
                }
                lives.add(new Life(a.id(), ended, suspended, signed, withdrawn));
            }
            return lives;
        }

        Development agreementLife(int type) {
            List<Life> going = lives().stream().filter(l -> !l.ended()).toList();
            if (going.isEmpty()) {
                return agreement();
            }
            Life life = pick(going);
            String agreement = life.id();
            return switch (type) {
                case 27 -> life.signed().contains(side()) ? new AgreementRatified(env(), agreement, side(), "approved")
                        : new AgreementSigned(env(), agreement, side(), List.of("Lakeland"), "Geneva");
                case 28 -> new AgreementRatified(env(), agreement, "Parliament of " + side(), "approved");
                case 29 -> step.choice() % 2 == 0
                        ? new AgreementExtended(env(), agreement, SIDES, null, 30 + step.choice() % 90)
                        : new AgreementExtended(env(), agreement, List.of(), PartialDate.of(occurred.latest()
                                .plusDays(120)), null);
                case 30 -> life.suspended() ? new AgreementResumed(env(), agreement, side(), "assurances given")
                        : new AgreementSuspended(env(), agreement, side(), "attack on its ships");
                case 31 -> life.suspended() ? new AgreementResumed(env(), agreement, other(), "talks resumed")
                        : provisionPaused(agreement);
                case 32 -> new AgreementTerminated(env(), agreement, step.choice() % 2 == 0 ? side() : null,
                        "not renewed");
                default -> new AgreementWithdrawnFrom(env(), agreement, side(), "left");
            };
        }

        /** One side suspends one provision, or resumes it when it holds it suspended; now and then for a term. */
        Development provisionPaused(String agreementId) {
            Agreement agreement = state.agreement(agreementId).orElseThrow();
            String provision = pick(agreement.provisions()).id();
            String by = side();
            boolean holds = agreement.provision(provision).orElseThrow().unresumedSuspensions().stream()
                    .anyMatch(s -> s.by().equals(by));
            if (holds) {
                return AgreementResumed.of(env(), agreementId).by(by).withProvisions(provision);
            }
            AgreementSuspended suspended = AgreementSuspended.of(env(), agreementId).by(by).withProvisions(provision);
            return step.choice() % 3 == 0 ? suspended.forDays(1 + step.choice() % 40) : suspended;
        }

        Development allegation() {
            if (state.agreements().isEmpty()) {
                return agreement();
            }
            Agreement agreement = pick(state.agreements());
            String provision = step.choice() % 2 == 0 ? null : pick(agreement.provisions()).id();
            return new NonComplianceAlleged(env(), side(), other(), agreement.id(), provision, "broke it");
        }

        Development actionEnded() {
            Set<String> ended = ofType(ActionEnded.class).stream().map(ActionEnded::action).collect(Collectors.toSet());
            List<String> ongoing = ofType(ActionStarted.class).stream().map(Development::id)
                    .filter(a -> !ended.contains(a)).toList();
            if (ongoing.isEmpty()) {
                return new ActionStarted(env(), List.of(side()), List.of(), "strike", null);
            }
            return new ActionEnded(env(), pick(ongoing), step.choice() % 2 == 0 ? side() : null, "deal reached");
        }

        Development version() {
            List<Development> targets = history.stream().skip(1).toList();
            if (targets.isEmpty()) {
                return statement();
            }
            Development target = pick(targets);
            return new VersionReported(env(), target.id(), "occurred",
                    target.occurred().earliest().plusDays(1).toString(), "a day later, says another outlet");
        }

        /** Ids a correction or retraction may target: recorded, not the opening, not retracted. */
        List<Development> targets(Predicate<Development> also) {
            Set<String> retracted = state.corrections().stream().filter(c -> c.kind() == Correction.Kind.RETRACTED)
                    .map(Correction::target).collect(Collectors.toSet());
            return history.stream().filter(d -> !(d instanceof NegotiationOpened) && !retracted.contains(d.id()))
                    .filter(also).toList();
        }

        Development correction() {
            List<Development> targets = targets(d -> !(d instanceof ReportCorrected || d instanceof ReportRetracted));
            if (targets.isEmpty()) {
                return statement();
            }
            Development target = pick(targets);
            // The same development, said to have happened some days earlier: a deadline stays after it.
            ObjectNode replacement = ParleyJson.codec().toTree(target);
            replacement.set("occurred", ParleyJson.codec().toTree(
                    PartialDate.of(target.occurred().earliest().minusDays(1 + step.choice() % 10))));
            return new ReportCorrected(env(), target.id(),
                    ParleyJson.codec().read(replacement.toString(), Development.class), "revised date");
        }

        Development retraction() {
            List<Development> revisions = targets(d -> d instanceof ReportCorrected || d instanceof ReportRetracted);
            // Retracting a correction or retraction is rare among so many types; make it common enough to test.
            List<Development> targets = !revisions.isEmpty() && step.choice() % 3 == 0 ? revisions : targets(d -> true);
            if (targets.isEmpty()) {
                return statement();
            }
            return new ReportRetracted(env(), pick(targets).id(), "source withdrew it");
        }
    }

    /** @return the type names in a history */
    static Set<String> typesIn(List<Development> history) {
        return history.stream().map(Development::typeName).collect(Collectors.toSet());
    }
}
