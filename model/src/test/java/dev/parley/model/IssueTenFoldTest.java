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
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.ClaimDenied;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.Confidence;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.DelegationAppointed;
import dev.parley.timeline.DemandMade;
import dev.parley.timeline.Development;
import dev.parley.timeline.DocumentDelivered;
import dev.parley.timeline.DocumentKind;
import dev.parley.timeline.DocumentPublished;
import dev.parley.timeline.FulfilmentDeclared;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.MeetingProposed;
import dev.parley.timeline.NonComplianceAlleged;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.ProposalMade;
import dev.parley.timeline.Provision;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.Ref;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.RoundCancelled;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.RoundRescheduled;
import dev.parley.timeline.RoundScheduled;
import dev.parley.timeline.Share;
import dev.parley.timeline.StatementMade;
import dev.parley.timeline.VersionReported;
import dev.parley.timeline.state.Action;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.AgreementStatus;
import dev.parley.timeline.state.Corroboration;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.LifeEvent;
import dev.parley.timeline.state.Meeting;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.ProvisionStatus;
import dev.parley.timeline.state.Round;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The fold of what real reporting contains (issue 10), class by class: process developments, links, actors,
 * implementation, evidence, and the FULFILS bug.
 */
@DisplayName("The fold of real reporting (issue 10)")
class IssueTenFoldTest {
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

    AgreementReached grainDeal() {
        return new AgreementReached(talks.env("deal", "2022-07-22").mediatedBy("Turkey", "United Nations"),
                "grain initiative", List.of("Russia", "Ukraine", "Turkey", "United Nations"), List.of(
                new Provision("jcc", "joint coordination centre", null, List.of(), List.of(), null,
                        Deadline.by("2022-07-27"), List.of("Turkey", "United Nations")),
                new Provision("exports", "grain exports", null, List.of(new Share("Ukraine",
                        Quantity.exactly(20_000_000), "tonnes", null)), List.of(), null, null, List.of("Ukraine"))),
                PartialDate.parse("2022-11-19"));
    }

    AgreementReached exchange() {
        return new AgreementReached(talks.env("exchange", "2025-06-02"), "exchange", List.of("Russia", "Ukraine"),
                List.of(new Provision("pows", "prisoners", "1000 for 1000", List.of(
                                new Share("Russia", Quantity.exactly(1000), "prisoners", null),
                                new Share("Ukraine", Quantity.exactly(1000), "prisoners", null)), List.of(), null,
                                Deadline.by("2025-06-30"), List.of("Russia", "Ukraine")),
                        new Provision("bodies", "bodies of the fallen", null, List.of(new Share("Russia",
                                Quantity.exactly(6000), "bodies", null)), List.of(), null, null, List.of())));
    }

    ImplementationStepCompleted step(String id, String date, String provision, Share... shares) {
        return new ImplementationStepCompleted(talks.env(id, date), "exchange", provision, List.of(shares), null);
    }

    static Share share(String party, int count, String unit, String provision) {
        return new Share(party, Quantity.exactly(count), unit, provision);
    }

    @Nested
    @DisplayName("§6 a FULFILS ref from a development that carries no count")
    class FulfilsWithoutCount {
        final ProposalMade meetAgain = new ProposalMade(talks.env("meet-again", "2025-06-02"), "Ukraine",
                List.of("Russia"), "meet again before the end of June", List.of(), null, null, null);

        @Test
        @DisplayName("a round held that fulfils 'meet again' makes the proposal FULFILLED")
        void roundHeld() {
            RoundHeld round = new RoundHeld(talks.env("r3", "2025-06-20").withRef(RefKind.FULFILS, "meet-again"), 3,
                    "Istanbul", null, List.of(), null);
            NegotiationState state = given(meetAgain, round);
            assertThat(state.position("meet-again").orElseThrow().status()).isEqualTo(PositionStatus.FULFILLED);
            assertThat(state.position("meet-again").orElseThrow().fulfilments()).singleElement()
                    .satisfies(f -> assertThat(f.complete()).isTrue());
        }

        @Test
        @DisplayName("a document delivered that fulfils 'exchange written visions' makes it FULFILLED")
        void documentDelivered() {
            ProposalMade visions = new ProposalMade(talks.env("visions", "2025-05-16"), "Russia", List.of("Ukraine"),
                    "exchange written visions of a ceasefire", List.of(), null, null, null);
            DocumentDelivered memorandum = new DocumentDelivered(talks.env("memo", "2025-06-02")
                    .withRef(RefKind.FULFILS, "visions"), DocumentKind.MEMORANDUM, "Memorandum", "Russia", "Ukraine",
                    List.of());
            assertThat(given(visions, memorandum).position("visions").orElseThrow().status())
                    .isEqualTo(PositionStatus.FULFILLED);
        }
    }

    @Nested
    @DisplayName("§1 process developments")
    class Process {
        @Test
        @DisplayName("a meeting proposed is PROPOSED, with who, where, when and preconditions, until a round held fulfils it")
        void meetingProposed() {
            MeetingProposed proposal = new MeetingProposed(talks.env("meet", "2025-05-27").mediatedBy("Turkey"),
                    List.of("Russia"), List.of("Ukraine"), "Istanbul", PartialDate.parse("2025-06-02"),
                    List.of("memoranda first"));
            Meeting proposed = given(proposal).meeting("meet").orElseThrow();
            assertThat(proposed.status()).isEqualTo(Meeting.Status.PROPOSED);
            assertThat(proposed.preconditions()).containsExactly("memoranda first");
            assertThat(proposed.mediators()).containsExactly("Turkey");
            RoundHeld round = new RoundHeld(talks.env("r2", "2025-06-02").withRef(RefKind.FULFILS, "meet"), 2,
                    "Istanbul", null, List.of(), null);
            assertThat(given(proposal, round).meeting("meet").orElseThrow())
                    .satisfies(m -> assertThat(m.status()).isEqualTo(Meeting.Status.HELD))
                    .satisfies(m -> assertThat(m.heldBy()).containsExactly("r2"));
        }

        @Test
        @DisplayName("a scheduled round rescheduled keeps its number with the new date; postponed keeps the old one")
        void rescheduledAndPostponed() {
            RoundScheduled planned = new RoundScheduled(talks.env("r3-planned", "2025-06-10"), 3, "Istanbul",
                    PartialDate.parse("2025-06-20"));
            RoundRescheduled moved = new RoundRescheduled(talks.env("r3-moved", "2025-06-15"), 3,
                    PartialDate.parse("2025-06-25"), "Geneva", "venue changed");
            Round round = given(planned, moved).round(3).orElseThrow();
            assertThat(round).extracting(Round::status, Round::date, Round::venue, Round::reason)
                    .containsExactly(Round.Status.SCHEDULED, PartialDate.parse("2025-06-25"), "Geneva",
                            "venue changed");
            RoundRescheduled postponed = new RoundRescheduled(talks.env("r3-off", "2025-06-20"), 3, null, null,
                    "no agenda");
            assertThat(given(planned, moved, postponed).round(3).orElseThrow())
                    .extracting(Round::status, Round::date, Round::developmentId)
                    .containsExactly(Round.Status.POSTPONED, PartialDate.parse("2025-06-25"), "r3-off");
        }

        @Test
        @DisplayName("a cancelled round is CANCELLED with its reason; held later, it is HELD")
        void cancelled() {
            RoundScheduled planned = new RoundScheduled(talks.env("r3-planned", "2025-06-10"), 3, "Istanbul",
                    PartialDate.parse("2025-06-20"));
            RoundCancelled cancelled = new RoundCancelled(talks.env("r3-cancelled", "2025-06-18"), 3, "Ukraine",
                    "no memorandum");
            assertThat(given(planned, cancelled).round(3).orElseThrow())
                    .extracting(Round::status, Round::reason).containsExactly(Round.Status.CANCELLED, "no memorandum");
            assertThat(given(planned, cancelled, talks.round("r3", 3, "Istanbul", "2025-07-23")).round(3)
                    .orElseThrow().status()).isEqualTo(Round.Status.HELD);
        }

        @Test
        @DisplayName("a delegation appointed, then changed: the latest is the side's current one, both are kept")
        void delegation() {
            Agent medinsky = Agent.named("Vladimir Medinsky", "presidential aide", "Russia");
            NegotiationState state = given(
                    new DelegationAppointed(talks.env("ru-delegation", "2025-05-15"), "Russia", medinsky, List.of()),
                    new DelegationAppointed(talks.env("ru-delegation-2", "2025-06-01"), "Russia", medinsky,
                            List.of(Agent.named("Igor Kostyukov", null, "Russia"))));
            assertThat(state.delegations()).hasSize(2);
            assertThat(state.delegation("Russia").orElseThrow().members()).extracting(Agent::name)
                    .containsExactly("Igor Kostyukov");
        }

        @Test
        @DisplayName("a document published is kept apart from the delivery it makes public")
        void published() {
            DocumentDelivered memo = new DocumentDelivered(talks.env("memo", "2025-06-02"), DocumentKind.MEMORANDUM,
                    "Memorandum", "Russia", "Ukraine", List.of());
            NegotiationState state = given(memo, new DocumentPublished(talks.env("memo-public", "2025-06-04"),
                    "memo", null, null, "Ukraine", "published the Russian text"));
            assertThat(state.documents()).hasSize(1);
            assertThat(state.publications()).singleElement()
                    .satisfies(p -> assertThat(p.document()).isEqualTo("memo"))
                    .satisfies(p -> assertThat(p.by()).isEqualTo("Ukraine"));
        }

        @Test
        @DisplayName("non-compliance alleged is kept with the agreement and provision, by, against and sources")
        void nonCompliance() {
            NegotiationState state = given(grainDeal(), new NonComplianceAlleged(talks.env("odesa", "2022-07-23")
                    .withSource(Attribution.of("Reuters")), "Ukraine", "Russia", "deal", "exports",
                    "a missile strike on the port of Odesa"));
            assertThat(state.agreement("deal").orElseThrow().allegations()).singleElement()
                    .satisfies(a -> assertThat(a).extracting("by", "against", "provision")
                            .containsExactly("Ukraine", "Russia", "exports"))
                    .satisfies(a -> assertThat(a.rootSources()).containsExactly("Reuters"));
        }

        @Test
        @DisplayName("signed separately: SIGNED while a party has not signed, IN_FORCE once every party has")
        void signedSeparately() {
            AgreementSigned russia = new AgreementSigned(talks.env("ru-signs", "2022-07-22"), "deal", "Russia",
                    List.of("Turkey", "United Nations"), "Istanbul");
            AgreementSigned ukraine = new AgreementSigned(talks.env("ua-signs", "2022-07-22"), "deal", "Ukraine",
                    List.of("Turkey", "United Nations"), "Istanbul");
            assertThat(given(grainDeal()).agreement("deal").orElseThrow().status()).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(given(grainDeal(), russia).agreement("deal").orElseThrow().status())
                    .isEqualTo(AgreementStatus.SIGNED);
            Agreement both = given(grainDeal(), russia, ukraine).agreement("deal").orElseThrow();
            assertThat(both.status()).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(both.signatories()).containsExactly("Russia", "Turkey", "United Nations", "Ukraine");
            assertThat(both.mediators()).containsExactly("Turkey", "United Nations");
        }

        @Test
        @DisplayName("a ratification is recorded per party or body and leaves the status as it is")
        void ratified() {
            Agreement agreement = given(grainDeal(), new AgreementRatified(talks.env("vote", "2022-07-30"), "deal",
                    "Grand National Assembly", "approved")).agreement("deal").orElseThrow();
            assertThat(agreement.ratifications()).extracting("by", "result")
                    .containsExactly(tuple("Grand National Assembly", "approved"));
            assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
        }

        @Test
        @DisplayName("extended by 120 days: the expiry moves from its current one; until a date: to that date")
        void extended() {
            AgreementExtended days = new AgreementExtended(talks.env("ext-1", "2022-11-17"), "deal", List.of(), null,
                    120);
            AgreementExtended until = new AgreementExtended(talks.env("ext-2", "2023-05-17"), "deal",
                    List.of("Russia"), PartialDate.parse("2023-07-17"), null);
            Agreement agreement = given(grainDeal(), days, until).agreement("deal").orElseThrow();
            assertThat(agreement.extensions()).extracting("from", "to").containsExactly(
                    tuple(PartialDate.parse("2022-11-19"), PartialDate.parse("2023-03-19")),
                    tuple(PartialDate.parse("2023-03-19"), PartialDate.parse("2023-07-17")));
            assertThat(agreement.expires()).isEqualTo(PartialDate.parse("2023-07-17"));
        }

        @Test
        @DisplayName("EXPIRED is judged at the cut: not before the term ends, not once extended, yes after")
        void expiry() {
            assertThat(at(occurredBy("2022-11-18"), grainDeal()).agreement("deal").orElseThrow().status())
                    .isEqualTo(AgreementStatus.IN_FORCE);
            Agreement lapsed = at(occurredBy("2022-11-20"), grainDeal()).agreement("deal").orElseThrow();
            assertThat(lapsed.status()).isEqualTo(AgreementStatus.EXPIRED);
            assertThat(lapsed.provisions()).extracting(ProvisionLedger::status)
                    .containsOnly(ProvisionStatus.TERMINATED);
            AgreementExtended extension = new AgreementExtended(talks.env("ext", "2022-11-17"), "deal", List.of(),
                    null, 120);
            assertThat(at(occurredBy("2022-11-20"), grainDeal(), extension).agreement("deal").orElseThrow().status())
                    .isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(at(occurredBy("2023-03-20"), grainDeal(), extension).agreement("deal").orElseThrow().status())
                    .isEqualTo(AgreementStatus.EXPIRED);
        }

        @Test
        @DisplayName("suspended, then resumed: SUSPENDED by whom in between, IN_FORCE again after; provisions follow")
        void suspendedAndResumed() {
            AgreementSuspended suspended = new AgreementSuspended(talks.env("ru-suspends", "2022-10-29"), "deal",
                    "Russia", "drone attack on Sevastopol");
            AgreementResumed resumed = new AgreementResumed(talks.env("ru-resumes", "2022-11-02"), "deal", "Russia",
                    "written guarantees");
            Agreement during = given(grainDeal(), suspended).agreement("deal").orElseThrow();
            assertThat(during.status()).isEqualTo(AgreementStatus.SUSPENDED);
            assertThat(during.suspension().orElseThrow().by()).isEqualTo("Russia");
            assertThat(during.provisions()).extracting(ProvisionLedger::status).containsOnly(ProvisionStatus.SUSPENDED);
            Agreement after = given(grainDeal(), suspended, resumed).agreement("deal").orElseThrow();
            assertThat(after.status()).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(after.suspension()).isEmpty();
            assertThat(after.events()).extracting(LifeEvent::kind)
                    .containsExactly(LifeEvent.Kind.SUSPENDED, LifeEvent.Kind.RESUMED);
        }

        @Test
        @DisplayName("terminated by a party, or lapsed with nobody named: TERMINATED, unfulfilled provisions too")
        void terminated() {
            Agreement ended = given(grainDeal(), new AgreementTerminated(talks.env("end", "2023-07-17"), "deal", null,
                    "not renewed")).agreement("deal").orElseThrow();
            assertThat(ended.status()).isEqualTo(AgreementStatus.TERMINATED);
            assertThat(ended.ending().orElseThrow().by()).isNull();
            assertThat(ended.provisions()).extracting(ProvisionLedger::status).containsOnly(ProvisionStatus.TERMINATED);
        }

        @Test
        @DisplayName("withdrawn from: a bilateral agreement ends, a multilateral one goes on between the others")
        void withdrawnFrom() {
            AgreementWithdrawnFrom ukraine = new AgreementWithdrawnFrom(talks.env("ua-leaves", "2025-07-01"),
                    "exchange", "Ukraine", "stalled");
            assertThat(given(exchange(), ukraine).agreement("exchange").orElseThrow().status())
                    .isEqualTo(AgreementStatus.WITHDRAWN);
            AgreementWithdrawnFrom turkey = new AgreementWithdrawnFrom(talks.env("tr-leaves", "2022-08-01"), "deal",
                    "Turkey", null);
            Agreement deal = given(grainDeal(), turkey).agreement("deal").orElseThrow();
            assertThat(deal.status()).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(deal.withdrawnBy()).containsExactly("Turkey");
        }

        @Test
        @DisplayName("an action is ONGOING from its start and ENDED from its end, with who and why")
        void action() {
            ActionStarted strike = new ActionStarted(talks.env("strike", "2023-05-02"), List.of("Writers Guild"),
                    List.of("AMPTP"), "strike", "writers walk out");
            ActionEnded over = new ActionEnded(talks.env("strike-over", "2023-09-27"), "strike", "Writers Guild",
                    "deal ratified by the board");
            assertThat(given(strike).ongoing("strike")).extracting(Action::id).containsExactly("strike");
            Action ended = given(strike, over).action("strike").orElseThrow();
            assertThat(ended).extracting(Action::status, Action::ended, Action::endedIn)
                    .containsExactly(Action.Status.ENDED, PartialDate.parse("2023-09-27"), "strike-over");
            assertThat(at(occurredBy("2023-06-01"), strike, over).action("strike").orElseThrow().status())
                    .isEqualTo(Action.Status.ONGOING);
        }
    }

    @Nested
    @DisplayName("§2 links")
    class Links {
        @Test
        @DisplayName("a FULFILS ref naming a provision fulfils that provision; every provision: the agreement")
        void fulfilsProvision() {
            DocumentDelivered opened = new DocumentDelivered(talks.env("jcc-opens", "2022-07-27")
                    .withRef(Ref.toProvision(RefKind.FULFILS, "deal", "jcc")), DocumentKind.OTHER, "JCC opened",
                    "Turkey", "United Nations", List.of());
            Agreement agreement = given(grainDeal(), opened).agreement("deal").orElseThrow();
            assertThat(agreement.provision("jcc").orElseThrow())
                    .extracting(ProvisionLedger::status, ProvisionLedger::fulfilledBy)
                    .containsExactly(ProvisionStatus.FULFILLED, List.of("jcc-opens"));
            assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
            FulfilmentDeclared exports = new FulfilmentDeclared(talks.env("done", "2023-07-17"), "deal", "exports",
                    "United Nations");
            assertThat(given(grainDeal(), opened, exports).agreement("deal").orElseThrow().status())
                    .isEqualTo(AgreementStatus.FULFILLED);
        }

        @Test
        @DisplayName("DISPUTES works on any development: a disputed round duration shows who disputes it, with sources")
        void disputesAnything() {
            RoundHeld round = talks.round("r2", 2, "Istanbul", "2025-06-02");
            StatementMade dispute = new StatementMade(talks.env("only-an-hour", "2025-06-03")
                    .withRef(RefKind.DISPUTES, "r2").withSource(Attribution.of("Interfax")),
                    Agent.named("Dmitry Peskov", "Kremlin spokesman", "Russia"), null, "the talks lasted an hour");
            Corroboration corroboration = given(round, dispute).corroborationOf("r2").orElseThrow();
            assertThat(corroboration.isDisputed()).isTrue();
            assertThat(corroboration.deniedBy()).containsExactly("Dmitry Peskov");
            assertThat(corroboration.disputes()).singleElement()
                    .satisfies(r -> assertThat(r.rootSources()).containsExactly("Interfax"))
                    .satisfies(r -> assertThat(r.developmentId()).isEqualTo("only-an-hour"));
        }

        @Test
        @DisplayName("CONFIRMS works on any development; a claim's confirmations count there too")
        void confirmsAnything() {
            StatementMade said = talks.statement("s", "Rustem Umerov", "usual", "2025-06-02");
            StatementMade confirmed = new StatementMade(talks.env("yes-he-said", "2025-06-03")
                    .withRef(RefKind.CONFIRMS, "s"), Agent.named("Ukrainian delegation", null, "Ukraine"), null,
                    "confirmed the remark");
            assertThat(given(said, confirmed).corroborationOf("s").orElseThrow().confirmations())
                    .extracting(r -> r.by()).containsExactly(List.of("Ukrainian delegation"));
        }

        @Test
        @DisplayName("a dispute of an agreement's provision names the provision")
        void disputeOfAProvision() {
            StatementMade scope = new StatementMade(talks.env("scope", "2022-07-25")
                    .withRef(Ref.toProvision(RefKind.DISPUTES, "deal", "exports")),
                    Agent.named("Sergei Lavrov", null, "Russia"), null, "the deal does not cover the ports");
            assertThat(given(grainDeal(), scope).corroborationOf("deal").orElseThrow().disputes())
                    .extracting(r -> r.provision()).containsExactly("exports");
        }
    }

    @Nested
    @DisplayName("§3 actors")
    class Actors {
        @Test
        @DisplayName("a coalition takes one position; each member may withdraw it")
        void coalition() {
            DemandMade ceasefire = new DemandMade(talks.env("ceasefire", "2025-05-10"),
                    List.of("France", "Germany", "Poland", "United Kingdom", "Ukraine"), List.of("Russia"),
                    "an unconditional 30-day ceasefire", List.of(), null, null, null);
            assertThat(given(ceasefire).position("ceasefire").orElseThrow().by()).hasSize(5).contains("Poland");
            PositionWithdrawn dropped = new PositionWithdrawn(talks.env("drop", "2025-06-01"), "ceasefire", "Poland",
                    null);
            assertThat(given(ceasefire, dropped).position("ceasefire").orElseThrow().status())
                    .isEqualTo(PositionStatus.WITHDRAWN);
        }

        @Test
        @DisplayName("mediators per development reach the round; addressees reach statements and claims")
        void mediatorsAndAddressees() {
            RoundHeld round = new RoundHeld(talks.env("r1", "2022-07-13").mediatedBy("Turkey", "United Nations"), 1,
                    "Istanbul", null, List.of(), null);
            StatementMade call = new StatementMade(talks.env("call", "2022-07-11"),
                    Agent.named("Recep Tayyip Erdogan", null, "Turkey"), null, "time to act",
                    List.of("Vladimir Putin"));
            ClaimMade claim = new ClaimMade(talks.env("claim", "2022-07-12"), "Ukraine", "ports are mined",
                    List.of("United Nations"));
            NegotiationState state = given(round, call, claim);
            assertThat(state.round(1).orElseThrow().mediators()).containsExactly("Turkey", "United Nations");
            assertThat(state.statements().get(0).to()).containsExactly("Vladimir Putin");
            assertThat(state.claim("claim").orElseThrow().to()).containsExactly("United Nations");
        }

        @Test
        @DisplayName("a facilitator, and a host that also mediates")
        void roles() {
            NegotiationState state = given(talks.joined("icrc", "Red Cross", PartyRole.FACILITATOR),
                    talks.joined("tr-host", "Turkey", PartyRole.HOST),
                    talks.joined("tr-mediator", "Turkey", PartyRole.MEDIATOR),
                    talks.joined("tr-guarantor", "Turkey", PartyRole.GUARANTOR));
            assertThat(state.participantsIn(PartyRole.FACILITATOR)).containsExactly("Red Cross");
            assertThat(state.participants()).filteredOn(p -> p.name().equals("Turkey")).hasSize(3);
        }
    }

    @Nested
    @DisplayName("§4 implementation")
    class Implementation {
        @Test
        @DisplayName("one exchange under two provisions: each share counts under its own, per side and unit")
        void severalProvisions() {
            ImplementationStepCompleted both = new ImplementationStepCompleted(talks.env("swap", "2025-06-14"),
                    "exchange", null, List.of(share("Russia", 300, "prisoners", "pows"),
                    share("Ukraine", 300, "prisoners", "pows"), share("Russia", 6000, "bodies", "bodies")), null,
                    List.of("pows", "bodies"));
            Agreement agreement = given(exchange(), both).agreement("exchange").orElseThrow();
            assertThat(agreement.provision("pows").orElseThrow().delivered()).containsExactly(
                    new Delivery("Russia", "prisoners", 300, false, 0),
                    new Delivery("Ukraine", "prisoners", 300, false, 0));
            assertThat(agreement.provision("bodies").orElseThrow().delivered())
                    .containsExactly(new Delivery("Russia", "bodies", 6000, false, 0));
            assertThat(agreement.provision("bodies").orElseThrow().status()).isEqualTo(ProvisionStatus.FULFILLED);
            assertThat(agreement.provision("pows").orElseThrow().steps()).singleElement()
                    .satisfies(s -> assertThat(s.provisions()).containsExactly("pows", "bodies"));
            assertThat(agreement.delivered()).hasSize(3);
        }

        @Test
        @DisplayName("a step whose category was never stated is kept under the agreement, unassigned")
        void noProvision() {
            ImplementationStepCompleted civilians = new ImplementationStepCompleted(talks.env("civ", "2025-06-20"),
                    "exchange", null, List.of(new Share("Ukraine", Quantity.undisclosed(), "civilians", null)),
                    "civilians returned", List.of());
            Agreement agreement = given(exchange(), civilians).agreement("exchange").orElseThrow();
            assertThat(agreement.unassigned()).extracting(s -> s.developmentId()).containsExactly("civ");
            assertThat(agreement.provisions()).extracting(ProvisionLedger::status).containsOnly(ProvisionStatus.OPEN);
            assertThat(agreement.delivered()).containsExactly(new Delivery("Ukraine", "civilians", 0, false, 1));
        }

        @Test
        @DisplayName("a disputed step is kept apart: 6,000 delivered against a target of 6,000, not 7,057")
        void disputedApart() {
            StatementMade notOurs = new StatementMade(talks.env("not-ours", "2025-06-20")
                    .withRef(RefKind.DISPUTES, "late-bodies"), Agent.named("Ukrainian coordination HQ", null,
                    "Ukraine"), null, "these bodies were not part of the deal");
            NegotiationState state = given(exchange(), step("bodies-1", "2025-06-11", "bodies",
                    share("Russia", 6000, "bodies", null)), step("late-bodies", "2025-06-16", "bodies",
                    share("Russia", 1057, "bodies", null)), notOurs);
            ProvisionLedger bodies = state.agreement("exchange").orElseThrow().provision("bodies").orElseThrow();
            assertThat(bodies.delivered()).containsExactly(new Delivery("Russia", "bodies", 6000, false, 0));
            assertThat(bodies.disputed()).containsExactly(new Delivery("Russia", "bodies", 1057, false, 0));
            assertThat(bodies.steps()).filteredOn(s -> s.isDisputed()).extracting(s -> s.developmentId())
                    .containsExactly("late-bodies");
        }

        @Test
        @DisplayName("a provision goes OPEN, IN_PROGRESS, FULFILLED once each target is reached; OVERDUE at the cut")
        void provisionStatus() {
            ImplementationStepCompleted first = step("pow-1", "2025-06-09", "pows",
                    share("Russia", 390, "prisoners", null), share("Ukraine", 390, "prisoners", null));
            ImplementationStepCompleted rest = step("pow-2", "2025-06-20", "pows",
                    share("Russia", 610, "prisoners", null), share("Ukraine", 610, "prisoners", null));
            assertThat(status(given(exchange()))).isEqualTo(ProvisionStatus.OPEN);
            assertThat(status(given(exchange(), first))).isEqualTo(ProvisionStatus.IN_PROGRESS);
            assertThat(status(given(exchange(), first, rest))).isEqualTo(ProvisionStatus.FULFILLED);
            assertThat(status(at(occurredBy("2025-07-01"), exchange(), first))).isEqualTo(ProvisionStatus.OVERDUE);
            assertThat(status(at(occurredBy("2025-07-01"), exchange(), first, rest)))
                    .isEqualTo(ProvisionStatus.FULFILLED);
        }

        private ProvisionStatus status(NegotiationState state) {
            return state.agreement("exchange").orElseThrow().provision("pows").orElseThrow().status();
        }

        @Test
        @DisplayName("undisclosed counts are unknown, never zero, per side and unit")
        void undisclosed() {
            NegotiationState state = given(exchange(), step("pow-1", "2025-06-09", "pows",
                    new Share("Russia", Quantity.undisclosed(), "prisoners", null)));
            assertThat(state.agreement("exchange").orElseThrow().provision("pows").orElseThrow().delivered())
                    .containsExactly(new Delivery("Russia", "prisoners", 0, false, 1));
        }
    }

    @Nested
    @DisplayName("§5 evidence")
    class Evidence {
        @Test
        @DisplayName("corroboration: grade and note, root sources, anonymous and on record, the sides attesting")
        void corroboration() {
            Attribution anonymous = new Attribution("Axios", null, null,
                    List.of(Agent.anonymous("Ukrainian officials", "Ukraine", 2)), null);
            Attribution named = new Attribution("TASS", null, null,
                    List.of(Agent.named("Vladimir Medinsky", null, "Russia")), "state agency");
            StatementMade said = new StatementMade(talks.env("s", "2025-06-02").withSource(anonymous)
                    .withSource(named).graded(Confidence.MEDIUM, "only two sources"),
                    Agent.named("Vladimir Medinsky", null, "Russia"), "usual", null);
            Corroboration c = given(said).corroborationOf("s").orElseThrow();
            assertThat(c).extracting(Corroboration::anonymous, Corroboration::onRecord, Corroboration::confidence,
                    Corroboration::note).containsExactly(1, 1, Confidence.MEDIUM, "only two sources");
            assertThat(c.sides()).containsExactly("Ukraine", "Russia");
            assertThat(c.sources().get(1).note()).isEqualTo("state agency");
        }

        @Test
        @DisplayName("a graded development without sources still has its grade kept")
        void gradedWithoutSources() {
            RoundHeld round = new RoundHeld(talks.env("r1", "2025-05-16").graded(Confidence.LOW, "one report"), 1,
                    "Istanbul", null, List.of(), null);
            assertThat(given(round).corroborationOf("r1").orElseThrow().confidence()).isEqualTo(Confidence.LOW);
        }

        @Test
        @DisplayName("competing versions of any field are kept side by side; the development keeps its own value")
        void versions() {
            StatementMade speech = talks.statement("speech", "Vladimir Putin", "cheated", "2022-09-07");
            VersionReported other = new VersionReported(talks.env("other-day", "2022-09-08")
                    .withSource(Attribution.of("Pledge Times")), "speech", "occurred", "2022-09-08",
                    "dated the speech a day later");
            NegotiationState state = given(speech, other);
            assertThat(state.corroborationOf("speech").orElseThrow().versions()).singleElement()
                    .satisfies(v -> assertThat(v).extracting("field", "value").containsExactly("occurred", "2022-09-08"))
                    .satisfies(v -> assertThat(v.rootSources()).containsExactly("Pledge Times"));
            assertThat(state.statements().get(0).on()).isEqualTo(PartialDate.parse("2022-09-07"));
        }

        @Test
        @DisplayName("a denial may paraphrase; it counts as a dispute of the claim, naming the denier")
        void paraphrasedDenial() {
            ClaimMade claim = talks.claim("abducted", "Ukraine", "children were abducted", "2025-06-02");
            ClaimDenied denial = new ClaimDenied(talks.env("no", "2025-06-03"), "abducted",
                    Agent.named("Vladimir Medinsky", null, "Russia"), null, "called it propaganda");
            NegotiationState state = given(claim, denial);
            assertThat(state.claim("abducted").orElseThrow().deniedBy()).singleElement()
                    .satisfies(r -> assertThat(r.summary()).isEqualTo("called it propaganda"));
            assertThat(state.corroborationOf("abducted").orElseThrow().deniedBy()).containsExactly("Vladimir Medinsky");
        }

        @Test
        @DisplayName("a suspension reported late: known by its report date on the knowledge axis only")
        void bothAxes() {
            AgreementSuspended suspended = new AgreementSuspended(talks.env("ru-suspends", "2022-10-29")
                    .reportedOn("2022-10-31"), "deal", "Russia", null);
            assertThat(at(AsOf.occurredBy(LocalDate.parse("2022-10-30")), grainDeal(), suspended)
                    .agreement("deal").orElseThrow().status()).isEqualTo(AgreementStatus.SUSPENDED);
            assertThat(at(AsOf.occurredBy(LocalDate.parse("2022-10-30")).andKnownAt(LocalDate.parse("2022-10-30")),
                    grainDeal(), suspended).agreement("deal").orElseThrow().status()).isEqualTo(AgreementStatus.IN_FORCE);
        }
    }
}
