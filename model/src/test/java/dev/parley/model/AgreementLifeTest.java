package dev.parley.model;

import dev.parley.timeline.Agent;
import dev.parley.timeline.AgreementRatified;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.AgreementResumed;
import dev.parley.timeline.AgreementSuspended;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.Provision;
import dev.parley.timeline.RoundRescheduled;
import dev.parley.timeline.ProposalRejected;
import dev.parley.timeline.MeetingProposed;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.Ref;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.Share;
import dev.parley.timeline.StatementMade;
import dev.parley.timeline.Term;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.AgreementStatus;
import dev.parley.timeline.state.LifeEvent;
import dev.parley.timeline.state.Meeting;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.ProvisionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An agreement's life from tentative to in force (issue 20, class 10): agreed pending approval, rejected or
 * approved in a vote, entering into force at a stated time, a provision's term, a stall and its reactivation, and
 * an accepted offer becoming the agreement.
 */
@DisplayName("An agreement's life from tentative to in force (issue 20)")
class AgreementLifeTest {
    final Sample talks = new Sample("talks");
    /** The issue 10 fold test records and replays its histories the same way, in negotiation "talks". */
    final IssueTenFoldTest recorded = new IssueTenFoldTest();

    /** Records through the decider (so every history here passes the rules) and returns the folded state. */
    NegotiationState given(Development... developments) {
        return recorded.given(developments);
    }

    /** The state at a cut on the occurrence axis, terms and entry into force judged at its day. */
    NegotiationState at(String day, Development... developments) {
        return recorded.at(AsOf.occurredBy(LocalDate.parse(day)), developments);
    }

    Envelope env(String id, String day) {
        return talks.env(id, day);
    }

    /** Geneva, May 2025: announced on the 12th, in force "at 12:01 a.m." on the 14th, tariffs cut for 90 days. */
    AgreementReached truce() {
        return AgreementReached.titled(env("geneva", "2025-05-12"), "Geneva tariff truce")
                .provisions(Provision.of("cut", "reciprocal tariffs cut to 10 per cent").withTerm(Term.ofDays(90)),
                        Provision.of("mechanism", "a mechanism for further talks"))
                .withParties("United States", "China").withEntryIntoForce("2025-05-14T00:01-04:00");
    }

    AgreementReached tentative() {
        return AgreementReached.titled(env("deal", "2023-09-24"), "tentative agreement")
                .provisions(Provision.of("pay", "wage increases"))
                .withParties("Writers Guild", "AMPTP").awaitingApproval();
    }

    AgreementRatified vote(String id, String day) {
        return AgreementRatified.of(env(id, day), "deal").by("Writers Guild members");
    }

    Agreement agreement(NegotiationState state, String id) {
        return state.agreement(id).orElseThrow();
    }

    @Nested
    @DisplayName("agreed, pending approval")
    class PendingApproval {
        @Test
        @DisplayName("waits for its vote, and an approving vote puts it in force")
        void approved() {
            assertThat(agreement(given(tentative()), "deal").status()).isEqualTo(AgreementStatus.PENDING_APPROVAL);
            assertThat(agreement(given(tentative()), "deal").provisions()).extracting(ProvisionLedger::status)
                    .containsExactly(ProvisionStatus.OPEN);
            assertThat(agreement(given(tentative(), vote("vote", "2023-10-09")), "deal").status())
                    .isEqualTo(AgreementStatus.IN_FORCE);
        }

        @Test
        @DisplayName("is REJECTED in a vote that rejects it, its provisions ended, until a new vote approves it")
        void rejected() {
            AgreementRatified no = vote("no", "2023-10-09").withResult("rejected by 54 per cent").rejecting();
            Agreement rejected = agreement(given(tentative(), no), "deal");
            assertThat(rejected.status()).isEqualTo(AgreementStatus.REJECTED);
            assertThat(rejected.provisions()).extracting(ProvisionLedger::status)
                    .containsExactly(ProvisionStatus.TERMINATED);
            assertThat(rejected.ratifications()).extracting(r -> r.outcome().name(), r -> r.result())
                    .containsExactly(tuple("REJECTED", "rejected by 54 per cent"));
            Agreement revoted = agreement(given(tentative(), no, vote("yes", "2023-11-04")), "deal");
            assertThat(revoted.status()).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(revoted.provisions()).extracting(ProvisionLedger::status)
                    .containsExactly(ProvisionStatus.OPEN);
        }

        @Test
        @DisplayName("is not decided by a recommendation: a board sending it on to the members' vote")
        void recommended() {
            AgreementRatified board = AgreementRatified.of(env("board", "2023-09-26"), "deal").by("WGA board")
                    .withResult("unanimous").recommending();
            Agreement recommended = agreement(given(tentative(), board), "deal");
            assertThat(recommended.status()).isEqualTo(AgreementStatus.PENDING_APPROVAL);
            assertThat(recommended.ratifications()).extracting(r -> r.outcome().name())
                    .containsExactly("RECOMMENDED");
            assertThat(agreement(given(tentative(), board, vote("members", "2023-10-09")), "deal").status())
                    .isEqualTo(AgreementStatus.IN_FORCE);
        }

        @Test
        @DisplayName("is not decided by a vote outside the cut")
        void voteOutsideTheCut() {
            AgreementRatified no = vote("no", "2023-10-09").rejecting();
            assertThat(agreement(at("2023-10-01", tentative(), no), "deal").status())
                    .isEqualTo(AgreementStatus.PENDING_APPROVAL);
            assertThat(agreement(at("2023-10-09", tentative(), no), "deal").status())
                    .isEqualTo(AgreementStatus.REJECTED);
        }

        @Test
        @DisplayName("an agreement not reached pending approval records its approvals and stays in force")
        void notTentative() {
            Agreement agreement = agreement(given(truce(), AgreementRatified.of(env("ok", "2025-05-13"), "geneva")
                    .by("State Council")), "geneva");
            assertThat(agreement.pendingApproval()).isFalse();
            assertThat(agreement.ratifications()).hasSize(1);
            assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
        }
    }

    @Nested
    @DisplayName("entry into force")
    class EntryIntoForce {
        @Test
        @DisplayName("announced, approved by a government, in force at the stated time days later")
        void announcedApprovedInForce() {
            AgreementReached announced = AgreementReached.titled(env("pact", "2025-05-12"), "pact")
                    .provisions(Provision.of("cut", "tariffs cut")).withParties("United States", "China")
                    .awaitingApproval();
            AgreementRatified approved = AgreementRatified.of(env("approved", "2025-05-13"), "pact")
                    .by("State Council").withEntryIntoForce("2025-05-16T00:01+08:00");
            Development[] history = {announced, approved};
            assertThat(agreement(at("2025-05-12", history), "pact").status())
                    .isEqualTo(AgreementStatus.PENDING_APPROVAL);
            assertThat(agreement(at("2025-05-13", history), "pact").status())
                    .isEqualTo(AgreementStatus.PENDING_ENTRY_INTO_FORCE);
            assertThat(agreement(at("2025-05-15", history), "pact").status())
                    .isEqualTo(AgreementStatus.PENDING_ENTRY_INTO_FORCE);
            assertThat(agreement(at("2025-05-16", history), "pact").status()).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(agreement(given(history), "pact").inForce())
                    .isEqualTo(PartialDate.parse("2025-05-16T00:01+08:00"));
        }

        @Test
        @DisplayName("stated when reached: not in force before that day, whatever the evaluation day")
        void statedWhenReached() {
            assertThat(agreement(at("2025-05-13", truce()), "geneva").status())
                    .isEqualTo(AgreementStatus.PENDING_ENTRY_INTO_FORCE);
            assertThat(agreement(at("2025-05-14", truce()), "geneva").status()).isEqualTo(AgreementStatus.IN_FORCE);
        }
    }

    @Nested
    @DisplayName("a provision's term")
    class ProvisionTerm {
        @Test
        @DisplayName("runs its days from the entry into force, and ends at the cut after its end")
        void fromEntryIntoForce() {
            ProvisionLedger cut = agreement(given(truce()), "geneva").provision("cut").orElseThrow();
            // 90 days from 00:01 New York time on 14 May: the term keeps the time of day it started at.
            assertThat(cut.termEnds()).isEqualTo(PartialDate.parse("2025-08-12T00:01-04:00"));
            assertThat(agreement(at("2025-08-11", truce()), "geneva").provision("cut").orElseThrow().status())
                    .isEqualTo(ProvisionStatus.OPEN);
            Agreement after = agreement(at("2025-08-13", truce()), "geneva");
            assertThat(after.provisions()).extracting(ProvisionLedger::id, ProvisionLedger::status)
                    .containsExactly(tuple("cut", ProvisionStatus.TERM_ENDED),
                            tuple("mechanism", ProvisionStatus.OPEN));
            assertThat(after.status()).isEqualTo(AgreementStatus.IN_FORCE);
        }

        @Test
        @DisplayName("runs from its own start when it states one, else from the reaching")
        void ownStart() {
            AgreementReached reached = AgreementReached.titled(env("pact", "2025-05-12"), "pact")
                    .provisions(Provision.of("a", "phase one").withTerm(Term.ofDays(30)),
                            Provision.of("b", "phase two").withTerm(Term.ofDays(30).from("2025-06-11")));
            Agreement agreement = agreement(given(reached), "pact");
            assertThat(agreement.provisions()).extracting(ProvisionLedger::termEnds)
                    .containsExactly(PartialDate.parse("2025-06-11"), PartialDate.parse("2025-07-11"));
        }

        @Test
        @DisplayName("a later approval stating the entry into force moves the term's end")
        void movedByApproval() {
            AgreementReached reached = AgreementReached.titled(env("pact", "2025-05-12"), "pact")
                    .provisions(Provision.of("a", "phase one").withTerm(Term.ofDays(10))).awaitingApproval();
            AgreementRatified approved = AgreementRatified.of(env("approved", "2025-05-20"), "pact").by("Cabinet")
                    .withEntryIntoForce("2025-06-01");
            assertThat(agreement(given(reached), "pact").provision("a").orElseThrow().termEnds())
                    .isEqualTo(PartialDate.parse("2025-05-22"));
            assertThat(agreement(given(reached, approved), "pact").provision("a").orElseThrow().termEnds())
                    .isEqualTo(PartialDate.parse("2025-06-11"));
        }

        @Test
        @DisplayName("a fulfilled provision stays fulfilled after its term")
        void fulfilledStays() {
            AgreementReached reached = AgreementReached.titled(env("pact", "2025-05-12"), "pact")
                    .provisions(Provision.of("a", "phase one").withTerm(Term.ofDays(10)));
            Development done = new RoundHeld(env("done", "2025-05-15")
                    .withRef(Ref.toProvision(RefKind.FULFILS, "pact", "a")), 1, null, null, List.of(), null);
            assertThat(agreement(at("2025-06-30", reached, done), "pact").provision("a").orElseThrow().status())
                    .isEqualTo(ProvisionStatus.FULFILLED);
        }
    }

    @Nested
    @DisplayName("stalled and reactivated")
    class Stalled {
        @Test
        @DisplayName("stalls without anybody suspending it, its provisions going on as they were, until resumed")
        void stallAndReactivation() {
            AgreementSuspended stalled = AgreementSuspended.stalled(env("stalled", "2025-06-01"), "geneva",
                    "talks broke down over export controls");
            Development step = new ImplementationStepCompleted(env("cut-done", "2025-05-14"), "geneva", "cut",
                    List.of(new Share("United States", Quantity.exactly(10), "per cent", null)), null);
            Agreement during = agreement(given(truce(), step, stalled), "geneva");
            assertThat(during.status()).isEqualTo(AgreementStatus.STALLED);
            assertThat(during.events()).extracting(LifeEvent::kind, LifeEvent::by)
                    .containsExactly(tuple(LifeEvent.Kind.STALLED, null));
            assertThat(during.provisions()).extracting(ProvisionLedger::status)
                    .containsExactly(ProvisionStatus.IN_PROGRESS, ProvisionStatus.OPEN);
            assertThat(during.suspension()).isEmpty();
            AgreementResumed reactivated = AgreementResumed.of(env("london", "2025-06-10"), "geneva")
                    .by("United States");
            assertThat(agreement(given(truce(), step, stalled, reactivated), "geneva").status())
                    .isEqualTo(AgreementStatus.IN_FORCE);
        }
    }

    @Nested
    @DisplayName("transfers outside any agreement")
    class StandaloneTransfers {
        ImplementationStepCompleted swap(String id, String day, int count) {
            return ImplementationStepCompleted.outsideAnyAgreement(env(id, day)).withDelivered(
                    new Share("Russia", Quantity.exactly(count), "prisoners", null),
                    new Share("Ukraine", Quantity.exactly(count), "prisoners", null));
        }

        @Test
        @DisplayName("count per side and unit in a ledger of their own, never in an agreement's")
        void ownLedger() {
            NegotiationState state = given(truce(), swap("swap-1", "2025-06-01", 84), swap("swap-2", "2025-06-20", 16));
            assertThat(state.transfers().steps()).extracting(s -> s.developmentId())
                    .containsExactly("swap-1", "swap-2");
            assertThat(state.transfers().delivered()).extracting(d -> d.party(), d -> d.unit(), d -> d.known().intValueExact())
                    .containsExactly(tuple("Russia", "prisoners", 100), tuple("Ukraine", "prisoners", 100));
            assertThat(agreement(state, "geneva").delivered()).isEmpty();
            assertThat(agreement(state, "geneva").unassigned()).isEmpty();
        }

        @Test
        @DisplayName("a disputed transfer is kept apart from the undisputed totals")
        void disputed() {
            Development denial = new StatementMade(env("denial", "2025-06-21").withRef(RefKind.DISPUTES, "swap-2"),
                    Agent.named("Dmytro Lubinets", "Ombudsman", "Ukraine"), "no such swap took place", null);
            NegotiationState state = given(swap("swap-1", "2025-06-01", 84), swap("swap-2", "2025-06-20", 16),
                    denial);
            assertThat(state.transfers().delivered()).extracting(d -> d.party(), d -> d.known().intValueExact())
                    .containsExactly(tuple("Russia", 84), tuple("Ukraine", 84));
            assertThat(state.transfers().disputed()).extracting(d -> d.party(), d -> d.known().intValueExact())
                    .containsExactly(tuple("Russia", 16), tuple("Ukraine", 16));
        }

        @Test
        @DisplayName("outside the cut, a transfer is not counted")
        void cut() {
            assertThat(at("2025-06-10", swap("swap-1", "2025-06-01", 84), swap("swap-2", "2025-06-20", 16))
                    .transfers().steps()).extracting(s -> s.developmentId()).containsExactly("swap-1");
        }
    }

    @Nested
    @DisplayName("a proposed meeting rescheduled")
    class MeetingRescheduled {
        MeetingProposed summit() {
            return MeetingProposed.by(env("summit", "2025-09-19"), "United States").withCounterparts("China")
                    .withVenue("Beijing").withDate("2026-04");
        }

        @Test
        @DisplayName("moves to its new date and venue, and a postponement without a date leaves it POSTPONED")
        void movedThenPostponed() {
            RoundRescheduled moved = RoundRescheduled.meeting(env("to-busan", "2025-10-01"), "summit")
                    .withDate("2025-10-30").withVenue("Busan");
            Meeting meeting = given(summit(), moved).meeting("summit").orElseThrow();
            assertThat(meeting.status()).isEqualTo(Meeting.Status.PROPOSED);
            assertThat(meeting.date()).isEqualTo(PartialDate.parse("2025-10-30"));
            assertThat(meeting.venue()).isEqualTo("Busan");
            assertThat(meeting.rescheduledBy()).containsExactly("to-busan");
            RoundRescheduled off = RoundRescheduled.meeting(env("off", "2025-10-10"), "summit")
                    .withReason("rare earth controls");
            Meeting postponed = given(summit(), moved, off).meeting("summit").orElseThrow();
            assertThat(postponed.status()).isEqualTo(Meeting.Status.POSTPONED);
            assertThat(postponed.date()).as("the last date set stays known").isEqualTo(PartialDate.parse("2025-10-30"));
            assertThat(given(summit(), moved, off, new RoundHeld(env("met", "2025-10-30")
                    .withRef(RefKind.FULFILS, "summit"), null, "Busan", null, List.of(), null))
                    .meeting("summit").orElseThrow().status()).isEqualTo(Meeting.Status.HELD);
        }
    }

    @Nested
    @DisplayName("one response covering several positions")
    class SeveralPositions {
        @Test
        @DisplayName("answers each of them with the same response")
        void rejectsAll() {
            NegotiationState state = given(
                    talks.demand("tariffs", "United States", "China", "cut tariffs", "2025-05-10"),
                    talks.demand("fentanyl", "United States", "China", "curb fentanyl precursors", "2025-05-10"),
                    talks.demand("chips", "United States", "China", "accept chip controls", "2025-05-10"),
                    ProposalRejected.of(env("no", "2025-05-11"), "tariffs").by("China")
                            .withReason("bullying").alsoCovering("chips"));
            assertThat(state.positions()).extracting(Position::id, Position::status).containsExactly(
                    tuple("tariffs", PositionStatus.REJECTED), tuple("fentanyl", PositionStatus.OPEN),
                    tuple("chips", PositionStatus.REJECTED));
            assertThat(state.position("chips").orElseThrow().responses()).extracting(r -> r.developmentId(),
                    r -> r.by(), r -> r.reason()).containsExactly(tuple("no", "China", "bullying"));
        }
    }

    @Nested
    @DisplayName("an accepted offer becoming the agreement")
    class Adoption {
        @Test
        @DisplayName("the agreement names the positions it adopts, and each is accepted by it")
        void adopts() {
            OfferMade offer = talks.offer("offer", "China", "United States", "buy soybeans", 12, "2025-10-20", null);
            ProposalAccepted accepted = ProposalAccepted.of(env("yes", "2025-10-25"), "offer").by("United States");
            AgreementReached busan = AgreementReached.titled(env("busan", "2025-10-30"), "Busan deal")
                    .provisions(Provision.of("soy", "soybean purchases"))
                    .withParties("United States", "China").adopting("offer");
            NegotiationState state = given(offer, accepted, busan);
            assertThat(agreement(state, "busan").adopts()).containsExactly("offer");
            Position position = state.position("offer").orElseThrow();
            assertThat(position.status()).isEqualTo(PositionStatus.ACCEPTED);
            assertThat(position.responses()).extracting(r -> r.developmentId(), r -> r.by())
                    .containsExactly(tuple("yes", "United States"), tuple("busan", "United States, China"));
        }

        @Test
        @DisplayName("an open offer adopted is accepted by the adoption")
        void openOffer() {
            OfferMade offer = talks.offer("offer", "China", "United States", "buy soybeans", 12, "2025-10-20", null);
            AgreementReached busan = AgreementReached.titled(env("busan", "2025-10-30"), "Busan deal")
                    .provisions(Provision.of("soy", "soybean purchases")).adopting("offer");
            assertThat(given(offer, busan).position("offer").orElseThrow().status())
                    .isEqualTo(PositionStatus.ACCEPTED);
        }
    }
}
