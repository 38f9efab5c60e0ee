package dev.parley.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.state.PositionStatus;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
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

    @Test
    @DisplayName("records every given and when development through the real rules: the same checks as a store")
    void sameRulesAsStore() {
        RoundHeld withUnknownRef = new RoundHeld(Envelope.of("r3", "talks", "2025-06-20")
                .withRef(dev.parley.timeline.RefKind.RELATES_TO, "nope"), 3, null, null, List.of(), null);
        ParleyFixture.forNegotiation("talks").given(OPENED).when(withUnknownRef).then()
                .rejectedWith(Rule.UNKNOWN_REFERENCE, "refers to 'nope'");
    }
}
