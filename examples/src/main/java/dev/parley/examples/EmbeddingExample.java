package dev.parley.examples;

import dev.parley.Parley;
import dev.parley.timeline.Agent;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PartyJoined;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.state.NegotiationState;

import java.time.LocalDate;
import java.util.List;

/**
 * Parley embedded in a plain {@code main}: no framework, one builder, one facade.
 * Run with {@code mvn -q -pl examples exec:java}-style tooling or from your IDE.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /**
     * @param args unused
     */
    public static void main(String[] args) {
        String talks = "ru-ua-direct-talks-2025";
        Attribution axios = new Attribution("UNN", null, LocalDate.of(2025, 6, 2),
                List.of(Agent.outlet("Axios"), Agent.anonymous("Ukrainian officials", "Ukraine", 2)));

        try (Parley parley = Parley.inMemory()) {
            parley.recordAll(List.of(
                    new NegotiationOpened(Envelope.of("opened", talks, "2025-05-16"), "Russia-Ukraine direct talks", null),
                    new PartyJoined(Envelope.of("party-russia", talks, "2025-05-16"), "Russia", PartyRole.PARTY),
                    new PartyJoined(Envelope.of("party-ukraine", talks, "2025-05-16"), "Ukraine", PartyRole.PARTY)));

            OfferMade offer = new OfferMade(Envelope.of("ru-offer-children", talks, "2025-06-02").withSource(axios),
                    "Russia", List.of("Ukraine"), "Return 10 children taken from Ukraine", List.of(),
                    Quantity.exactly(10), null, Deadline.by("2025-07-10"));
            System.out.println("first time:  " + parley.record(offer));
            System.out.println("second time: " + parley.record(offer));   // ALREADY_RECORDED: idempotent by id

            try {
                parley.record(new ProposalAccepted(Envelope.of("accept", talks, "2025-06-03"), "no-such-offer",
                        "Ukraine", null));
            } catch (RuleViolationException e) {
                System.out.println("rejected:    " + e.rule() + " for " + e.developmentId());
                assert e.rule() == Rule.UNKNOWN_POSITION;
            }

            NegotiationState state = parley.state(talks).orElseThrow();
            System.out.println("parties:     " + state.participantsIn(PartyRole.PARTY));
            state.position("ru-offer-children").ifPresent(p ->
                    System.out.println("offer:       " + p.status() + ", " + p.deadline()));
            System.out.println("recorded:    " + (parley.developments(talks).size() == 4
                    ? "4 developments" : "unexpected: " + parley.developments(talks).size()));
            if (parley.record(offer) != RecordResult.ALREADY_RECORDED) {
                throw new IllegalStateException("idempotency broken");
            }
        }
    }
}
