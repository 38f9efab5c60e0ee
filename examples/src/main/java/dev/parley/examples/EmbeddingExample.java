package dev.parley.examples;

// snippet:embedding
import dev.parley.Parley;
import dev.parley.timeline.*;
import dev.parley.timeline.state.*;

import java.time.LocalDate;
import java.util.List;

// end-snippet:embedding

/**
 * Parley embedded in a plain {@code main}: no framework, one builder, one facade. The README's "Embedding" section
 * is this file, checked by {@code ReadmeTest}, and so is what it prints.
 *
 * <pre>{@code
 * java -cp cli/target/parley-cli.jar:examples/target/classes dev.parley.examples.EmbeddingExample
 * }</pre>
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /**
     * Records a small negotiation in memory and prints what Parley answers.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        // snippet:embedding
        String talks = "ru-ua-direct-talks-2025";
        try (Parley parley = Parley.inMemory()) {                    // or Parley.h2(path), Parley.jdbc(dataSource)
            parley.recordAll(List.of(
                    NegotiationOpened.titled(Envelope.of("opened", talks, "2025-05-16"), "Russia-Ukraine direct talks"),
                    PartyJoined.of(Envelope.of("party-russia", talks, "2025-05-16"), "Russia").as(PartyRole.PARTY),
                    PartyJoined.of(Envelope.of("party-ukraine", talks, "2025-05-16"), "Ukraine").as(PartyRole.PARTY)));

            Attribution axios = Attribution.of("UNN").withPublished(LocalDate.of(2025, 6, 2))
                    .withVia(Agent.outlet("Axios"), Agent.anonymous("Ukrainian officials", "Ukraine", 2));
            Envelope offered = Envelope.of("ru-offer-children", talks, "2025-06-02").withSource(axios);
            OfferMade offer = OfferMade.by(offered, "Russia").to("Ukraine")
                    .terms("Return 10 children taken from Ukraine")
                    .withQuantity(Quantity.exactly(10))
                    .withDeadline(Deadline.by("2025-07-10"));
            System.out.println("first time:  " + parley.record(offer));
            System.out.println("second time: " + parley.record(offer));       // idempotent by id and content

            try {
                parley.record(ProposalAccepted.of(Envelope.of("accept", talks, "2025-06-03"), "no-such-offer")
                        .by("Ukraine"));
            } catch (RuleViolationException e) {
                System.out.println("rejected:    " + e.rule() + " for " + e.developmentId());
            }

            NegotiationState now = parley.state(talks).orElseThrow();
            NegotiationState june3 = parley.state(talks, AsOf.occurredBy(LocalDate.of(2025, 6, 3))).orElseThrow();
            System.out.println("parties:     " + now.participantsIn(PartyRole.PARTY));
            System.out.println("on 3 June:   " + june3.position("ru-offer-children").map(Position::status).orElseThrow());
            System.out.println("today:       " + now.position("ru-offer-children").map(Position::status).orElseThrow());
            System.out.println("recorded:    " + parley.developments(talks).size() + " developments");
        }
        // end-snippet:embedding
    }
}
