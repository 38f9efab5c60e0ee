package dev.parley.model;

import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.FulfilmentDeclared;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.Share;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.RoundRescheduled;
import dev.parley.timeline.MeetingProposed;
import dev.parley.timeline.StatementMade;
import dev.parley.timeline.Agent;
import dev.parley.timeline.state.Change;
import dev.parley.timeline.state.Change.Kind;
import dev.parley.timeline.state.AgreementStatus;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.ProvisionStatus;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.PositionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DisplayName("The diff between two states (StateDiff)")
class StateDiffTest {
    final Sample talks = new Sample("talks");

    final List<Development> history = List.of(
            talks.opened(),
            talks.joined("party-russia", "Russia", PartyRole.PARTY),
            talks.demand("ceasefire", "United States", "Russia", "immediate ceasefire", "2025-05-20"),
            talks.rejected("rejects-1", "ceasefire", "Russia", "2025-05-21"),
            talks.rejected("rejects-2", "ceasefire", "Russia", "2025-06-02"),
            talks.agreement("exchange", "pows", "2025-06-02"),
            talks.step("stage-1", "exchange", "pows", "2025-06-05",
                    new Share("Russia", Quantity.exactly(300)), new Share("Ukraine", Quantity.undisclosed())),
            new StatementMade(talks.env("ua-disputes", "2025-06-06").withRef(RefKind.DISPUTES, "stage-1"),
                    Agent.named("Ukraine", null, null), null, "the first stage was not part of the deal"),
            new FulfilmentDeclared(talks.env("ru-declares", "2025-06-07"), "exchange", "pows", "Russia"),
            talks.offer("children", "Russia", "Ukraine", "return children", 10, "2025-06-02", "2025-06-20"),
            talks.claim("abductions", "Ukraine", "children were abducted", "2025-06-03"),
            talks.denied("denial", "abductions", "Medinsky", "2025-06-04"));

    List<Change> between(String from, String to) {
        return StateDiff.between(at(from), at(to));
    }

    NegotiationState at(String day) {
        return NegotiationProjection.replay("talks", history, AsOf.occurredBy(LocalDate.parse(day)),
                LocalDate.parse("2030-01-01"));
    }

    @Test
    @DisplayName("names a transfer outside any agreement, and the development that moved a proposed meeting")
    void transfersAndMeetings() {
        List<Development> life = List.of(talks.opened(),
                MeetingProposed.by(talks.env("summit", "2025-06-01"), "Russia").withDate("2025-06-20"),
                RoundRescheduled.meeting(talks.env("moved", "2025-06-10"), "summit").withDate("2025-07-01"),
                ImplementationStepCompleted.outsideAnyAgreement(talks.env("swap", "2025-06-12"))
                        .withDelivered(new Share("Russia", Quantity.exactly(84))));
        NegotiationState before = NegotiationProjection.replay("talks", life, AsOf.occurredBy(
                LocalDate.parse("2025-06-05")), LocalDate.parse("2030-01-01"));
        NegotiationState after = NegotiationProjection.replay("talks", life, AsOf.occurredBy(
                LocalDate.parse("2025-06-15")), LocalDate.parse("2030-01-01"));
        assertThat(StateDiff.between(before, after)).extracting(Change::kind, Change::subject, Change::causedBy)
                .contains(tuple(Kind.MEETING_CHANGED, "summit", List.of("moved")),
                        tuple(Kind.TRANSFER_ADDED, "swap", List.of("swap")));
    }

    @Test
    @DisplayName("names kind, subject, field, the values before and after as data, and the causes")
    void structured() {
        assertThat(between("2025-06-01", "2025-06-10"))
                .extracting(Change::kind, Change::subject, Change::field, Change::causedBy)
                .containsExactly(
                        tuple(Kind.POSITION_STATUS_REPEATED, "ceasefire", "status", List.of("rejects-2")),
                        tuple(Kind.POSITION_ADDED, "children", "positions", List.of("children")),
                        tuple(Kind.AGREEMENT_ADDED, "exchange", "agreements",
                                List.of("exchange", "stage-1", "ua-disputes")),
                        tuple(Kind.AGREEMENT_STATUS_CHANGED, "exchange", "status", List.of()),
                        tuple(Kind.STEP_DISPUTED, "stage-1", "disputedBy", List.of("ua-disputes")),
                        tuple(Kind.FULFILMENT_DECLARED, "exchange/pows", "declaredFulfilledBy", List.of()),
                        tuple(Kind.PROVISION_STATUS_CHANGED, "exchange/pows", "status", List.of("stage-1")),
                        tuple(Kind.LEDGER_CHANGED, "exchange/pows", "disputed", List.of()),
                        tuple(Kind.CLAIM_ADDED, "abductions", "claims", List.of("abductions", "denial")),
                        tuple(Kind.CLAIM_DISPUTED, "abductions", "deniedBy", List.of("denial")),
                        tuple(Kind.STATEMENT_ADDED, "ua-disputes", "statements", List.of("ua-disputes")));
    }

    @Nested
    @DisplayName("lists what the old diff left out")
    class Completeness {
        @Test
        @DisplayName("a repeated rejection, with the status before and after")
        void repeatedRejection() {
            assertThat(between("2025-06-01", "2025-06-10")).filteredOn(c -> c.kind() == Kind.POSITION_STATUS_REPEATED)
                    .singleElement().satisfies(c -> {
                        assertThat(c.from()).isEqualTo(PositionStatus.REJECTED);
                        assertThat(c.to()).isEqualTo(PositionStatus.REJECTED);
                    });
        }

        @Test
        @DisplayName("the ledger of an agreement reached inside the window, a disputed step and undisclosed counts "
                + "kept apart")
        void ledgerOfAddedAgreement() {
            assertThat(between("2025-06-01", "2025-06-10")).filteredOn(c -> c.kind() == Kind.LEDGER_CHANGED)
                    .singleElement().satisfies(c -> {
                        assertThat(c.field()).isEqualTo("disputed");
                        assertThat(c.from()).isEqualTo(List.of());
                        assertThat(c.to()).isEqualTo(List.of(new Delivery("Russia", 300, false, 0),
                                new Delivery("Ukraine", 0, false, 1)));
                    });
        }

        @Test
        @DisplayName("a declaration of fulfilment, naming who declared")
        void declaration() {
            assertThat(between("2025-06-06", "2025-06-10")).extracting(Change::kind, Change::subject, Change::to)
                    .containsExactly(tuple(Kind.AGREEMENT_STATUS_CHANGED, "exchange", AgreementStatus.FULFILLED),
                            tuple(Kind.FULFILMENT_DECLARED, "exchange/pows", "Russia"),
                            tuple(Kind.PROVISION_STATUS_CHANGED, "exchange/pows", ProvisionStatus.FULFILLED));
        }

        @Test
        @DisplayName("an added item carries the item itself")
        void addedItem() {
            assertThat(between("2025-06-01", "2025-06-03")).filteredOn(c -> c.kind() == Kind.POSITION_ADDED)
                    .singleElement().satisfies(c -> assertThat(((Position) c.to()).terms()).isEqualTo("return children"));
        }

        @Test
        @DisplayName("the negotiation opening, and a deadline passing with no development as cause")
        void openedAndOverdue() {
            assertThat(between("2025-01-01", "2025-05-16")).first().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(Kind.NEGOTIATION_CHANGED);
                assertThat(c.field()).isEqualTo("opened");
                assertThat(c.from()).isNull();
                assertThat(c.to()).hasToString("2025-05-16");
            });
            assertThat(between("2025-06-19", "2025-06-21")).extracting(Change::kind, Change::from, Change::to,
                    Change::causedBy).containsExactly(tuple(Kind.POSITION_STATUS_CHANGED, PositionStatus.OPEN,
                    PositionStatus.OVERDUE, List.of()));
        }

        @Test
        @DisplayName("a corrected component, by its name, caused by the correction")
        void correctedComponent() {
            List<Development> corrected = new ArrayList<>(history);
            corrected.add(new ReportCorrected(talks.env("fix-terms", "2025-06-08"), "children",
                    talks.offer("children", "Russia", "Ukraine", "return 10 children", 10, "2025-06-02", "2025-06-20"),
                    "the offer named a number"));
            NegotiationState before = NegotiationProjection.replay("talks", history, AsOf.now(),
                    LocalDate.parse("2025-06-10"));
            NegotiationState after = NegotiationProjection.replay("talks", corrected, AsOf.now(),
                    LocalDate.parse("2025-06-10"));
            assertThat(StateDiff.between(before, after)).filteredOn(c -> c.kind() == Kind.POSITION_CHANGED)
                    .extracting(Change::field, Change::from, Change::to, Change::causedBy)
                    .containsExactly(tuple("terms", "return children", "return 10 children", List.of("fix-terms")));
        }
    }

    @Test
    @DisplayName("equal states differ in nothing")
    void nothing() {
        assertThat(between("2025-06-10", "2025-06-10")).isEmpty();
    }
}
