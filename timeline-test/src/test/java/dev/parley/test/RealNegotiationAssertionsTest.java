package dev.parley.test;

import dev.parley.model.NegotiationProjection;
import dev.parley.timeline.ActionEnded;
import dev.parley.timeline.ActionStarted;
import dev.parley.timeline.Agent;
import dev.parley.timeline.AgreementExtended;
import dev.parley.timeline.AgreementRatified;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.AgreementSigned;
import dev.parley.timeline.AgreementSuspended;
import dev.parley.timeline.AgreementWithdrawnFrom;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.Confidence;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.DemandMade;
import dev.parley.timeline.Development;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.MeetingProposed;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.NonComplianceAlleged;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Provision;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.RoundRescheduled;
import dev.parley.timeline.RoundScheduled;
import dev.parley.timeline.Share;
import dev.parley.timeline.StatementMade;
import dev.parley.timeline.VersionReported;
import dev.parley.timeline.state.AgreementStatus;
import dev.parley.timeline.state.Meeting;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.ProvisionStatus;
import dev.parley.timeline.state.Round;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static dev.parley.test.ParleyAssertions.assertThat;
import static dev.parley.test.ParleyFixtureTest.failure;

/** The assertions on what real negotiations contain (issue 10): a passing case and the exact failure message. */
@DisplayName("ParleyAssertions on agreements' lives, ledgers per unit, disputes, versions, coalitions and actions")
class RealNegotiationAssertionsTest {
    static final String ID = "grain";

    static Envelope env(String id, String occurred) {
        return Envelope.of(id, ID, occurred);
    }

    static final List<Development> HISTORY = List.of(
            new NegotiationOpened(env("opened", "2022-07-01"), "Grain corridor", null),
            new MeetingProposed(env("meet", "2022-07-05"), List.of("Turkey"), List.of("Russia", "Ukraine"),
                    "Istanbul", null, List.of()),
            new RoundScheduled(env("r2-planned", "2022-07-14"), 2, "Istanbul", PartialDate.parse("2022-07-20")),
            new RoundRescheduled(env("r2-moved", "2022-07-18"), 2, PartialDate.parse("2022-07-22"), null, "signing"),
            new RoundHeld(env("r1", "2022-07-13").withRef(RefKind.FULFILS, "meet"), 1, "Istanbul", null, List.of(),
                    null),
            new DemandMade(env("joint-demand", "2022-07-10"), List.of("France", "Germany"), List.of("Russia"),
                    "lift the blockade", List.of(), null, null, null),
            new AgreementReached(env("deal", "2022-07-22"), "grain initiative",
                    List.of("Russia", "Ukraine", "Turkey", "United Nations"), List.of(
                    new Provision("jcc", "coordination centre", null, List.of(), List.of(), null,
                            Deadline.by("2022-07-27"), List.of("Turkey")),
                    new Provision("exports", "exports", null, List.of(new Share("Ukraine",
                            Quantity.exactly(1_000_000), "tonnes", null)), List.of(), null, null, List.of())),
                    PartialDate.parse("2022-11-19")),
            new AgreementSigned(env("ru-signs", "2022-07-22"), "deal", "Russia", List.of("Turkey", "United Nations"),
                    null),
            new AgreementSigned(env("ua-signs", "2022-07-22"), "deal", "Ukraine", List.of("Turkey", "United Nations"),
                    null),
            new AgreementRatified(env("ratified", "2022-07-25"), "deal", "Grand National Assembly", "approved"),
            new ImplementationStepCompleted(env("ship-1", "2022-08-01"), "deal", "exports",
                    List.of(new Share("Ukraine", Quantity.exactly(26_000), "tonnes", null)), null),
            new ImplementationStepCompleted(env("ship-2", "2022-08-05"), "deal", "exports",
                    List.of(new Share("Ukraine", Quantity.exactly(57_000), "tonnes", null)), null),
            new StatementMade(env("not-grain", "2022-08-06").withRef(RefKind.DISPUTES, "ship-2")
                    .withSource(new Attribution("TASS", null, null,
                            List.of(Agent.named("Maria Zakharova", null, "Russia")), null)),
                    Agent.named("Maria Zakharova", null, "Russia"), null, "the ship carried no grain"),
            new NonComplianceAlleged(env("odesa", "2022-07-23"), "Ukraine", "Russia", "deal", "exports",
                    "strike on the port"),
            new AgreementExtended(env("extended", "2022-11-17"), "deal", List.of(), null, 120),
            new VersionReported(env("sixty", "2023-03-05"), "extended", "days", "60", "Russia said 60 days"),
            new AgreementSuspended(env("ru-suspends", "2023-03-01").graded(Confidence.LOW, "one report"), "deal",
                    "Russia", null),
            new AgreementWithdrawnFrom(env("tr-leaves", "2023-03-02"), "deal", "Turkey", null),
            new ActionStarted(env("blockade", "2022-02-24"), List.of("Russia"), List.of("Ukraine"), "blockade", null),
            new ActionEnded(env("blockade-over", "2022-08-01"), "blockade", null, "corridor opened"));

    static final NegotiationState STATE = NegotiationProjection.replay(ID, HISTORY,
            AsOf.occurredBy(LocalDate.of(2023, 3, 10)), LocalDate.of(2023, 3, 10));

    static void message(org.assertj.core.api.ThrowableAssert.ThrowingCallable check, String expected) {
        org.assertj.core.api.Assertions.assertThat(failure(check)).isEqualTo(String.format(expected));
    }

    @Nested
    @DisplayName("an agreement's life")
    class Life {
        @Test
        @DisplayName("withStatus / signedBy / ratifiedBy / expiresOn / hasExtensions / suspendedBy / withdrawnBy / "
                + "hasAllegationAgainst")
        void life() {
            assertThat(STATE).hasAgreement("deal").withStatus(AgreementStatus.SUSPENDED)
                    .signedBy("Russia", "Ukraine", "Turkey").ratifiedBy("Grand National Assembly")
                    .expiresOn("2023-03-19").hasExtensions(1).suspendedBy("Russia").withdrawnBy("Turkey")
                    .hasAllegationAgainst("Russia");
            message(() -> assertThat(STATE).hasAgreement("deal").withStatus(AgreementStatus.IN_FORCE),
                    "%nExpecting agreement <deal>%nto be:%n  <IN_FORCE>%nbut it is:%n  <SUSPENDED>");
            message(() -> assertThat(STATE).hasAgreement("deal").signedBy("Poland"),
                    "%nExpecting agreement <deal>%nto be signed by:%n  <[Poland]>%nbut it was signed by:%n"
                            + "  <[Russia, Turkey, United Nations, Ukraine]>");
            message(() -> assertThat(STATE).hasAgreement("deal").ratifiedBy("Rada"),
                    "%nExpecting agreement <deal>%nto be ratified by:%n  <Rada>%nbut it was ratified by:%n"
                            + "  <[Grand National Assembly]>");
            message(() -> assertThat(STATE).hasAgreement("deal").expiresOn("2023-05-18"),
                    "%nExpecting agreement <deal>%nto expire on:%n  <2023-05-18>%nbut it expires on:%n  <2023-03-19>");
            message(() -> assertThat(STATE).hasAgreement("deal").hasExtensions(2),
                    "%nExpecting agreement <deal>%nto have been extended:%n  <2> times%nbut it was extended:%n"
                            + "  <1> times");
            message(() -> assertThat(STATE).hasAgreement("deal").suspendedBy("Ukraine"),
                    "%nExpecting agreement <deal>%nto be suspended by:%n  <Ukraine>%nbut it is:%n"
                            + "  <suspended by Russia>");
            message(() -> assertThat(STATE).hasAgreement("deal").withdrawnBy("Russia"),
                    "%nExpecting agreement <deal>%nto be withdrawn from by:%n  <Russia>%nbut withdrawals are:%n"
                            + "  <[Turkey]>");
            message(() -> assertThat(STATE).hasAgreement("deal").hasAllegationAgainst("Ukraine"),
                    "%nExpecting agreement <deal>%nto have an allegation against:%n  <Ukraine>%nbut the allegations "
                            + "are:%n  <[odesa]>");
        }

        @Test
        @DisplayName("EXPIRED at a cut after the term, even while suspended; its open provisions TERMINATED")
        void expired() {
            NegotiationState later = NegotiationProjection.replay(ID, HISTORY,
                    AsOf.occurredBy(LocalDate.of(2023, 3, 25)), LocalDate.of(2023, 3, 25));
            assertThat(later).hasAgreement("deal").withStatus(AgreementStatus.EXPIRED).withProvision("exports")
                    .withStatus(ProvisionStatus.TERMINATED);
        }
    }

    @Nested
    @DisplayName("a provision's ledger")
    class Ledger {
        @Test
        @DisplayName("withStatus / hasDelivered per unit / hasDisputed / hasDisputedStep / withDeadline")
        void ledger() {
            assertThat(STATE).hasAgreement("deal").hasDelivered("Ukraine", "tonnes", 26_000)
                    .withProvision("exports").withStatus(ProvisionStatus.SUSPENDED)
                    .hasDelivered("Ukraine", "tonnes", 26_000).hasDisputed("Ukraine", "tonnes", 57_000)
                    .hasDisputedStep("ship-2").hasDelivered("Ukraine", 26_000);
            assertThat(STATE).hasAgreement("deal").withProvision("jcc").withDeadline("2022-07-27");
            message(() -> assertThat(STATE).hasAgreement("deal").withProvision("exports")
                            .withStatus(ProvisionStatus.FULFILLED),
                    "%nExpecting provision <deal/exports>%nto be:%n  <FULFILLED>%nbut it is:%n  <SUSPENDED>");
            message(() -> assertThat(STATE).hasAgreement("deal").withProvision("exports")
                            .hasDelivered("Ukraine", "tonnes", 83_000),
                    "%nExpecting provision <deal/exports>%nto have delivered by Ukraine (tonnes):%n  <83000>%n"
                            + "but the ledger has:%n  <[Delivery[party=Ukraine, unit=tonnes, known=26000, "
                            + "approximate=false, undisclosedSteps=0, notStatedSteps=0]]>");
            message(() -> assertThat(STATE).hasAgreement("deal").withProvision("exports")
                            .hasDisputed("Ukraine", "tonnes", 0),
                    "%nExpecting provision <deal/exports>%nto have disputed deliveries by Ukraine (tonnes):%n  <0>%n"
                            + "but it has:%n  <[Delivery[party=Ukraine, unit=tonnes, known=57000, approximate=false, "
                            + "undisclosedSteps=0, notStatedSteps=0]]>");
            message(() -> assertThat(STATE).hasAgreement("deal").withProvision("exports").hasDisputedStep("ship-1"),
                    "%nExpecting provision <deal/exports>%nto have disputed step:%n  <ship-1>%n"
                            + "but its disputed steps are:%n  <[ship-2]>");
            message(() -> assertThat(STATE).hasAgreement("deal").withProvision("exports").withDeadline("2022-08-01"),
                    "%nExpecting provision <deal/exports>%nto have deadline:%n  <2022-08-01>%nbut it has:%n"
                            + "  <no deadline>");
            NegotiationState paused = NegotiationProjection.fold(ID, Stream.concat(HISTORY.stream(), Stream.of(
                    AgreementSuspended.of(env("jcc-paused", "2022-11-03"), "deal").by("Turkey")
                            .withProvisions("jcc"))).toList());
            assertThat(paused).hasAgreement("deal").withProvision("jcc").isSuspendedBy("Turkey");
            message(() -> assertThat(paused).hasAgreement("deal").withProvision("jcc").isSuspendedBy("Russia"),
                    "%nExpecting provision <deal/jcc>%nto be suspended by:%n  <Russia>%nbut it is suspended by:%n"
                            + "  <[Turkey]>");
            message(() -> assertThat(STATE).hasAgreement("deal").hasDelivered("Ukraine", "tonnes", 1),
                    "%nExpecting agreement <deal>%nto have delivered by Ukraine (tonnes):%n  <1>%nbut it has:%n"
                            + "  <[Delivery[party=Ukraine, unit=tonnes, known=26000, approximate=false, "
                            + "undisclosedSteps=0, notStatedSteps=0]]>");
        }
    }

    @Nested
    @DisplayName("disputes, confirmations, versions")
    class Reception {
        @Test
        @DisplayName("hasDisputed / disputedBy / attestedBy / withRootSources; hasCorroboration / hasVersion / "
                + "withConfidence")
        void reception() {
            assertThat(STATE).hasDisputed("ship-2").disputedBy("Maria Zakharova");
            assertThat(STATE).hasCorroboration("not-grain").attestedBy("Russia").withRootSources(1);
            assertThat(STATE).hasCorroboration("extended").hasVersion("days", "60");
            assertThat(STATE).hasCorroboration("ru-suspends").withConfidence(Confidence.LOW);
            message(() -> assertThat(STATE).hasDisputed("ship-1"),
                    "%nExpecting development <ship-1>%nto have sources, a grade, a dispute, a confirmation or a "
                            + "version%nbut it has none");
            message(() -> assertThat(STATE).hasDisputed("ru-suspends"),
                    "%nExpecting development <ru-suspends> of negotiation <grain>%nto be disputed%nbut nobody "
                            + "disputes it");
            message(() -> assertThat(STATE).hasDisputed("ship-2").disputedBy("Ukraine"),
                    "%nExpecting development <ship-2>%nto be disputed by:%n  <Ukraine>%nbut it is disputed by:%n"
                            + "  <[Maria Zakharova]>");
            message(() -> assertThat(STATE).hasDisputed("ship-2").confirmedBy("UN"),
                    "%nExpecting development <ship-2>%nto be confirmed by:%n  <UN>%nbut it is confirmed by:%n  <[]>");
            message(() -> assertThat(STATE).hasCorroboration("extended").hasVersion("days", "120"),
                    "%nExpecting development <extended>%nto have a version of days:%n  <120>%nbut its versions are:%n"
                            + "  <[days=60]>");
            message(() -> assertThat(STATE).hasCorroboration("not-grain").attestedBy("Ukraine"),
                    "%nExpecting development <not-grain>%nto be attested by:%n  <Ukraine>%nbut the sides attesting "
                            + "it are:%n  <[Russia]>");
            message(() -> assertThat(STATE).hasCorroboration("not-grain").withRootSources(2),
                    "%nExpecting development <not-grain>%nto have root sources:%n  <2>%nbut it has:%n"
                            + "  <[Maria Zakharova]>");
            message(() -> assertThat(STATE).hasCorroboration("ru-suspends").withConfidence(Confidence.HIGH),
                    "%nExpecting development <ru-suspends>%nto be graded:%n  <HIGH>%nbut it is graded:%n  <LOW>");
        }
    }

    @Nested
    @DisplayName("coalitions, meetings, rounds, actions")
    class Process {
        @Test
        @DisplayName("a coalition position: by every member; hasOpenDemand().by one member")
        void coalition() {
            assertThat(STATE).hasDemand("joint-demand").by("Germany", "France");
            assertThat(STATE).hasOpenDemand().by("Germany");
            message(() -> assertThat(STATE).hasDemand("joint-demand").by("France"),
                    "%nExpecting demand <joint-demand>%nto be by:%n  <France>%nbut it is by:%n  <France, Germany>");
        }

        @Test
        @DisplayName("hasMeeting ... withStatus / heldIn / proposedBy; hasRound ... withStatus")
        void meetingsAndRounds() {
            assertThat(STATE).hasMeeting("meet").withStatus(Meeting.Status.HELD).heldIn("r1").proposedBy("Turkey");
            assertThat(STATE).hasRound(2).withStatus(Round.Status.SCHEDULED).heldOn("2022-07-22");
            message(() -> assertThat(STATE).hasMeeting("nope"), "%nExpecting negotiation <grain>%nto have meeting "
                    + "proposed:%n  <nope>%nbut it has:%n  <[meet]>");
            message(() -> assertThat(STATE).hasMeeting("meet").withStatus(Meeting.Status.PROPOSED),
                    "%nExpecting meeting <meet>%nto be:%n  <PROPOSED>%nbut it is:%n  <HELD>");
            message(() -> assertThat(STATE).hasMeeting("meet").heldIn("r2"),
                    "%nExpecting meeting <meet>%nto be held in:%n  <r2>%nbut it was held in:%n  <[r1]>");
            message(() -> assertThat(STATE).hasMeeting("meet").proposedBy("Russia"),
                    "%nExpecting meeting <meet>%nto be proposed by:%n  <[Russia]>%nbut it was proposed by:%n"
                            + "  <[Turkey]>");
            message(() -> assertThat(STATE).hasRound(2).withStatus(Round.Status.HELD),
                    "%nExpecting round <2>%nto be:%n  <HELD>%nbut it is:%n  <SCHEDULED>");
        }

        @Test
        @DisplayName("hasAction ... isOngoing / endedOn")
        void actions() {
            assertThat(STATE).hasAction("blockade").endedOn("2022-08-01");
            NegotiationState before = NegotiationProjection.replay(ID, HISTORY,
                    AsOf.occurredBy(LocalDate.of(2022, 7, 1)), LocalDate.of(2022, 7, 1));
            assertThat(before).hasAction("blockade").isOngoing();
            message(() -> assertThat(STATE).hasAction("strike"), "%nExpecting negotiation <grain>%nto have action:%n"
                    + "  <strike>%nbut it has:%n  <[blockade]>");
            message(() -> assertThat(STATE).hasAction("blockade").isOngoing(),
                    "%nExpecting blockade <blockade>%nto be ongoing%nbut it ended on 2022-08-01 (blockade-over)");
            message(() -> assertThat(before).hasAction("blockade").endedOn("2022-08-01"),
                    "%nExpecting blockade <blockade>%nto have ended on:%n  <2022-08-01>%nbut it is ongoing");
        }
    }
}
