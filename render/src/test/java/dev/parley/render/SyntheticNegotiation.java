package dev.parley.render;

import dev.parley.model.NegotiationDecider;
import dev.parley.timeline.Agent;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.Attribution;
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
import dev.parley.timeline.Ref;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.RoundScheduled;
import dev.parley.timeline.Share;
import dev.parley.timeline.StatementMade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A long, realistic but invented negotiation for the browser tests when {@code examples/data} holds no file of
 * at least {@value #MINIMUM} developments: two parties, a mediator, a host and an observer over fourteen monthly
 * rounds; positions with firm and vague deadlines answered, withdrawn or left to go overdue; an exchange agreement
 * with steps (one disputed, some counts undisclosed); statements by named and anonymous speakers, some of them no
 * participant; claims and denials; competing figures; month-precision dates, windows and approximate dates;
 * reports days or weeks after the fact; a correction and a retraction. Every development passes Parley's rules.
 */
final class SyntheticNegotiation {
    static final int MINIMUM = 100;
    static final String ID = "corvia-dalmark-2024";
    private static final String CORVIA = "Corvia";
    private static final String DALMARK = "Dalmark";

    private final List<Development> developments = new ArrayList<>();
    private final NegotiationDecider rules = NegotiationDecider.initialState(ID);

    private SyntheticNegotiation() {
    }

    /** @return the developments in recorded order, each checked by Parley's decider */
    static List<Development> developments() {
        SyntheticNegotiation n = new SyntheticNegotiation();
        n.build();
        return List.copyOf(n.developments);
    }

    private void build() {
        LocalDate start = LocalDate.of(2024, 3, 4);
        add(new NegotiationOpened(env("opened", new PartialDate("2024-03", null, false, null, start), start),
                "Corvia–Dalmark ceasefire talks", "Talks mediated by Norland on a ceasefire, prisoners and the "
                + "Lenna river crossings."));
        add(new PartyJoined(env("party-corvia", day(start), start), CORVIA, PartyRole.PARTY));
        add(new PartyJoined(env("party-dalmark", day(start), start), DALMARK, PartyRole.PARTY));
        add(new PartyJoined(env("mediator-norland", day(start), start), "Norland", PartyRole.MEDIATOR));
        add(new PartyJoined(env("host-ostria", day(start), start.plusDays(2)), "Ostria", PartyRole.HOST));
        add(new PartyJoined(env("observer-lmm", day(start.plusDays(20)), start.plusDays(21)), "Lenna Monitoring Mission",
                PartyRole.OBSERVER));
        add(new AgreementReached(env("exchange-agreed", day(start.plusDays(9)), start.plusDays(10)),
                "Prisoner exchange", List.of(CORVIA, DALMARK), List.of(
                new Provision("pows", "exchange of prisoners of war", "all for all",
                        List.of(new Share(CORVIA, Quantity.all()), new Share(DALMARK, Quantity.all())),
                        List.of("seriously wounded first"), "in stages"),
                new Provision("bodies", "return of the fallen", "1000 for 1000",
                        List.of(new Share(CORVIA, Quantity.exactly(1000)), new Share(DALMARK, Quantity.exactly(1000))),
                        List.of(), "within three months"))));
        String[] venues = {"Ostria City", "Ostria City", "Velm", "Ostria City", "Lake Ardo", "Velm", "Ostria City"};
        for (int r = 1; r <= 14; r++) {
            LocalDate held = start.plusDays(14 + (r - 1) * 28L);
            String venue = venues[r % venues.length];
            round(r, held, venue);
        }
        LocalDate late = start.plusDays(14 + 14 * 28L);
        add(new FulfilmentDeclared(env("pows-declared", day(late), late.plusDays(1)), "exchange-agreed", "pows",
                DALMARK));
        add(new StatementMade(env("closing-remarks", new PartialDate("2025-04", null, true, null, null),
                late.plusDays(20)), Agent.named("Ilse Marr", "Foreign Minister of Norland", "Norland"), null,
                "said the talks had reached 'the hard part' and would continue after the summer"));
    }

    private void round(int r, LocalDate held, String venue) {
        String n = "r" + r;
        LocalDate announced = held.minusDays(12);
        add(new RoundScheduled(env(n + "-scheduled", day(announced), announced.plusDays(1)), r, venue, day(held)));
        add(new RoundHeld(env(n + "-held", day(held), held.plusDays(r % 3 == 0 ? 5 : 0)), r, venue,
                "Ilse Marr", List.of(CORVIA + " (head: Anna Veit)", DALMARK + " (head: Piotr Halm)"),
                r % 4 == 0 ? "Talks broke off early" : "Both sides called the round constructive"));
        String corviaSide = r % 2 == 0 ? CORVIA : DALMARK;
        String other = corviaSide.equals(CORVIA) ? DALMARK : CORVIA;
        // a demand with a firm deadline: rejected, or (every third round) left to go overdue
        String demand = n + "-demand";
        add(new DemandMade(env(demand, day(held), held.plusDays(1)).withRef(RefKind.RELATES_TO, n + "-held"),
                corviaSide, List.of(other), r % 2 == 0 ? "withdrawal from the Lenna crossings " + r
                        : "reopening of the northern corridor " + r, List.of(), null, null,
                Deadline.by(held.plusDays(20).toString())));
        if (r % 3 != 0) {
            add(new ProposalRejected(env(n + "-demand-rejected", day(held.plusDays(3)), held.plusDays(4))
                    .withRef(RefKind.RESPONDS_TO, demand), demand, other, "unacceptable while shelling continues"));
        }
        // an offer with a count, fulfilled in part or in full
        String offer = n + "-offer";
        add(new OfferMade(env(offer, day(held), held.plusDays(2)), other, List.of(corviaSide),
                "release of detained fishermen", List.of(), Quantity.exactly(10 + r), "held since 2023",
                Deadline.by(held.plusDays(30).toString())));
        if (r % 2 == 1) {
            add(new ProposalAccepted(env(n + "-offer-accepted", day(held.plusDays(1)), held.plusDays(2))
                    .withRef(RefKind.RESPONDS_TO, offer), offer, corviaSide, "welcomed"));
            add(new FulfilmentReported(env(n + "-fishermen-freed", day(held.plusDays(9)), held.plusDays(10))
                    .withRef(RefKind.FULFILS, offer), other, Quantity.exactly(r % 4 == 1 ? 10 + r : 6), r % 4 == 1,
                    "fishermen handed over at the Velm checkpoint"));
        }
        // a proposal with a vague deadline, sometimes withdrawn
        String proposal = n + "-proposal";
        add(new ProposalMade(env(proposal, new PartialDate(month(held), null, false, held, null), held.plusDays(6)),
                "Norland", List.of(CORVIA, DALMARK), "a 72-hour local truce around the dam", List.of(), null, null,
                new Deadline(day(held.plusDays(7)), true, "in the coming days")));
        if (r % 5 == 0) {
            add(new PositionWithdrawn(env(n + "-proposal-withdrawn", day(held.plusDays(8)), held.plusDays(8)),
                    proposal, "Norland", "overtaken by events"));
        }
        // statements: a named head of delegation, anonymous officials, and a speaker who is no participant
        add(new StatementMade(env(n + "-veit", day(held), held).withSource(source("Corvia Today", held,
                Agent.named("Anna Veit", "head of Corvia's delegation", CORVIA))),
                Agent.named("Anna Veit", "head of Corvia's delegation", CORVIA),
                "We came to Ostria to talk about people, not lines on a map.", null));
        add(new StatementMade(env(n + "-officials", new PartialDate(day(held).value(), null, true, null, null),
                held.plusDays(r % 2 == 0 ? 9 : 2)).withSource(source("Dalmark Herald", held.plusDays(2),
                Agent.anonymous("Dalmark officials", DALMARK, 2))), Agent.anonymous("Dalmark officials", DALMARK, 2),
                null, "say the delegation has no mandate to discuss the crossings"));
        if (r % 3 == 1) {
            add(new StatementMade(env(n + "-mayor", day(held.plusDays(1)), held.plusDays(1)),
                    Agent.named("Tomas Brenn", "mayor of Velm", null), "The crossings must stay open for the harvest.",
                    null));
        }
        // the exchange: a stage per round, some counts undisclosed
        if (r <= 10) {
            add(new ImplementationStepCompleted(env(n + "-stage", day(held.plusDays(5)), held.plusDays(5)),
                    "exchange-agreed", r % 3 == 2 ? "bodies" : "pows", List.of(
                    new Share(CORVIA, r % 4 == 3 ? Quantity.undisclosed() : Quantity.exactly(40 + r * 5)),
                    new Share(DALMARK, Quantity.exactly(40 + r * 5))), "stage " + r + " of the exchange"));
        }
        if (r == 4) {
            add(new ClaimMade(env("r4-stage-claim", day(held.plusDays(7)), held.plusDays(7))
                    .withRef(RefKind.DISPUTES, "r4-stage"), DALMARK, "Corvia's list for stage 4 included civilians"));
            add(new ClaimDenied(env("r4-stage-denied", day(held.plusDays(8)), held.plusDays(8)), "r4-stage-claim",
                    Agent.named("Anna Veit", "head of Corvia's delegation", CORVIA), "Every name on our list was a soldier."));
        }
        // figures: each side counts the prisoners differently
        if (r % 2 == 0) {
            add(new FigureReported(env(n + "-figure-c", day(held), held.plusDays(1)), "prisoners held by Dalmark",
                    Quantity.about(1200 - r * 20), CORVIA, "about " + (1200 - r * 20)));
            add(new FigureReported(env(n + "-figure-d", day(held), held.plusDays(3)), "prisoners held by Dalmark",
                    Quantity.exactly(800 - r * 10), DALMARK, null));
        }
        if (r == 6) {
            add(new DocumentDelivered(env("r6-memorandum", day(held), held.plusDays(14)), DocumentKind.MEMORANDUM,
                    "Principles for a ceasefire", CORVIA, "Norland", List.of("a line of contact frozen for 90 days",
                    "monitors on both banks")));
            add(new ReportCorrected(env("r6-held-corrected", day(held.plusDays(16)), held.plusDays(16)), "r6-held",
                    new RoundHeld(env("r6-held", day(held.plusDays(1)), held.plusDays(1)), 6, venue, "Ilse Marr",
                            List.of(CORVIA + " (head: Anna Veit)", DALMARK + " (head: Piotr Halm)"),
                            "Both sides called the round constructive"), "the round took place a day later"));
        }
        if (r == 9) {
            add(new ReportRetracted(env("r9-officials-retracted", day(held.plusDays(20)), held.plusDays(20)),
                    "r9-officials", "the newspaper withdrew the report"));
        }
    }

    private static Attribution source(String outlet, LocalDate published, Agent via) {
        return new Attribution(outlet, "https://news.example/" + outlet.toLowerCase().replace(' ', '-') + "/"
                + published, published, List.of(via));
    }

    private Envelope env(String id, PartialDate occurred, LocalDate reported) {
        LocalDate report = reported.isBefore(occurred.latest()) ? occurred.latest() : reported;
        return new Envelope(id, ID, occurred, PartialDate.of(report), List.of(new Attribution("Lenna Wire",
                "https://lenna-wire.example/" + id, report, List.of())), List.<Ref>of());
    }

    private static PartialDate day(LocalDate day) {
        return PartialDate.of(day);
    }

    private static String month(LocalDate day) {
        return day.toString().substring(0, 7);
    }

    private void add(Development development) {
        rules.record(development);
        developments.add(development);
    }
}
