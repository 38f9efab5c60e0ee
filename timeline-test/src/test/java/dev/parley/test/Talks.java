package dev.parley.test;

import dev.parley.timeline.Agent;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.ClaimDenied;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.DemandMade;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.Provision;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.Share;

import java.nio.file.Path;
import java.time.LocalDate;

/** Developments of a small negotiation "talks", for the tests of the test support. */
final class Talks {
    static final String ID = "talks";
    static final Path SEED = Path.of("../examples/data/istanbul-2025-06-02.json");
    static final String SEED_ID = "ru-ua-direct-talks-2025";

    static final Attribution AXIOS = Attribution.of("UNN").withPublished(LocalDate.of(2025, 6, 2))
            .withVia(Agent.outlet("Axios"), Agent.anonymous("Ukrainian officials", "Ukraine", 2));

    static final NegotiationOpened OPENED = NegotiationOpened.titled(Envelope.of("opened", ID, "2025-05-16"), "Talks");
    static final RoundHeld ROUND_2 = RoundHeld.round(Envelope.of("round-2", ID, "2025-06-02"), 2).withVenue("Istanbul")
            .withOutcome("no clear breakthrough");
    static final OfferMade OFFER = OfferMade.by(Envelope.of("offer", ID, "2025-06-02").withSource(AXIOS), "Russia")
            .to("Ukraine").terms("return 10 children")
            .withQuantity(Quantity.exactly(10)).withDeadline(Deadline.by("2025-07-10"));
    static final ProposalAccepted ACCEPTED = ProposalAccepted.of(Envelope.of("accepted", ID, "2025-06-03"), "offer")
            .by("Ukraine");
    static final DemandMade DEMAND = DemandMade.by(Envelope.of("demand", ID, "2025-06-02"), "Russia").to("Ukraine")
            .terms("withdrawal of troops").withItems("Donetsk", "Luhansk");
    static final AgreementReached DEAL = AgreementReached.titled(Envelope.of("deal", ID, "2025-06-02"), "exchange")
            .provisions(Provision.of("pows", "prisoners").withFormula("all for all")
                    .withQuantities(new Share("Russia", Quantity.all())).withCriteria("under 25"))
            .withParties("Russia", "Ukraine");
    static final ClaimMade CLAIM = ClaimMade.by(Envelope.of("claim", ID, "2025-06-01"), "Ukraine").that("abductions");
    static final ClaimDenied DENIAL = ClaimDenied.of(Envelope.of("denial", ID, "2025-06-02"), "claim")
            .by(Agent.named("Vladimir Medinsky", null, "Russia")).withQuote("There is no kidnapping.");

    private Talks() {
    }
}
