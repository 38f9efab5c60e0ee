package dev.parley.model;

import dev.parley.timeline.AgreementRatified;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.Development;
import dev.parley.timeline.FigureReported;
import dev.parley.timeline.FulfilmentReported;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.Provision;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.Share;
import dev.parley.timeline.VersionReported;
import dev.parley.timeline.Vote;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.ProvisionStatus;
import dev.parley.timeline.state.Version;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Numbers as reports give them (issue 20, classes 7 and 5): exact decimals with units, counts not stated, commitments
 * counted against the other side's deliveries, vote results, and versions of attributes Parley has no field for.
 */
@DisplayName("Numbers with units, votes and versions of attributes (issue 20)")
class NumbersFoldTest {
    final Sample talks = new Sample("talks");

    NegotiationState given(Development... developments) {
        return talks.given(developments);
    }

    AgreementReached purchases() {
        return new AgreementReached(talks.env("deal", "2025-11-01"), "trade truce", List.of("China", "United States"),
                List.of(new Provision("soybeans", "soybean purchases", null, List.of(
                        new Share("China", Quantity.exactly(12).withUnit("million tonnes"))
                                .countingDeliveriesOf("United States")), List.of(), "by the end of 2025", null,
                        List.of("China"))));
    }

    ImplementationStepCompleted shipped(String id, String date, Share... shares) {
        return new ImplementationStepCompleted(talks.env(id, date), "deal", "soybeans", List.of(shares), null);
    }

    Share tonnes(String party, String amount) {
        return new Share(party, Quantity.exactly(amount), "million tonnes", null);
    }

    ProvisionLedger soybeans(NegotiationState state) {
        return state.agreement("deal").orElseThrow().provision("soybeans").orElseThrow();
    }

    @Nested
    @DisplayName("a ledger")
    class Ledger {
        @Test
        @DisplayName("sums exact decimals per side and unit, never adding different units")
        void decimalsPerUnit() {
            NegotiationState state = given(purchases(),
                    shipped("s1", "2025-11-10", tonnes("United States", "0.25"),
                            new Share("United States", Quantity.exactly("1.5").withUnit("billion USD"))),
                    shipped("s2", "2025-11-20", tonnes("United States", "2.1")));
            assertThat(soybeans(state).delivered()).containsExactly(
                    new Delivery("United States", "million tonnes", new BigDecimal("2.35"), false, 0),
                    new Delivery("United States", "billion USD", new BigDecimal("1.5"), false, 0));
        }

        @Test
        @DisplayName("keeps a count that was not stated apart from an undisclosed one, and neither is zero")
        void notStatedApart() {
            NegotiationState state = given(purchases(),
                    shipped("s1", "2025-11-10", new Share("United States", Quantity.notStated(), "million tonnes",
                            null)),
                    shipped("s2", "2025-11-11", new Share("United States", Quantity.undisclosed(), "million tonnes",
                            null)));
            Delivery delivery = soybeans(state).delivered().get(0);
            assertThat(delivery.notStatedSteps()).isEqualTo(1);
            assertThat(delivery.undisclosedSteps()).isEqualTo(1);
            assertThat(delivery.known()).isEqualByComparingTo("0");
            assertThat(delivery.isExact()).isFalse();
        }

        @Test
        @DisplayName("counts a purchase commitment against the other side's deliveries until they reach it")
        void countedAgainstTheOtherSide() {
            NegotiationState halfway = given(purchases(), shipped("s1", "2025-11-10",
                    tonnes("United States", "6.5")));
            assertThat(soybeans(halfway).status()).isEqualTo(ProvisionStatus.IN_PROGRESS);
            NegotiationState reached = given(purchases(), shipped("s1", "2025-11-10",
                    tonnes("United States", "6.5")), shipped("s2", "2025-12-01", tonnes("United States", "5.5")));
            assertThat(soybeans(reached).status()).isEqualTo(ProvisionStatus.FULFILLED);
        }

        @Test
        @DisplayName("does not count the committed side's own deliveries towards a share counted against the other's")
        void ownDeliveriesDoNotCount() {
            NegotiationState state = given(purchases(), shipped("s1", "2025-11-10", tonnes("China", "12")));
            assertThat(soybeans(state).status()).isEqualTo(ProvisionStatus.IN_PROGRESS);
        }
    }

    @Nested
    @DisplayName("a position's quantity with a unit")
    class PositionUnits {
        OfferMade offer() {
            return new OfferMade(talks.env("offer", "2025-05-01"), "China", List.of("United States"),
                    "buy US energy", List.of(), Quantity.exactly("2.5").withUnit("billion USD"), null, null);
        }

        FulfilmentReported delivered(String id, Quantity quantity) {
            return new FulfilmentReported(talks.env(id, "2025-06-01").withRef(RefKind.FULFILS, "offer"), "China",
                    quantity, false, null);
        }

        @Test
        @DisplayName("counts deliveries in its unit, or in none, towards it")
        void sameUnit() {
            NegotiationState state = given(offer(), delivered("d1", Quantity.exactly("1.25").withUnit("billion USD")),
                    delivered("d2", Quantity.exactly("1.25")));
            assertThat(state.position("offer").orElseThrow().deliveredSoFar()).isEqualByComparingTo("2.5");
            assertThat(state.position("offer").orElseThrow().status()).isEqualTo(PositionStatus.FULFILLED);
        }

        @Test
        @DisplayName("never adds a delivery in another unit")
        void otherUnit() {
            NegotiationState state = given(offer(), delivered("d1", Quantity.exactly(3).withUnit("million tonnes")));
            assertThat(state.position("offer").orElseThrow().deliveredSoFar()).isEqualByComparingTo("0");
            assertThat(state.position("offer").orElseThrow().status()).isEqualTo(PositionStatus.PARTLY_FULFILLED);
        }

        @Test
        @DisplayName("is over-fulfilled only by numbers in its unit (rule OVER_FULFILMENT)")
        void overFulfilment() {
            NegotiationDecider decider = NegotiationDecider.initialState("talks");
            decider.record(talks.opened());
            decider.record(offer());
            assertThatThrownBy(() -> decider.record(delivered("d1", Quantity.exactly("2.75")
                    .withUnit("billion USD"))))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.rule()).isEqualTo(Rule.OVER_FULFILMENT);
                        assertThat(e).hasMessageContaining("to 2.75, beyond the 2.5 promised");
                    });
        }
    }

    @Nested
    @DisplayName("figures, votes and versions")
    class Reported {
        @Test
        @DisplayName("figures in per cent compete when their decimals differ, not when only trailing zeros do")
        void figures() {
            NegotiationState state = given(
                    new FigureReported(talks.env("f1", "2023-04-18"), "yes share", Quantity.exactly("97.85")
                            .withUnit("per cent"), "WGA", null),
                    new FigureReported(talks.env("f2", "2023-04-18"), "yes share", Quantity.exactly("97.850")
                            .withUnit("per cent"), "Variety", null));
            assertThat(state.figures().get(0).competing()).isFalse();
            NegotiationState rounded = given(
                    new FigureReported(talks.env("f1", "2023-04-18"), "yes share", Quantity.exactly("97.85")
                            .withUnit("per cent"), "WGA", null),
                    new FigureReported(talks.env("f3", "2023-04-18"), "yes share", Quantity.about("98")
                            .withUnit("per cent"), "LA Times", null));
            assertThat(rounded.figures().get(0).competing()).isTrue();
        }

        @Test
        @DisplayName("a ratification keeps its vote's figures on the agreement")
        void vote() {
            Vote vote = Vote.passed(true).withFor(Quantity.exactly("78.8").withUnit("per cent"))
                    .withTurnout(Quantity.exactly(38).withUnit("per cent"));
            NegotiationState state = given(purchases(), new AgreementRatified(talks.env("vote", "2025-11-05"),
                    "deal", "National People's Congress", null).withVote(vote));
            assertThat(state.agreement("deal").orElseThrow().ratifications().get(0).vote()).isEqualTo(vote);
        }

        @Test
        @DisplayName("versions of an attribute with no field are kept side by side with their units")
        void attributeVersions() {
            NegotiationState state = given(talks.round("r1", 1, "Geneva", "2025-05-10"),
                    VersionReported.ofAttribute(talks.env("v1", "2025-05-11"), "r1", "duration").value("2")
                            .withUnit("days"),
                    VersionReported.ofAttribute(talks.env("v2", "2025-05-12"), "r1", "duration").value("20")
                            .withUnit("hours"));
            assertThat(state.corroborationOf("r1").orElseThrow().versions())
                    .extracting(Version::attribute, Version::value, Version::unit, Version::field)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("duration", "2", "days", null),
                            org.assertj.core.groups.Tuple.tuple("duration", "20", "hours", null));
        }

        @Test
        @DisplayName("a version may name a nested field by its path")
        void nestedPath() {
            NegotiationState state = given(purchases(), shipped("s1", "2025-11-10", tonnes("United States", "1")),
                    new VersionReported(talks.env("v", "2025-11-12"), "s1", "delivered.quantity", "1.2", null));
            assertThat(state.corroborationOf("s1").orElseThrow().versions()).extracting(Version::field)
                    .containsExactly("delivered.quantity");
        }
    }
}
