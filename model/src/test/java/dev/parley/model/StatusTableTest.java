package dev.parley.model;

import dev.parley.model.StatusTable.PositionMove;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.Development;
import dev.parley.timeline.FulfilmentReported;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.PositionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The status table")
class StatusTableTest {
    final Sample talks = new Sample("talks");
    final OfferMade offer = talks.offer("offer", "Russia", "Ukraine", "return children", 10, "2025-06-02",
            "2025-07-10");

    NegotiationDecider given(Development... developments) {
        NegotiationDecider decider = NegotiationDecider.initialState("talks");
        decider.record(talks.opened());
        for (Development d : developments) {
            decider.record(d);
        }
        return decider;
    }

    FulfilmentReported delivery(String id, int count, boolean complete) {
        return new FulfilmentReported(talks.env(id, "2025-07-01").withRef(RefKind.FULFILS, "offer"), "Russia",
                Quantity.exactly(count), complete, null);
    }

    ProposalAccepted accepted(String id) {
        return new ProposalAccepted(talks.env(id, "2025-06-03"), "offer", "Ukraine", null);
    }

    PositionWithdrawn withdrawn(String id) {
        return new PositionWithdrawn(talks.env(id, "2025-06-04"), "offer", "Russia", null);
    }

    PositionStatus statusIn(NegotiationDecider decider) {
        return decider.state().position("offer").orElseThrow().status();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PositionMove.class)
    @DisplayName("nothing leaves WITHDRAWN, and every move leads to one status wherever it is allowed")
    void shape(PositionMove move) {
        assertThat(move.from(PositionStatus.WITHDRAWN)).isEmpty();
        assertThat(move.from(PositionStatus.OPEN)).isPresent();
        List<PositionStatus> targets = java.util.Arrays.stream(PositionStatus.values())
                .flatMap(s -> move.from(s).stream()).distinct().toList();
        assertThat(targets).hasSize(1);
    }

    @Nested
    @DisplayName("in the fold")
    class Fold {
        @Test
        @DisplayName("deliveries make an accepted offer PARTLY_FULFILLED, then FULFILLED when the quantity is reached")
        void deliveries() {
            NegotiationDecider decider = given(offer, accepted("yes"), delivery("d1", 6, false));
            assertThat(statusIn(decider)).isEqualTo(PositionStatus.PARTLY_FULFILLED);
            decider.record(delivery("d2", 4, false));
            assertThat(statusIn(decider)).isEqualTo(PositionStatus.FULFILLED);
            decider.record(new FulfilmentReported(talks.env("d3", "2025-07-01").withRef(RefKind.FULFILS, "offer"),
                    "Russia", Quantity.exactly(1), false, null, true));
            assertThat(statusIn(decider)).as("more than promised, marked so").isEqualTo(PositionStatus.FULFILLED);
            assertThat(decider.state().position("offer").orElseThrow().deliveredSoFar()).isEqualByComparingTo("11");
        }

        @Test
        @DisplayName("a delivery marked complete fulfils whatever the count")
        void complete() {
            assertThat(statusIn(given(offer, delivery("d1", 1, true)))).isEqualTo(PositionStatus.FULFILLED);
        }

        @Test
        @DisplayName("a rejected position can be rejected again and withdrawn by its holder")
        void rejectedTakesRejectionAndWithdrawal() {
            NegotiationDecider decider = given(offer, talks.rejected("no-1", "offer", "Ukraine", "2025-06-03"),
                    talks.rejected("no-2", "offer", "Ukraine", "2025-06-04"));
            assertThat(statusIn(decider)).isEqualTo(PositionStatus.REJECTED);
            decider.record(withdrawn("drop"));
            assertThat(statusIn(decider)).isEqualTo(PositionStatus.WITHDRAWN);
        }
    }

    @Nested
    @DisplayName("at evaluation")
    class Evaluation {
        @Test
        @DisplayName("an open position past its firm deadline is OVERDUE, past a soft one LAPSED; others keep theirs")
        void deadlines() {
            OfferMade soft = new OfferMade(talks.env("soft", "2025-06-02"), "Russia", List.of("Ukraine"), "talk",
                    List.of(), null, null, new Deadline(dev.parley.timeline.PartialDate.parse("2025-06"), true,
                    "in the coming weeks"));
            NegotiationState state = given(offer, soft, talks.offer("taken", "Russia", "Ukraine", "x", 1,
                    "2025-06-02", "2025-07-10"), new ProposalAccepted(talks.env("yes", "2025-06-03"), "taken",
                    "Ukraine", null)).state();
            NegotiationState judged = NegotiationProjection.evaluate(state, AsOf.occurredBy(LocalDate.of(2025, 8, 1)),
                    LocalDate.of(2026, 1, 1));
            assertThat(judged.position("offer").orElseThrow().status()).isEqualTo(PositionStatus.OVERDUE);
            assertThat(judged.position("soft").orElseThrow().status()).isEqualTo(PositionStatus.LAPSED);
            assertThat(judged.position("taken").orElseThrow().status()).isEqualTo(PositionStatus.ACCEPTED);
        }
    }

    @Nested
    @DisplayName("in the rules (POSITION_NOT_OPEN)")
    class Rules {
        void rejected(NegotiationDecider decider, Development d, String message) {
            int before = decider.state().developmentCount();
            assertThatThrownBy(() -> decider.record(d))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.rule()).isEqualTo(Rule.POSITION_NOT_OPEN);
                        assertThat(e.developmentId()).isEqualTo(d.id());
                    })
                    .hasMessage("POSITION_NOT_OPEN: development '" + d.id() + "': " + message);
            assertThat(decider.state().developmentCount()).isEqualTo(before);
        }

        @Test
        @DisplayName("a FULFILS ref to a withdrawn position")
        void deliveryToWithdrawn() {
            rejected(given(offer, withdrawn("drop")), delivery("d1", 3, false),
                    "FULFILS refers to position 'offer', which was WITHDRAWN by Russia and takes no delivery");
        }

        @Test
        @DisplayName("a FULFILS ref to a rejected position")
        void deliveryToRejected() {
            rejected(given(offer, talks.rejected("no", "offer", "Ukraine", "2025-06-03")), delivery("d1", 3, false),
                    "FULFILS refers to position 'offer', which was REJECTED by Ukraine and takes no delivery");
        }

        @Test
        @DisplayName("accepting a rejected offer")
        void acceptRejected() {
            rejected(given(offer, talks.rejected("no", "offer", "Ukraine", "2025-06-03")), accepted("yes"),
                    "position 'offer' was REJECTED by Ukraine and takes no acceptance");
        }

        @Test
        @DisplayName("rejecting a withdrawn offer")
        void rejectWithdrawn() {
            rejected(given(offer, withdrawn("drop")), talks.rejected("no", "offer", "Ukraine", "2025-06-05"),
                    "position 'offer' was WITHDRAWN by Russia and takes no rejection");
        }

        @Test
        @DisplayName("withdrawing twice")
        void withdrawTwice() {
            rejected(given(offer, withdrawn("drop")), withdrawn("drop-again"),
                    "position 'offer' was WITHDRAWN by Russia and takes no withdrawal");
        }
    }
}
