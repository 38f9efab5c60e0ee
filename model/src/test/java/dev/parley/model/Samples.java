package dev.parley.model;

import dev.parley.timeline.Agent;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.ClaimConfirmed;
import dev.parley.timeline.ClaimDenied;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.DemandMade;
import dev.parley.timeline.Development;
import dev.parley.timeline.DocumentDelivered;
import dev.parley.timeline.DocumentKind;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.FigureReported;
import dev.parley.timeline.FulfilmentDeclared;
import dev.parley.timeline.FulfilmentReported;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.PartyJoined;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.ProposalMade;
import dev.parley.timeline.ProposalRejected;
import dev.parley.timeline.Provision;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.RoundScheduled;
import dev.parley.timeline.Share;
import dev.parley.timeline.StatementMade;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fully populated example of every development type, in an order that records cleanly. The golden JSON
 * files under {@code src/test/resources/golden} are these samples serialised; they are the storage contract.
 */
public final class Samples {
    public static final String NEGOTIATION = "sample-talks";

    private Samples() {
    }

    public static Envelope env(String id, String occurred) {
        return Envelope.of(id, NEGOTIATION, occurred);
    }

    public static Map<Class<? extends Development>, Development> all() {
        Attribution chain = new Attribution("UNN", "https://unn.ua/en/news/example", LocalDate.of(2025, 6, 2),
                List.of(Agent.outlet("Axios"),
                        Agent.named("Rustem Umerov", "Defence Minister of Ukraine", "Ukraine")));
        Attribution anonymous = new Attribution("Axios", null, LocalDate.of(2025, 6, 2),
                List.of(Agent.anonymous("Ukrainian officials", "Ukraine", 2)));
        Map<Class<? extends Development>, Development> samples = new LinkedHashMap<>();
        add(samples, new NegotiationOpened(new Envelope("opened", NEGOTIATION,
                new PartialDate("2025", null, false, null, LocalDate.of(2025, 6, 1)), PartialDate.parse("2025-06-02"),
                List.of(chain), List.of()), "Sample talks", "A negotiation used to pin the JSON contract"));
        add(samples, new PartyJoined(env("party-ukraine", "2025-05-16"), "Ukraine", PartyRole.PARTY));
        add(samples, new RoundScheduled(env("round-2-scheduled", "2025-05-28").withSource(chain), 2, "Istanbul",
                PartialDate.parse("2025-06-02")));
        add(samples, new RoundHeld(env("round-2", "2025-06-02T13:00+03:00").withSource(chain), 2, "Istanbul",
                "Hakan Fidan", List.of("Russia", "Ukraine"), "no clear breakthrough"));
        add(samples, new DocumentDelivered(env("memorandum", "2025-06-02").withRef(RefKind.RELATES_TO, "round-2"),
                DocumentKind.MEMORANDUM, "Peace memorandum", "Russia", "Ukraine",
                List.of("withdrawal from four regions")));
        add(samples, new DemandMade(env("demand", "2025-06-02").withRef(RefKind.CONTAINED_IN, "memorandum"),
                "Russia", List.of("Ukraine"), "withdrawal of troops", List.of("Donetsk", "Luhansk"), null, null,
                null));
        add(samples, new ProposalMade(env("proposal", "2025-06-02"), "Ukraine", List.of("Russia"),
                "a meeting of leaders", List.of(), null, null,
                new Deadline(PartialDate.parse("2025-06"), true, "by the end of June")));
        add(samples, new OfferMade(env("offer", "2025-06-02").reportedOn("2025-06-03").withSource(anonymous),
                "Russia", List.of("Ukraine"), "return children", List.of(), Quantity.exactly(10), "taken from Ukraine",
                Deadline.by("2025-07-10")));
        add(samples, new ProposalAccepted(env("accepted", "2025-06-03"), "offer", "Ukraine", "welcomed"));
        add(samples, new ProposalRejected(env("rejected", "2025-06-03"), "demand", "Ukraine", "unacceptable"));
        add(samples, new PositionWithdrawn(env("withdrawn", "2025-06-10"), "proposal", "Ukraine", null));
        add(samples, new AgreementReached(env("agreement", "2025-06-02"), "prisoner exchange",
                List.of("Russia", "Ukraine"), List.of(new Provision("pows", "exchange of prisoners of war",
                "all for all", List.of(new Share("Russia", Quantity.all()), new Share("Ukraine", Quantity.all())),
                List.of("under 25", "seriously wounded"), "in stages"))));
        add(samples, new ImplementationStepCompleted(env("stage-1", "2025-06-09"), "agreement", "pows",
                List.of(new Share("Russia", Quantity.atLeast(300)), new Share("Ukraine", Quantity.undisclosed())),
                "first stage"));
        add(samples, new ClaimMade(env("claim", "2025"), "Ukraine", "children were abducted"));
        add(samples, new ClaimDenied(env("denied", "2025-06-02").withSource(anonymous), "claim",
                Agent.named("Vladimir Medinsky", "Head of the Russian delegation", "Russia"), "There is no kidnapping."));
        add(samples, new ClaimConfirmed(env("confirmed", "2025-06-05"), "claim",
                Agent.named("Observer Mission", null, null), null));
        add(samples, new StatementMade(env("statement", "2025-06-02").withSource(chain),
                Agent.named("Rustem Umerov", "Defence Minister of Ukraine", "Ukraine"), "usual",
                "the Russian position remains usual"));
        add(samples, new FulfilmentReported(env("children-returned", "2025-07-08").withSource(anonymous)
                .withRef(RefKind.FULFILS, "offer"), "Russia", Quantity.exactly(6), false, "six children returned"));
        add(samples, new FulfilmentDeclared(env("declared", "2025-06-20"), "agreement", "pows", "Ukraine"));
        add(samples, new FigureReported(env("figure", "2025-06-02").withSource(chain),
                "children on Ukraine's list", Quantity.about(400), "Ukraine", "almost 400"));
        add(samples, new ReportCorrected(env("correction", "2025-06-04").withSource(chain), "round-2",
                new RoundHeld(env("round-2", "2025-06-02T14:00+03:00").withSource(chain), 2, "Istanbul",
                        "Hakan Fidan", List.of("Russia", "Ukraine"), "no clear breakthrough"), "wrong hour"));
        add(samples, new ReportRetracted(env("retraction", "2025-06-05"), "confirmed", "source withdrew it"));
        return samples;
    }

    private static void add(Map<Class<? extends Development>, Development> samples, Development development) {
        samples.put(development.getClass(), development);
    }
}
