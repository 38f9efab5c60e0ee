package dev.parley.model;

import dev.parley.model.StatusTable.PositionMove;
import dev.parley.timeline.Agent;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.ClaimConfirmed;
import dev.parley.timeline.ClaimDenied;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.DemandMade;
import dev.parley.timeline.Development;
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
    static final int TYPES = 22;
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
            List<Attribution> sources = step.choice() % 3 == 0 ? List.of(Attribution.of("Wire")) : List.of();
            return new Envelope(id, NEGOTIATION, occurred, reported, sources, List.of(refs));
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
                default -> throw new IllegalStateException("no generator for type " + step.type());
            };
        }

        Development statement() {
            List<String> steps = state.agreements().stream().flatMap(a -> a.provisions().stream())
                    .flatMap(l -> l.steps().stream()).map(s -> s.developmentId()).toList();
            Envelope env = !steps.isEmpty() && step.choice() % 4 == 0
                    ? env(Ref.of(RefKind.DISPUTES, pick(steps))) : env();
            return new StatementMade(env, Agent.named("Speaker " + side(), null, side()), "words " + id, null);
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
            return new RoundHeld(env(), number, "Istanbul", null, List.of("North", "South"), "talks continue");
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
            return new OfferMade(env(), side(), List.of(other()), "offer " + id, List.of(),
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
                default -> new PositionWithdrawn(env(), p.id(), p.by(), null);
            };
        }

        Development agreement() {
            List<Provision> provisions = new ArrayList<>();
            provisions.add(new Provision("p1", "exchange", "100 for 100", List.of(
                    new Share("North", Quantity.exactly(100)), new Share("South", Quantity.exactly(100))),
                    List.of(), null));
            if (step.choice() % 2 == 0) {
                provisions.add(new Provision("p2", "bodies", "all for all", List.of(
                        new Share("North", Quantity.all()), new Share("South", Quantity.all())), List.of(), null));
            }
            return new AgreementReached(env(), "agreement " + id, SIDES, provisions);
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
            return new ImplementationStepCompleted(env(), agreement.id(), provision.id(), List.of(
                    new Share("North", Quantity.exactly(step.choice() % 50)), new Share("South", south)), null);
        }

        Development claimResponse(boolean denial) {
            if (state.claims().isEmpty()) {
                return new ClaimMade(env(), side(), "claim " + id);
            }
            String claim = pick(state.claims()).id();
            Agent by = Agent.named("Ministry of " + other(), null, other());
            return denial ? new ClaimDenied(env(), claim, by, "propaganda") : new ClaimConfirmed(env(), claim, by, null);
        }

        Development fulfilment() {
            List<Position> deliverable = state.positions().stream()
                    .filter(p -> PositionMove.takesDelivery(p.status())).toList();
            if (deliverable.isEmpty()) {
                return offer();
            }
            Position p = pick(deliverable);
            return new FulfilmentReported(env(Ref.of(RefKind.FULFILS, p.id())), p.by(),
                    Quantity.exactly(step.choice() % 6), step.choice() % 5 == 0, null);
        }

        Development declared() {
            if (state.agreements().isEmpty()) {
                return agreement();
            }
            Agreement agreement = pick(state.agreements());
            String provision = step.choice() % 2 == 0 ? null : pick(agreement.provisions()).id();
            return new FulfilmentDeclared(env(), agreement.id(), provision, side());
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
            List<Development> targets = targets(d -> true);
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
