package dev.parley.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parley.Parley;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.PositionStatus;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static dev.parley.test.ParleyAssertions.assertThat;
import static dev.parley.test.Talks.ACCEPTED;
import static dev.parley.test.Talks.OFFER;
import static dev.parley.test.Talks.OPENED;
import static dev.parley.test.Talks.ROUND_2;

@DisplayName("ParleyFixture")
class ParleyFixtureTest {

    static String failure(ThrowingCallable check) {
        AssertionError error = org.assertj.core.api.Assertions.catchThrowableOfType(AssertionError.class, check);
        org.assertj.core.api.Assertions.assertThat(error).as("expected the check to fail").isNotNull();
        return error.getMessage();
    }

    @Nested
    @DisplayName("passes when")
    class Passing {
        @Test
        @DisplayName("a new development is recorded and the state shows it")
        void recorded() {
            ParleyFixture.forNegotiation("talks")
                    .given(OPENED, OFFER)
                    .when(ACCEPTED)
                    .then()
                    .recorded()
                    .state(s -> assertThat(s).hasOffer("offer").withStatus(PositionStatus.ACCEPTED))
                    .developments(list -> assertThat(list).hasSize(3));
        }

        @Test
        @DisplayName("the same development again is already recorded")
        void alreadyRecorded() {
            ParleyFixture.forNegotiation("talks").given(OPENED, ROUND_2).when(ROUND_2).then().alreadyRecorded();
        }

        @Test
        @DisplayName("a development breaks a rule")
        void rejected() {
            ParleyFixture.forNegotiation("talks").givenNothing().when(ACCEPTED).then()
                    .rejectedWith(Rule.NEGOTIATION_NOT_OPENED, "has not been opened")
                    .developments(list -> assertThat(list).isEmpty());
        }

        @Test
        @DisplayName("the state is replayed at a date, on either axis")
        void asOf() {
            ParleyFixture.forNegotiation(Talks.SEED_ID)
                    .givenFile(Talks.SEED)
                    .whenAsOf(AsOf.occurredBy(LocalDate.of(2025, 7, 11)))
                    .then()
                    .state(s -> assertThat(s).hasOffer("ru-offer-children").withStatus(PositionStatus.OVERDUE))
                    .stateAsOf(AsOf.occurredBy(LocalDate.of(2025, 6, 3)),
                            s -> assertThat(s).hasOffer("ru-offer-children").withStatus(PositionStatus.OPEN));
        }

        @Test
        @DisplayName("today decides deadlines in the current state")
        void today() {
            ParleyFixture.forNegotiation("talks").today(LocalDate.of(2025, 8, 1))
                    .given(OPENED).when(OFFER).then()
                    .state(s -> assertThat(s).hasOffer("offer").withStatus(PositionStatus.OVERDUE));
        }
    }

    @Nested
    @DisplayName("fails, saying why, when")
    class Failing {
        @Test
        @DisplayName("a development expected to be recorded is rejected")
        void expectedRecorded() {
            org.assertj.core.api.Assertions.assertThat(failure(() -> ParleyFixture.forNegotiation("talks")
                    .given(OPENED).when(ACCEPTED).then().recorded())).isEqualTo(String.format(
                    "%nExpecting development <accepted> to be recorded%nbut it was rejected:%n"
                            + "  <UNKNOWN_POSITION: development 'accepted': position 'offer' is not recorded>"));
        }

        @Test
        @DisplayName("a development expected to be rejected is recorded")
        void expectedRejection() {
            org.assertj.core.api.Assertions.assertThat(failure(() -> ParleyFixture.forNegotiation("talks")
                    .given(OPENED).when(ROUND_2).then().rejectedWith(Rule.UNKNOWN_REFERENCE, "x")))
                    .isEqualTo(String.format("%nExpecting development <round-2> to be rejected with:%n"
                            + "  <UNKNOWN_REFERENCE>%nbut it was recorded"));
        }

        @Test
        @DisplayName("the rejection names another rule")
        void otherRule() {
            org.assertj.core.api.Assertions.assertThat(failure(() -> ParleyFixture.forNegotiation("talks")
                    .givenNothing().when(ROUND_2).then().rejectedWith(Rule.UNKNOWN_POSITION, "position")))
                    .isEqualTo(String.format("%nExpecting development <round-2> to be rejected with:%n"
                            + "  <UNKNOWN_POSITION> containing <position>%nbut it was rejected with:%n"
                            + "  <NEGOTIATION_NOT_OPENED: development 'round-2': negotiation 'talks' has not been "
                            + "opened; record a negotiation-opened development first>"));
        }

        @Test
        @DisplayName("a given development is rejected")
        void givenRejected() {
            org.assertj.core.api.Assertions.assertThat(failure(() -> ParleyFixture.forNegotiation("talks")
                    .given(ROUND_2))).isEqualTo(String.format("%nExpecting given development <round-2> to be "
                    + "recorded%nbut it was rejected:%n  <NEGOTIATION_NOT_OPENED: development 'round-2': negotiation "
                    + "'talks' has not been opened; record a negotiation-opened development first>"));
        }

        @Test
        @DisplayName("a development belongs to another negotiation")
        void otherNegotiation() {
            org.assertj.core.api.Assertions.assertThat(failure(() -> ParleyFixture.forNegotiation("other")
                    .given(OPENED))).isEqualTo(String.format("%nExpecting development <opened> to belong to "
                    + "negotiation <other>%nbut it belongs to <talks>"));
        }

        @Test
        @DisplayName("a development does not survive storage, naming the development and the field")
        void roundTrip() {
            DevelopmentCodec losesVenue = new DevelopmentCodec() {
                @Override
                public String write(Development development) throws JsonProcessingException {
                    return DevelopmentCodec.JSON.write(development).replace("\"Istanbul\"", "\"Geneva\"");
                }

                @Override
                public Development read(String json) throws JsonProcessingException {
                    return DevelopmentCodec.JSON.read(json);
                }
            };
            org.assertj.core.api.Assertions.assertThat(failure(() -> ParleyFixture.forNegotiation("talks")
                    .withCodec(losesVenue).given(OPENED).when(ROUND_2))).isEqualTo(String.format(
                    "%nExpecting development <round-2> to survive storage as JSON%nbut field </venue> came back as:"
                            + "%n  <\"Geneva\">%ninstead of:%n  <\"Istanbul\">"));
        }

        @Test
        @DisplayName("a state is asked for before the negotiation was opened")
        void noState() {
            org.assertj.core.api.Assertions.assertThat(failure(() -> ParleyFixture.forNegotiation("talks")
                    .given(OPENED).whenAsOf(AsOf.occurredBy(LocalDate.of(2025, 1, 1))).then().state(s -> { })))
                    .isEqualTo(String.format("%nExpecting negotiation <talks> to have a state as of "
                            + "<occurred by 2025-01-01>%nbut it was not opened by then"));
        }
    }

    @Nested
    @DisplayName("cuts on the audit axis (AsOf.recordedBy) in memory as a store does")
    class Audit {
        private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");

        /** A clock one minute further on each time it is read: OPENED at 00:00, OFFER at 00:01, ACCEPTED at 00:02. */
        private final Clock ticking = new Clock() {
            private Instant next = FIRST;

            @Override
            public Instant instant() {
                Instant now = next;
                next = next.plus(Duration.ofMinutes(1));
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }
        };

        @Test
        @DisplayName("sees only what the fixture's clock had recorded by the instant")
        void byTheFixturesClock() {
            ParleyFixture.forNegotiation("talks").clock(ticking)
                    .given(OPENED, OFFER, ACCEPTED)
                    .whenAsOf(AsOf.recordedBy(FIRST.plusSeconds(90)))
                    .then()
                    .state(s -> org.assertj.core.api.Assertions.assertThat(s.developmentCount()).isEqualTo(2))
                    .stateAsOf(AsOf.recordedBy(FIRST.plusSeconds(120)), s -> assertThat(s).hasOffer("offer")
                            .withStatus(PositionStatus.ACCEPTED));
        }

        @Test
        @DisplayName("is not opened before the first development was recorded")
        void beforeTheFirst() {
            org.assertj.core.api.Assertions.assertThat(failure(() -> ParleyFixture.forNegotiation("talks")
                    .clock(ticking).given(OPENED).whenAsOf(AsOf.recordedBy(FIRST.minusSeconds(1))).then()
                    .state(s -> { }))).contains("but it was not opened by then");
        }

        @Test
        @DisplayName("gives the same state as the store-backed fixture at the same instant")
        void sameAsStore() throws InterruptedException {
            try (Parley parley = Parley.inMemory()) {
                ParleyFixture.Given inMemory = ParleyFixture.forNegotiation("talks");
                ParleyFixture.Given onStore = ParleyFixture.on(parley, "talks");
                ParleyFixture.When memoryWhen = inMemory.given(OPENED, OFFER);
                ParleyFixture.When storeWhen = onStore.given(OPENED, OFFER);
                Thread.sleep(5);
                Instant between = Instant.now();
                Thread.sleep(5);
                memoryWhen.andGiven(List.of(ACCEPTED));
                storeWhen.andGiven(List.of(ACCEPTED));
                AsOf cut = AsOf.recordedBy(between);
                NegotiationState[] states = new NegotiationState[2];
                memoryWhen.whenAsOf(cut).then().state(s -> states[0] = s);
                storeWhen.whenAsOf(cut).then().state(s -> states[1] = s);
                org.assertj.core.api.Assertions.assertThat(states[0]).isEqualTo(states[1]);
                org.assertj.core.api.Assertions.assertThat(states[0].developmentCount()).isEqualTo(2);
            }
        }

        @Test
        @DisplayName("takes no clock on a store-backed fixture: the store stamps with its own")
        void noClockOnAStore() {
            try (Parley parley = Parley.inMemory()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParleyFixture.on(parley, "talks")
                        .clock(Clock.systemUTC())).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("its own clock");
            }
        }
    }

    @Test
    @DisplayName("records every given and when development through the real rules: the same checks as a store")
    void sameRulesAsStore() {
        RoundHeld withUnknownRef = new RoundHeld(Envelope.of("r3", "talks", "2025-06-20")
                .withRef(dev.parley.timeline.RefKind.RELATES_TO, "nope"), 3, null, null, List.of(), null);
        ParleyFixture.forNegotiation("talks").given(OPENED).when(withUnknownRef).then()
                .rejectedWith(Rule.UNKNOWN_REFERENCE, "refers to 'nope'");
    }
}
