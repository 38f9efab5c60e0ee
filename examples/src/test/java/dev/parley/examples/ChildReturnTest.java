package dev.parley.examples;

import dev.parley.test.Negotiation;
import dev.parley.test.ParleyExtension;
import dev.parley.test.ParleyFixture;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.Rule;
import dev.parley.timeline.state.PositionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.time.LocalDate;

// snippet:testing
import static dev.parley.test.ParleyAssertions.assertThat;

/** The README's "Testing your own rules" example, run as a test. */
@DisplayName("README: testing your own rules")
@ExtendWith(ParleyExtension.class)
class ChildReturnTest {
    static final NegotiationOpened opened = NegotiationOpened.titled(
            Envelope.of("opened", "talks", "2025-05-16"), "Russia-Ukraine direct talks");
    static final OfferMade offerToReturnChildren = OfferMade.by(
                    Envelope.of("ru-offer-children", "talks", "2025-06-02"), "Russia")
            .to("Ukraine")
            .terms("Return 10 children")
            .withQuantity(Quantity.exactly(10))
            .withDeadline(Deadline.by("2025-07-10"));
    static final ProposalAccepted acceptedByUkraine = ProposalAccepted.of(
            Envelope.of("ua-accepts", "talks", "2025-06-03"), "ru-offer-children").by("Ukraine");

    @Test
    void acceptingTheOfferCloses(@Negotiation("talks") ParleyFixture.Given talks) {
        talks.given(opened, offerToReturnChildren)          // recorded through the real rules and fold
             .when(acceptedByUkraine)                       // and through the JSON codec every store uses
             .then()
             .recorded()
             .state(state -> assertThat(state).hasOffer("ru-offer-children").withStatus(PositionStatus.ACCEPTED));
    }

    @Test
    void cannotAcceptWhatWasNeverOffered(@Negotiation("talks") ParleyFixture.Given talks) {
        talks.given(opened).when(acceptedByUkraine).then()
             .rejectedWith(Rule.UNKNOWN_POSITION, "ru-offer-children");
    }

    @Test
    void overdueAfterTheDeadline(@Negotiation("ru-ua-direct-talks-2025") ParleyFixture.Given talks) {
        talks.givenFile(Path.of("data/istanbul-2025-06-02.json"))
             .whenAsOf(AsOf.occurredBy(LocalDate.of(2025, 7, 11)))
             .then()
             .state(state -> assertThat(state).hasOffer("ru-offer-children").withDeadline("2025-07-10")
                     .withStatus(PositionStatus.OVERDUE));
    }
}
// end-snippet:testing
