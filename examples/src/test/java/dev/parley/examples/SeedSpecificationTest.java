package dev.parley.examples;

import dev.parley.test.Negotiation;
import dev.parley.test.ParleyExtension;
import dev.parley.test.ParleyFixture;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.DocumentKind;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.state.PositionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.time.LocalDate;

import static dev.parley.test.ParleyAssertions.assertThat;

/** The seed report, written the way a Parley user writes a specification. */
@ExtendWith(ParleyExtension.class)
@DisplayName("Istanbul, 2 June 2025: what the report says")
class SeedSpecificationTest {
    static final Path SEED = Path.of("data/istanbul-2025-06-02.json");
    static final AsOf DAY_AFTER = AsOf.occurredBy(LocalDate.of(2025, 6, 3));

    @Test
    @DisplayName("the second round, the memorandum, the exchange, the offer, the ceasefire and the denial")
    void theReport(@Negotiation("ru-ua-direct-talks-2025") ParleyFixture.Given talks) {
        talks.givenFile(SEED)
                .whenAsOf(DAY_AFTER)
                .then()
                .state(state -> {
                    assertThat(state).hasParticipant("Turkey", PartyRole.HOST)
                            .hasRound(2).heldAt("Istanbul").heldOn("2025-06-02")
                            .withOutcomeContaining("without a clear breakthrough");
                    assertThat(state).hasDocument(DocumentKind.MEMORANDUM).from("Russia").to("Ukraine")
                            .containing("Zaporizhzhia, Donetsk, Luhansk and Kherson");
                    assertThat(state).hasOpenDemand().by("Russia").containing("Donetsk");
                    assertThat(state).hasAgreement("pow-exchange-agreed").between("Russia", "Ukraine")
                            .withProvision("pow-exchange")
                            .withCriteria("under the age of 25", "in serious physical condition");
                    assertThat(state).hasOffer("ru-offer-children").by("Russia").withQuantity(10)
                            .withDeadline("2025-07-10").withStatus(PositionStatus.OPEN);
                    assertThat(state).hasSource("ru-offer-children", "Axios");
                    assertThat(state).hasRejectedDemand().by("United States").containing("ceasefire");
                    assertThat(state).hasDisputedClaim("ua-claim-abductions").deniedBy("Vladimir Medinsky");
                    assertThat(state).hasStatementBy("Rustem Umerov");
                });
    }

    @Test
    @DisplayName("the offer to return 10 children is overdue once 10 July has passed")
    void offerOverdue(@Negotiation("ru-ua-direct-talks-2025") ParleyFixture.Given talks) {
        talks.givenFile(SEED)
                .whenAsOf(AsOf.occurredBy(LocalDate.of(2025, 7, 11)))
                .then()
                .state(state -> assertThat(state).hasOffer("ru-offer-children").withStatus(PositionStatus.OVERDUE))
                .stateAsOf(AsOf.occurredBy(LocalDate.of(2025, 6, 1)),
                        state -> assertThat(state.position("ru-offer-children")).isEmpty());
    }
}
