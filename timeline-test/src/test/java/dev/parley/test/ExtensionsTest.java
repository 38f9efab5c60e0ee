package dev.parley.test;

import dev.parley.Parley;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.Rule;
import dev.parley.timeline.state.PositionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static dev.parley.test.ParleyAssertions.assertThat;

@ExtendWith(ParleyExtension.class)
@DisplayName("JUnit 5 extensions")
class ExtensionsTest {

    @Test
    @DisplayName("ParleyExtension injects a fresh fixture for the named negotiation")
    void injected(@Negotiation("talks") ParleyFixture.Given fixture) {
        fixture.given(Talks.OPENED).when(Talks.OFFER).then().recorded();
    }

    @Test
    @DisplayName("each injected fixture starts empty")
    void fresh(@Negotiation("talks") ParleyFixture.Given fixture) {
        fixture.givenNothing().when(Talks.ROUND_2).then().rejectedWith(Rule.NEGOTIATION_NOT_OPENED, "talks");
    }

    @Test
    @DisplayName("without @Negotiation the fixture is for the default negotiation")
    void defaultNegotiation(ParleyFixture.Given fixture) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.given(Talks.OPENED))
                .hasMessageContaining("to belong to negotiation <negotiation>");
    }

    @ParleyStoresTest(today = "2025-06-03")
    @DisplayName("@ParleyStoresTest runs the same test on every store")
    void everyStore(@Negotiation(Talks.SEED_ID) ParleyFixture.Given fixture, Parley parley) {
        fixture.givenFile(Talks.SEED)
                .when(dev.parley.model.TimelineFiles.read(Talks.SEED).developments().get(0))
                .then()
                .alreadyRecorded()
                .state(s -> assertThat(s).hasRound(2).heldAt("Istanbul"))
                .state(s -> assertThat(s).hasOffer("ru-offer-children").withStatus(PositionStatus.OPEN))
                .stateAsOf(AsOf.occurredBy(java.time.LocalDate.of(2025, 7, 11)),
                        s -> assertThat(s).hasOffer("ru-offer-children").withStatus(PositionStatus.OVERDUE));
        org.assertj.core.api.Assertions.assertThat(parley.negotiations()).containsExactly(Talks.SEED_ID);
        org.assertj.core.api.Assertions.assertThat(parley.record(Talks.OPENED)).isEqualTo(RecordResult.RECORDED);
    }
}
