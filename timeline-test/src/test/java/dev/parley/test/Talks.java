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
import java.util.List;

/** Developments of a small negotiation "talks", for the tests of the test support. */
final class Talks {
    static final String ID = "talks";
    static final Path SEED = Path.of("../examples/data/istanbul-2025-06-02.json");
    static final String SEED_ID = "ru-ua-direct-talks-2025";

    static final Attribution AXIOS = new Attribution("UNN", null, LocalDate.of(2025, 6, 2),
            List.of(Agent.outlet("Axios"), Agent.anonymous("Ukrainian officials", "Ukraine", 2)));

    static final NegotiationOpened OPENED = new NegotiationOpened(Envelope.of("opened", ID, "2025-05-16"), "Talks", null);
    static final RoundHeld ROUND_2 = new RoundHeld(Envelope.of("round-2", ID, "2025-06-02"), 2, "Istanbul", null,
            List.of(), "no clear breakthrough");
    static final OfferMade OFFER = new OfferMade(Envelope.of("offer", ID, "2025-06-02").withSource(AXIOS), "Russia",
            List.of("Ukraine"), "return 10 children", List.of(), Quantity.exactly(10), null, Deadline.by("2025-07-10"));
    static final ProposalAccepted ACCEPTED = new ProposalAccepted(Envelope.of("accepted", ID, "2025-06-03"), "offer",
            "Ukraine", null);
    static final DemandMade DEMAND = new DemandMade(Envelope.of("demand", ID, "2025-06-02"), "Russia",
            List.of("Ukraine"), "withdrawal of troops", List.of("Donetsk", "Luhansk"), null, null, null);
    static final AgreementReached DEAL = new AgreementReached(Envelope.of("deal", ID, "2025-06-02"), "exchange",
            List.of("Russia", "Ukraine"), List.of(new Provision("pows", "prisoners", "all for all",
            List.of(new Share("Russia", Quantity.all())), List.of("under 25"), null)));
    static final ClaimMade CLAIM = new ClaimMade(Envelope.of("claim", ID, "2025-06-01"), "Ukraine", "abductions");
    static final ClaimDenied DENIAL = new ClaimDenied(Envelope.of("denial", ID, "2025-06-02"), "claim",
            Agent.named("Vladimir Medinsky", null, "Russia"), "There is no kidnapping.");

    private Talks() {
    }
}
