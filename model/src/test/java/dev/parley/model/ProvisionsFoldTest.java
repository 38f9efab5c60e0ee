package dev.parley.model;

import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.AgreementResumed;
import dev.parley.timeline.AgreementSuspended;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.Development;
import dev.parley.timeline.FulfilmentDeclared;
import dev.parley.timeline.DisputedAspect;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.NonComplianceAlleged;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Provision;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.Ref;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.Share;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.AgreementStatus;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.ProvisionStatus;
import dev.parley.timeline.state.ProvisionSuspension;
import dev.parley.timeline.state.Step;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The fold of provisions that pause, partial disputes and steps that complete (issue 20, classes 1 to 3): what
 * the state holds after each, and what it shows at a cut on both axes.
 */
@DisplayName("Provisions that pause, partial disputes, steps that complete (issue 20)")
class ProvisionsFoldTest {
    static final LocalDate TODAY = LocalDate.of(2030, 1, 1);
    final Sample talks = new Sample("talks");

    NegotiationState given(Development... developments) {
        return talks.given(developments);
    }

    /** The state replayed at a cut, with terms and deadlines judged. */
    NegotiationState at(AsOf asOf, Development... developments) {
        return talks.at(asOf, TODAY, developments);
    }

    static AsOf occurredBy(String day) {
        return AsOf.occurredBy(LocalDate.parse(day));
    }

    /** A ceasefire deal: hostages and prisoners counted, a withdrawal and a crossing without a number. */
    AgreementReached ceasefire() {
        return new AgreementReached(talks.env("deal", "2025-01-15"), "ceasefire, phase one", List.of("Israel",
                "Hamas"), List.of(
                new Provision("hostages", "hostages released", null, List.of(new Share("Hamas",
                        Quantity.exactly(33), "hostages", null)), List.of(), null, Deadline.by("2025-03-01"),
                        List.of("Hamas")),
                new Provision("prisoners", "prisoners released", null, List.of(new Share("Israel",
                        Quantity.exactly(1900), "prisoners", null)), List.of(), null, Deadline.by("2025-03-01"),
                        List.of("Israel")),
                new Provision("corridor", "withdrawal from the Netzarim corridor", null, List.of(), List.of(), null,
                        Deadline.by("2025-02-09"), List.of("Israel")),
                new Provision("crossing", "the Rafah crossing opened", null, List.of(), List.of(), null, null,
                        List.of("Israel"))));
    }

    static Share share(String party, int count, String unit) {
        return new Share(party, Quantity.exactly(count), unit, null);
    }

    ImplementationStepCompleted step(String id, String date, String provision, Share... shares) {
        return new ImplementationStepCompleted(talks.env(id, date), "deal", provision, List.of(shares), null);
    }

    AgreementSuspended suspends(String id, String date, String by, String provision, String... more) {
        return AgreementSuspended.of(talks.env(id, date), "deal").by(by).withProvisions(provision, more);
    }

    AgreementResumed resumes(String id, String date, String by, String provision) {
        return AgreementResumed.of(talks.env(id, date), "deal").by(by).withProvisions(provision);
    }

    static ProvisionLedger provision(NegotiationState state, String id) {
        return state.agreement("deal").orElseThrow().provision(id).orElseThrow();
    }

    @Nested
    @DisplayName("class 1: one provision suspended while the agreement stays in force")
    class SuspendedProvisions {
        final AgreementSuspended prisonersHeld = suspends("il-holds", "2025-02-22", "Israel", "prisoners")
                .withReason("until the next hostages are released without ceremonies");

        @Test
        @DisplayName("the provision is SUSPENDED by whom and why; the others and the agreement are unchanged")
        void oneProvision() {
            NegotiationState state = given(ceasefire(), step("h-1", "2025-01-19", "hostages",
                    share("Hamas", 3, "hostages")), prisonersHeld);
            Agreement deal = state.agreement("deal").orElseThrow();
            assertThat(deal.status()).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(deal.suspension()).isEmpty();
            assertThat(deal.provisions()).extracting(ProvisionLedger::id, ProvisionLedger::status).containsExactly(
                    tuple("hostages", ProvisionStatus.IN_PROGRESS), tuple("prisoners", ProvisionStatus.SUSPENDED),
                    tuple("corridor", ProvisionStatus.OPEN), tuple("crossing", ProvisionStatus.OPEN));
            assertThat(provision(state, "prisoners").suspensions()).singleElement()
                    .extracting(ProvisionSuspension::developmentId, ProvisionSuspension::by,
                            ProvisionSuspension::reason, ProvisionSuspension::since)
                    .containsExactly("il-holds", "Israel", "until the next hostages are released without ceremonies",
                            PartialDate.parse("2025-02-22"));
        }

        @Test
        @DisplayName("steps go on under a provision the other side has not suspended")
        void stepsContinueElsewhere() {
            NegotiationState state = given(ceasefire(), prisonersHeld, step("h-7", "2025-02-27", "hostages",
                    share("Hamas", 4, "hostages")));
            assertThat(provision(state, "hostages").delivered())
                    .containsExactly(new Delivery("Hamas", "hostages", 4, false, 0));
            assertThat(provision(state, "hostages").status()).isEqualTo(ProvisionStatus.IN_PROGRESS);
        }

        @Test
        @DisplayName("two parties suspend one provision: it stays SUSPENDED until both have resumed")
        void overlappingPerParty() {
            AgreementSuspended hamasToo = suspends("hamas-holds", "2025-02-24", "Hamas", "prisoners", "hostages");
            AgreementResumed israelResumes = resumes("il-resumes", "2025-02-26", "Israel", "prisoners");
            NegotiationState oneLifted = given(ceasefire(), prisonersHeld, hamasToo, israelResumes);
            assertThat(provision(oneLifted, "prisoners").status()).isEqualTo(ProvisionStatus.SUSPENDED);
            assertThat(provision(oneLifted, "prisoners").unresumedSuspensions()).extracting(ProvisionSuspension::by)
                    .containsExactly("Hamas");
            assertThat(provision(oneLifted, "prisoners").suspensions()).extracting(ProvisionSuspension::by,
                    ProvisionSuspension::resumedBy).containsExactly(tuple("Israel", "il-resumes"),
                    tuple("Hamas", null));
            NegotiationState bothLifted = given(ceasefire(), prisonersHeld, hamasToo, israelResumes,
                    resumes("hamas-resumes", "2025-02-27", "Hamas", "prisoners"));
            assertThat(provision(bothLifted, "prisoners").status()).isEqualTo(ProvisionStatus.OPEN);
            assertThat(provision(bothLifted, "hostages").status()).isEqualTo(ProvisionStatus.SUSPENDED);
        }

        @Test
        @DisplayName("a second suspension while the first is unresolved, of another provision by the same party")
        void secondWhileFirstUnresolved() {
            NegotiationState state = given(ceasefire(), prisonersHeld, suspends("il-closes", "2025-02-23", "Israel",
                    "crossing"));
            assertThat(state.agreement("deal").orElseThrow().provisions()).extracting(ProvisionLedger::status)
                    .containsExactly(ProvisionStatus.OPEN, ProvisionStatus.SUSPENDED, ProvisionStatus.OPEN,
                            ProvisionStatus.SUSPENDED);
        }

        @Test
        @DisplayName("a suspended provision's deadline does not pass while suspended; once resumed it is judged")
        void deadlineWhileSuspended() {
            AgreementSuspended corridorHeld = suspends("il-stays", "2025-02-01", "Israel", "corridor");
            assertThat(provision(at(occurredBy("2025-02-15"), ceasefire(), corridorHeld), "corridor").status())
                    .isEqualTo(ProvisionStatus.SUSPENDED);
            AgreementResumed resumed = resumes("il-goes", "2025-02-20", "Israel", "corridor");
            assertThat(provision(at(occurredBy("2025-02-21"), ceasefire(), corridorHeld, resumed), "corridor")
                    .status()).isEqualTo(ProvisionStatus.OVERDUE);
            assertThat(provision(at(occurredBy("2025-02-08"), ceasefire()), "corridor").status())
                    .isEqualTo(ProvisionStatus.OPEN);
        }

        @Test
        @DisplayName("a suspension for 90 days ends by itself at a cut after its term; its end is kept")
        void term() {
            AgreementSuspended ninetyDays = suspends("pause", "2025-02-01", "Israel", "crossing").forDays(90);
            assertThat(provision(given(ceasefire(), ninetyDays), "crossing").suspensions()).singleElement()
                    .extracting(ProvisionSuspension::until).isEqualTo(PartialDate.parse("2025-05-02"));
            assertThat(provision(at(occurredBy("2025-05-02"), ceasefire(), ninetyDays), "crossing").status())
                    .isEqualTo(ProvisionStatus.SUSPENDED);
            assertThat(provision(at(occurredBy("2025-05-03"), ceasefire(), ninetyDays), "crossing").status())
                    .isEqualTo(ProvisionStatus.OPEN);
            AgreementSuspended untilMarch = suspends("pause", "2025-02-01", "Israel", "corridor")
                    .until(PartialDate.parse("2025-03-01"));
            assertThat(provision(at(occurredBy("2025-03-02"), ceasefire(), untilMarch), "corridor").status())
                    .as("its own deadline passed meanwhile: judged once the suspension ran out")
                    .isEqualTo(ProvisionStatus.OVERDUE);
        }

        @Test
        @DisplayName("on both axes: not suspended before it happened, nor before it was known")
        void bothAxes() {
            AgreementSuspended late = AgreementSuspended.of(talks.env("il-holds", "2025-02-22")
                    .reportedOn("2025-02-23"), "deal").by("Israel").withProvisions("prisoners");
            assertThat(provision(at(occurredBy("2025-02-21"), ceasefire(), late), "prisoners").status())
                    .isEqualTo(ProvisionStatus.OPEN);
            assertThat(provision(at(occurredBy("2025-02-22").andKnownAt(LocalDate.parse("2025-02-22")), ceasefire(),
                    late), "prisoners").status()).isEqualTo(ProvisionStatus.OPEN);
            assertThat(provision(at(occurredBy("2025-02-22"), ceasefire(), late), "prisoners").status())
                    .isEqualTo(ProvisionStatus.SUSPENDED);
        }

        @Test
        @DisplayName("a fulfilled provision stays FULFILLED when suspended")
        void fulfilledStays() {
            NegotiationState state = given(ceasefire(), step("all", "2025-02-20", "hostages",
                    share("Hamas", 33, "hostages")), suspends("late", "2025-02-21", "Hamas", "hostages"));
            assertThat(provision(state, "hostages").status()).isEqualTo(ProvisionStatus.FULFILLED);
        }
    }

    @Nested
    @DisplayName("class 2: a dispute of part of a step leaves the rest counted")
    class PartialDisputes {
        final ImplementationStepCompleted fourBodies = step("bodies-4", "2025-02-20", "hostages",
                share("Hamas", 4, "hostages"));

        NonComplianceAlleged alleging(String id, Ref ref) {
            return new NonComplianceAlleged(talks.env(id, "2025-02-21").withRef(ref), "Israel", "Hamas", "deal",
                    "hostages", "one body handed over was not a hostage's");
        }

        @Test
        @DisplayName("one item disputed: three stay delivered, one is disputed, shown apart with who and what")
        void item() {
            NegotiationState state = given(ceasefire(), fourBodies, alleging("wrong-body",
                    Ref.disputing("bodies-4", DisputedAspect.ITEM, share("Hamas", 1, "hostages"))));
            ProvisionLedger hostages = provision(state, "hostages");
            assertThat(hostages.delivered()).containsExactly(new Delivery("Hamas", "hostages", 3, false, 0));
            assertThat(hostages.disputed()).containsExactly(new Delivery("Hamas", "hostages", 1, false, 0));
            assertThat(hostages.steps()).singleElement().satisfies(s -> {
                assertThat(s.isDisputed()).isFalse();
                assertThat(s.disputedParts()).singleElement().satisfies(p -> {
                    assertThat(p.disputedBy()).isEqualTo("wrong-body");
                    assertThat(p.aspect()).isEqualTo(DisputedAspect.ITEM);
                });
            });
            Agreement deal = state.agreement("deal").orElseThrow();
            assertThat(deal.delivered()).containsExactly(new Delivery("Hamas", "hostages", 3, false, 0));
            assertThat(deal.disputed()).containsExactly(new Delivery("Hamas", "hostages", 1, false, 0));
            assertThat(state.corroborationOf("bodies-4").orElseThrow().deniedBy()).containsExactly("Israel");
        }

        @Test
        @DisplayName("a count disputed: the step's side keeps the rest of an approximate count, approximate")
        void count() {
            ImplementationStepCompleted about = step("p-1", "2025-01-20", "prisoners",
                    new Share("Israel", Quantity.about(90), "prisoners", null));
            NegotiationState state = given(ceasefire(), about, new NonComplianceAlleged(talks.env("fewer",
                    "2025-01-21").withRef(Ref.disputing("p-1", DisputedAspect.COUNT, share("Israel", 21,
                    "prisoners"))), "Hamas", "Israel", "deal", "prisoners", "only 69 were released"));
            assertThat(provision(state, "prisoners").delivered())
                    .containsExactly(new Delivery("Israel", "prisoners", 69, true, 0));
            assertThat(provision(state, "prisoners").disputed())
                    .containsExactly(new Delivery("Israel", "prisoners", 21, false, 0));
        }

        @Test
        @DisplayName("two reports disputing the same item are not added up; a dispute of the whole step still empties it")
        void notAddedUpAndWholeWins() {
            Ref one = Ref.disputing("bodies-4", DisputedAspect.ITEM, share("Hamas", 1, "hostages"));
            NegotiationState twice = given(ceasefire(), fourBodies, alleging("a", one), alleging("b", one));
            assertThat(provision(twice, "hostages").delivered())
                    .containsExactly(new Delivery("Hamas", "hostages", 3, false, 0));
            NegotiationState whole = given(ceasefire(), fourBodies, alleging("a", one),
                    alleging("b", Ref.of(RefKind.DISPUTES, "bodies-4")));
            assertThat(provision(whole, "hostages").delivered()).isEmpty();
            assertThat(provision(whole, "hostages").disputed())
                    .containsExactly(new Delivery("Hamas", "hostages", 4, false, 0));
        }

        @Test
        @DisplayName("the link of one share disputed: the step's other shares stay counted under their provision")
        void link() {
            ImplementationStepCompleted both = new ImplementationStepCompleted(talks.env("swap", "2025-02-01"),
                    "deal", null, List.of(new Share("Hamas", Quantity.exactly(3), "hostages", "hostages"),
                    new Share("Israel", Quantity.exactly(183), "prisoners", "prisoners")), null,
                    List.of("hostages", "prisoners"));
            NegotiationState state = given(ceasefire(), both, new NonComplianceAlleged(talks.env("not-in-deal",
                    "2025-02-02").withRef(new Ref(RefKind.DISPUTES, "swap", null, DisputedAspect.LINK,
                    List.of(new Share("Israel", Quantity.exactly(183), "prisoners", "prisoners")))), "Hamas",
                    "Israel", "deal", "prisoners", "these releases were not under the deal"));
            assertThat(provision(state, "prisoners").delivered()).isEmpty();
            assertThat(provision(state, "prisoners").disputed())
                    .containsExactly(new Delivery("Israel", "prisoners", 183, false, 0));
            assertThat(provision(state, "hostages").delivered())
                    .containsExactly(new Delivery("Hamas", "hostages", 3, false, 0));
        }
    }

    @Nested
    @DisplayName("class 3: a step completes a provision without a number")
    class CompletingSteps {
        final ImplementationStepCompleted withdrawn = ImplementationStepCompleted.under(talks.env("netzarim",
                "2025-02-09"), "deal").withProvision("corridor").withDescription("troops left the corridor")
                .completing();

        @Test
        @DisplayName("without the flag the step leaves it IN_PROGRESS, and OVERDUE after its deadline")
        void withoutFlag() {
            ImplementationStepCompleted plain = ImplementationStepCompleted.under(talks.env("netzarim",
                    "2025-02-09"), "deal").withProvision("corridor");
            assertThat(provision(given(ceasefire(), plain), "corridor").status())
                    .isEqualTo(ProvisionStatus.IN_PROGRESS);
            assertThat(provision(at(occurredBy("2025-02-10"), ceasefire(), plain), "corridor").status())
                    .isEqualTo(ProvisionStatus.OVERDUE);
        }

        @Test
        @DisplayName("a completing step makes it FULFILLED from the step on, on both axes, and never OVERDUE")
        void completes() {
            assertThat(provision(given(ceasefire(), withdrawn), "corridor").status())
                    .isEqualTo(ProvisionStatus.FULFILLED);
            assertThat(provision(given(ceasefire(), withdrawn), "corridor").steps()).singleElement()
                    .extracting(Step::complete).isEqualTo(true);
            assertThat(provision(at(occurredBy("2025-03-01"), ceasefire(), withdrawn), "corridor").status())
                    .isEqualTo(ProvisionStatus.FULFILLED);
            assertThat(provision(at(occurredBy("2025-02-08"), ceasefire(), withdrawn), "corridor").status())
                    .isEqualTo(ProvisionStatus.OPEN);
            ImplementationStepCompleted reportedLate = ImplementationStepCompleted.under(talks.env("netzarim",
                    "2025-02-09").reportedOn("2025-02-12"), "deal").withProvision("corridor").completing();
            assertThat(provision(at(occurredBy("2025-02-11").andKnownAt(LocalDate.parse("2025-02-11")),
                    ceasefire(), reportedLate), "corridor").status()).isEqualTo(ProvisionStatus.OVERDUE);
        }

        @Test
        @DisplayName("a completing step disputed as a whole completes nothing")
        void disputed() {
            NonComplianceAlleged stillThere = new NonComplianceAlleged(talks.env("still-there", "2025-02-10")
                    .withRef(RefKind.DISPUTES, "netzarim"), "Hamas", "Israel", "deal", "corridor",
                    "troops remain in the corridor");
            assertThat(provision(given(ceasefire(), withdrawn, stillThere), "corridor").status())
                    .isEqualTo(ProvisionStatus.IN_PROGRESS);
        }
    }

    @Nested
    @DisplayName("class 11, first bug: a declaration of the whole agreement is a side's claim")
    class WholeAgreementDeclared {
        final FulfilmentDeclared hamasDeclares = FulfilmentDeclared.of(talks.env("hamas-declares", "2025-03-01")
                .withRef(RefKind.FULFILS, "deal"), "deal").by("Hamas");
        final ImplementationStepCompleted allHostages = step("h-all", "2025-02-27", "hostages",
                share("Hamas", 33, "hostages"));

        @Test
        @DisplayName("with a FULFILS ref to the agreement it flips no open provision, nor the agreement")
        void fulfilsRef() {
            Agreement deal = given(ceasefire(), allHostages, hamasDeclares).agreement("deal").orElseThrow();
            assertThat(deal.provisions()).extracting(ProvisionLedger::id, ProvisionLedger::status).containsExactly(
                    tuple("hostages", ProvisionStatus.FULFILLED), tuple("prisoners", ProvisionStatus.OPEN),
                    tuple("corridor", ProvisionStatus.OPEN), tuple("crossing", ProvisionStatus.OPEN));
            assertThat(deal.status()).isEqualTo(AgreementStatus.IN_FORCE);
        }

        @Test
        @DisplayName("the claim stays visible: who declared the whole agreement fulfilled")
        void visible() {
            Agreement deal = given(ceasefire(), hamasDeclares).agreement("deal").orElseThrow();
            assertThat(deal.declaredFulfilledBy()).containsExactly("Hamas");
            assertThat(deal.fulfilledBy()).isEmpty();
        }

        @Test
        @DisplayName("at a cut after a deadline, an open provision is OVERDUE whatever the declaration says")
        void overdueAtCut() {
            NegotiationState march = at(occurredBy("2025-03-02"), ceasefire(), allHostages, hamasDeclares);
            assertThat(provision(march, "prisoners").status()).isEqualTo(ProvisionStatus.OVERDUE);
            assertThat(provision(march, "corridor").status()).isEqualTo(ProvisionStatus.OVERDUE);
        }

        @Test
        @DisplayName("once every provision is carried out, the agreement is FULFILLED on its own facts")
        void fulfilledWhenAllAre() {
            NegotiationState state = given(ceasefire(), allHostages,
                    step("p-all", "2025-02-27", "prisoners", share("Israel", 1900, "prisoners")),
                    ImplementationStepCompleted.under(talks.env("netzarim", "2025-02-09"), "deal")
                            .withProvision("corridor").completing(),
                    ImplementationStepCompleted.under(talks.env("rafah", "2025-02-01"), "deal")
                            .withProvision("crossing").completing(), hamasDeclares);
            assertThat(state.agreement("deal").orElseThrow().status()).isEqualTo(AgreementStatus.FULFILLED);
        }
    }
}
