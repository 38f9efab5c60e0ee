package dev.parley.model;

import dev.parley.timeline.AgreementExtended;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.Development;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Provision;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.Share;
import dev.parley.timeline.state.AgreementStatus;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.ProvisionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hours and time zones in the fold (issue 20, class 8): a timed date is placed and judged by its instant, a date
 * without a time by its UTC day, at every cut and on both axes.
 */
@DisplayName("Hours and time zones at a cut")
class TimeOfDayFoldTest {
    static final Sample TALKS = new Sample("trade-talks");
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    static final LocalDate MAY_9 = LocalDate.of(2025, 5, 9);
    static final LocalDate MAY_10 = LocalDate.of(2025, 5, 10);
    static final LocalDate MAY_11 = LocalDate.of(2025, 5, 11);
    static final LocalDate MAY_12 = LocalDate.of(2025, 5, 12);

    static OfferMade offer(String id, String deadline) {
        return new OfferMade(TALKS.env(id, "2025-05-08"), "United States", List.of("China"), "lower tariffs",
                List.of(), null, null, Deadline.by(deadline));
    }

    static NegotiationState at(List<Development> history, AsOf cut) {
        return NegotiationProjection.replay(TALKS.negotiationId, history, cut, TODAY);
    }

    static PositionStatus status(NegotiationState state, String position) {
        return state.position(position).orElseThrow().status();
    }

    @Nested
    @DisplayName("a deadline")
    class Deadlines {
        final List<Development> history = List.of(TALKS.opened(),
                offer("by-saturday-noon", "2025-05-10T12:00[America/New_York]"),
                offer("by-saturday", "2025-05-10"),
                offer("by-saturday-night", "2025-05-10T22:00[America/New_York]"));

        @Test
        @DisplayName("'by Saturday noon' local time is overdue at the cut of Saturday, not of Friday")
        void noonPassesOnItsDay() {
            assertThat(status(at(history, AsOf.occurredBy(MAY_9)), "by-saturday-noon")).isEqualTo(PositionStatus.OPEN);
            assertThat(status(at(history, AsOf.occurredBy(MAY_10)), "by-saturday-noon"))
                    .isEqualTo(PositionStatus.OVERDUE);
            assertThat(status(at(history, AsOf.knownAt(MAY_10)), "by-saturday-noon"))
                    .as("judged the same on the knowledge axis").isEqualTo(PositionStatus.OVERDUE);
        }

        @Test
        @DisplayName("a deadline without a time keeps the day-end rule: overdue only the day after")
        void dayDeadlineAtDayEnd() {
            assertThat(status(at(history, AsOf.occurredBy(MAY_10)), "by-saturday")).isEqualTo(PositionStatus.OPEN);
            assertThat(status(at(history, AsOf.occurredBy(MAY_11)), "by-saturday")).isEqualTo(PositionStatus.OVERDUE);
        }

        @Test
        @DisplayName("Saturday 22:00 in Washington is Sunday in UTC: overdue at the cut of Sunday")
        void eveningLandsOnTheNextDay() {
            assertThat(status(at(history, AsOf.occurredBy(MAY_10)), "by-saturday-night"))
                    .isEqualTo(PositionStatus.OPEN);
            assertThat(status(at(history, AsOf.occurredBy(MAY_11)), "by-saturday-night"))
                    .isEqualTo(PositionStatus.OVERDUE);
        }

        @Test
        @DisplayName("a deadline certainly before its position is refused by the hour: noon before a 14:00 offer")
        void deadlineBeforePositionByTheHour() {
            NegotiationDecider decider = NegotiationDecider.initialState(TALKS.negotiationId);
            decider.record(TALKS.opened());
            OfferMade late = new OfferMade(TALKS.env("afternoon-offer", "2025-05-10T14:00Z"), "China",
                    List.of("United States"), "buy soybeans", List.of(), null, null, Deadline.by("2025-05-10T12:00Z"));
            assertThatThrownBy(() -> decider.record(late))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.rule()).isEqualTo(Rule.DEADLINE_BEFORE_POSITION);
                        assertThat(e.developmentId()).isEqualTo("afternoon-offer");
                    })
                    .hasMessageContaining("deadline 2025-05-10T12:00Z is before the position was taken "
                            + "(2025-05-10T14:00Z)");
            OfferMade sameDay = new OfferMade(TALKS.env("day-offer", "2025-05-10"), "China",
                    List.of("United States"), "buy soybeans", List.of(), null, null, Deadline.by("2025-05-10T12:00Z"));
            decider.record(sameDay);
            assertThat(decider.state().position("day-offer")).isPresent();
        }
    }

    @Nested
    @DisplayName("an occurrence")
    class Occurrences {
        final List<Development> history = List.of(TALKS.opened(),
                TALKS.statement("washington-evening", "Scott Bessent", "substantial progress",
                        "2025-05-11T21:00[America/New_York]"),
                TALKS.statement("beijing-morning", "He Lifeng", "important consensus",
                        "2025-05-12T07:00[Asia/Shanghai]"),
                TALKS.statement("geneva-day", "Karin Keller-Sutter", "a breakthrough", "2025-05-11"));

        static List<String> speakers(NegotiationState state) {
            return state.statements().stream().map(s -> s.developmentId()).toList();
        }

        @Test
        @DisplayName("is in the cut of the UTC day its instant falls on, whatever its local day; never uncertain")
        void placedByInstant() {
            NegotiationState sunday = at(history, AsOf.occurredBy(MAY_11));
            assertThat(speakers(sunday)).as("07:00 on Monday in Beijing is 23:00 UTC on Sunday; 21:00 on Sunday "
                    + "in Washington is 01:00 UTC on Monday").containsExactly("beijing-morning", "geneva-day");
            assertThat(sunday.uncertain()).isEmpty();
            assertThat(speakers(at(history, AsOf.occurredBy(MAY_12))))
                    .containsExactly("washington-evening", "beijing-morning", "geneva-day");
        }

        @Test
        @DisplayName("is placed the same way on the knowledge axis by its report time")
        void knowledgeAxis() {
            assertThat(speakers(at(history, AsOf.knownAt(MAY_11)))).containsExactly("beijing-morning", "geneva-day");
            assertThat(speakers(at(history, AsOf.knownAt(MAY_12))))
                    .containsExactly("washington-evening", "beijing-morning", "geneva-day");
        }

        @Test
        @DisplayName("History, the checkpointed replay, places it exactly as the plain fold")
        void historyAgrees() {
            History stored = History.of(TALKS.negotiationId, 1, 1);
            history.forEach(stored::append);
            for (LocalDate day : List.of(MAY_10, MAY_11, MAY_12)) {
                for (AsOf cut : List.of(AsOf.occurredBy(day), AsOf.knownAt(day))) {
                    assertThat(stored.stateAsOf(cut)).as(cut.toString())
                            .isEqualTo(NegotiationProjection.foldAsOf(TALKS.negotiationId, history, cut));
                }
            }
        }
    }

    @Nested
    @DisplayName("an agreement's term and a provision's deadline")
    class Terms {
        final AgreementReached truce = new AgreementReached(TALKS.env("geneva-truce", "2025-05-12"),
                "Geneva tariff truce", List.of("United States", "China"),
                List.of(new Provision("reduction", "tariffs lowered by 115 points", null,
                        List.of(new Share("United States", Quantity.exactly(115), "points", null)), List.of(),
                        "within days", Deadline.by("2025-05-14T00:01[America/New_York]"),
                        List.of("United States", "China"))),
                PartialDate.parse("2025-08-12T00:01[America/New_York]"));

        @Test
        @DisplayName("a term ending at 00:01 in Washington ends in the cut of that day, 04:01 UTC")
        void expiresAtItsInstant() {
            List<Development> history = List.of(TALKS.opened(), truce);
            assertThat(at(history, AsOf.occurredBy(LocalDate.of(2025, 8, 11))).agreement("geneva-truce")
                    .orElseThrow().status()).isNotEqualTo(AgreementStatus.EXPIRED);
            assertThat(at(history, AsOf.occurredBy(LocalDate.of(2025, 8, 12))).agreement("geneva-truce")
                    .orElseThrow().status()).isEqualTo(AgreementStatus.EXPIRED);
        }

        @Test
        @DisplayName("a provision's timed deadline makes it overdue on the UTC day its instant falls on")
        void provisionOverdue() {
            List<Development> history = List.of(TALKS.opened(), truce);
            assertThat(at(history, AsOf.occurredBy(LocalDate.of(2025, 5, 13))).agreement("geneva-truce")
                    .orElseThrow().provisions().get(0).status()).isEqualTo(ProvisionStatus.OPEN);
            assertThat(at(history, AsOf.occurredBy(LocalDate.of(2025, 5, 14))).agreement("geneva-truce")
                    .orElseThrow().provisions().get(0).status()).isEqualTo(ProvisionStatus.OVERDUE);
        }

        @Test
        @DisplayName("an extension by days keeps the hour and the zone: 90 days after 00:01 on 12 August is "
                + "00:01 on 10 November, Washington time")
        void extensionKeepsTheTime() {
            AgreementExtended extended = AgreementExtended.of(TALKS.env("extended", "2025-08-11"), "geneva-truce")
                    .withDays(90);
            NegotiationState state = at(List.of(TALKS.opened(), truce, extended), AsOf.now());
            assertThat(state.agreement("geneva-truce").orElseThrow().expires())
                    .isEqualTo(PartialDate.parse("2025-11-10T00:01[America/New_York]"));
        }
    }
}
