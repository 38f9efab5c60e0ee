package dev.parley.model;

import dev.parley.timeline.ActionEnded;
import dev.parley.timeline.ActionStarted;
import dev.parley.timeline.Agent;
import dev.parley.timeline.AgreementExtended;
import dev.parley.timeline.AgreementRatified;
import dev.parley.timeline.AgreementResumed;
import dev.parley.timeline.AgreementSigned;
import dev.parley.timeline.AgreementSuspended;
import dev.parley.timeline.AgreementTerminated;
import dev.parley.timeline.AgreementWithdrawnFrom;
import dev.parley.timeline.Confidence;
import dev.parley.timeline.DelegationAppointed;
import dev.parley.timeline.DocumentPublished;
import dev.parley.timeline.MeetingProposed;
import dev.parley.timeline.NonComplianceAlleged;
import dev.parley.timeline.Ref;
import dev.parley.timeline.RoundCancelled;
import dev.parley.timeline.RoundRescheduled;
import dev.parley.timeline.VersionReported;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.DisputedAspect;
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
        add(samples, new DelegationAppointed(env("delegation-ukraine", "2025-05-30").withSource(chain), "Ukraine",
                Agent.named("Rustem Umerov", "Defence Minister of Ukraine", "Ukraine"),
                List.of(Agent.named("Kyrylo Budanov", "Head of military intelligence", "Ukraine"))));
        add(samples, new MeetingProposed(env("meeting-proposed", "2025-05-27").withSource(chain), List.of("Russia"),
                List.of("Ukraine"), "Istanbul", PartialDate.parse("2025-06-02"),
                List.of("memoranda exchanged beforehand")));
        add(samples, new RoundRescheduled(env("round-2-moved", "2025-05-30"), 2, PartialDate.parse("2025-06-02"),
                "Ciragan Palace, Istanbul", "the venue changed"));
        add(samples, new RoundCancelled(env("round-2-called-off", "2025-05-31"), 2, "Ukraine",
                "no memorandum received"));
        add(samples, new RoundHeld(env("round-2", "2025-06-02T13:00+03:00").withSource(chain), 2, "Istanbul",
                "Hakan Fidan", List.of("Russia", "Ukraine"), "no clear breakthrough"));
        add(samples, new DocumentDelivered(env("memorandum", "2025-06-02").withRef(RefKind.RELATES_TO, "round-2"),
                DocumentKind.MEMORANDUM, "Peace memorandum", "Russia", "Ukraine",
                List.of("withdrawal from four regions")));
        add(samples, new DocumentPublished(env("memorandum-published", "2025-06-03").withSource(chain),
                "memorandum", DocumentKind.MEMORANDUM, "Peace memorandum", "Russia",
                "the memorandum as published by the Russian side"));
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
        add(samples, new AgreementSigned(env("signed-ukraine", "2025-06-02").mediatedBy("Turkey"), "agreement",
                "Ukraine", List.of("Turkey"), "Istanbul"));
        add(samples, new AgreementRatified(env("ratified", "2025-06-04"), "agreement", "Verkhovna Rada",
                "approved by 300 votes"));
        add(samples, new AgreementExtended(env("extended", "2025-06-30"), "agreement", List.of("Russia", "Ukraine"),
                PartialDate.parse("2025-09-30"), 90));
        add(samples, new AgreementSuspended(env("suspended", "2025-07-01"), "agreement", "Russia",
                "drone attack on its fleet"));
        add(samples, new AgreementResumed(env("resumed", "2025-07-04"), "agreement", "Russia",
                "written guarantees received"));
        add(samples, new NonComplianceAlleged(env("breach-alleged", "2025-06-12").withSource(chain), "Ukraine",
                "Russia", "agreement", "pows", "wounded prisoners were held back"));
        add(samples, new ImplementationStepCompleted(env("stage-1", "2025-06-09"), "agreement", "pows",
                List.of(new Share("Russia", Quantity.atLeast(300)), new Share("Ukraine", Quantity.undisclosed())),
                "first stage"));
        add(samples, new ActionStarted(env("strike", "2025-06-10"), List.of("Ukraine"), List.of("Russia"),
                "offensive", "a summer offensive"));
        add(samples, new ActionEnded(env("strike-over", "2025-06-20"), "strike", "Ukraine", "objectives met"));
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
        add(samples, new VersionReported(env("other-hour", "2025-06-03").withSource(anonymous), "round-2",
                "occurred", "2025-06-02T14:00+03:00", "talks began at two"));
        add(samples, new ReportCorrected(env("correction", "2025-06-04").withSource(chain), "round-2",
                new RoundHeld(env("round-2", "2025-06-02T14:00+03:00").withSource(chain), 2, "Istanbul",
                        "Hakan Fidan", List.of("Russia", "Ukraine"), "no clear breakthrough"), "wrong hour"));
        add(samples, new ReportRetracted(env("retraction", "2025-06-05"), "confirmed", "source withdrew it"));
        add(samples, new AgreementWithdrawnFrom(env("withdrawn-from", "2025-07-20"), "agreement", "Turkey",
                "no longer guarantees it"));
        add(samples, new AgreementTerminated(env("terminated", "2025-07-21"), "agreement", "Russia",
                "no renewal"));
        return samples;
    }

    /**
     * One sample per field that format {@code parley/1} gained after its first release (coalitions, addressees,
     * units, steps under several provisions, terms and deadlines, mediators, grades and notes, refs to provisions
     * and {@code CONFIRMS}), by golden-file name. They follow {@link #all()} in a history.
     *
     * @return the samples by golden-file name, in an order that records cleanly after {@link #all()}
     */
    public static Map<String, Development> widened() {
        Attribution noted = new Attribution("Babel", "https://babel.ua/en/news/example", LocalDate.of(2025, 6, 3),
                List.of(Agent.outlet("WSJ")), "mirror of a WSJ story");
        Map<String, Development> samples = new LinkedHashMap<>();
        samples.put("party-joined-facilitator", new PartyJoined(env("icrc", "2025-05-20"),
                "International Committee of the Red Cross", PartyRole.FACILITATOR));
        samples.put("demand-made-coalition", new DemandMade(env("ceasefire-demand", "2025-05-10"),
                List.of("France", "Germany", "Poland", "United Kingdom", "Ukraine"), List.of("Russia"),
                "an unconditional 30-day ceasefire", List.of(), null, null, null));
        samples.put("statement-made-addressed", new StatementMade(env("appeal", "2025-06-03")
                .withSource(noted).mediatedBy("Turkey", "United Nations")
                .graded(Confidence.LOW, "known only from a background paragraph")
                .withRef(RefKind.CONFIRMS, "round-2"),
                Agent.named("Recep Tayyip Erdogan", "President of Turkey", "Turkey"), null,
                "urged both sides to meet again", List.of("Russia", "Ukraine")));
        samples.put("claim-made-addressed", new ClaimMade(env("claim-to-un", "2025-06-04"), "Ukraine",
                "deported children are held in camps", List.of("United Nations")));
        samples.put("claim-denied-paraphrased", new ClaimDenied(env("denied-again", "2025-06-05"), "claim-to-un",
                Agent.named("Maria Zakharova", "Spokeswoman of the Russian foreign ministry", "Russia"), null,
                "called the report fabricated"));
        samples.put("agreement-reached-term", new AgreementReached(env("second-exchange", "2025-06-06")
                .mediatedBy("Turkey", "United Arab Emirates"), "second exchange", List.of("Russia", "Ukraine"),
                List.of(new Provision("pows", "prisoners of war", "1000 for 1000", List.of(
                                new Share("Russia", Quantity.exactly(1000), "prisoners", null),
                                new Share("Ukraine", Quantity.exactly(1000), "prisoners", null)),
                                List.of(), "in stages", Deadline.by("2025-06-30"), List.of("Russia", "Ukraine")),
                        new Provision("bodies", "bodies of the fallen", null,
                                List.of(new Share("Russia", Quantity.exactly(6000), "bodies", null)), List.of(), null,
                                null, List.of("Russia")),
                        new Provision("lists", "lists of names exchanged", null, List.of(), List.of(),
                                "within a week", new Deadline(PartialDate.parse("2025-06-13"), false,
                                "within a week"), List.of("Russia", "Ukraine"))),
                PartialDate.parse("2025-12-31")));
        samples.put("document-delivered-fulfils-provision", new DocumentDelivered(env("names", "2025-06-12")
                .withRef(Ref.toProvision(RefKind.FULFILS, "second-exchange", "lists")), DocumentKind.LIST,
                "names of prisoners", "Ukraine", "Russia", List.of()));
        samples.put("implementation-step-completed-several", new ImplementationStepCompleted(
                env("stage-2", "2025-06-14"), "second-exchange", null, List.of(
                        new Share("Russia", Quantity.exactly(300), "prisoners", "pows"),
                        new Share("Ukraine", Quantity.exactly(300), "prisoners", "pows"),
                        new Share("Russia", Quantity.exactly(6000), "bodies", "bodies")),
                "prisoners and bodies in one exchange", List.of("pows", "bodies")));
        samples.put("implementation-step-completed-unstated", new ImplementationStepCompleted(
                env("stage-3", "2025-06-20"), "second-exchange", null,
                List.of(new Share("Ukraine", Quantity.undisclosed(), "civilians", null)),
                "civilians returned; the reports name no category", List.of()));
        Agent umerov = Agent.named("Rustem Umerov", "Defence Minister of Ukraine", "Ukraine");
        samples.put("demand-made-words", new DemandMade(env("e3-demand", "2025-06-07"),
                List.of("France", "Germany", "United Kingdom"), List.of("Russia"),
                "a full ceasefire before any further talks", List.of(), null, null, null,
                Agent.named("Jean-Noël Barrot", "Foreign Minister of France", "France"),
                "the ball is in Russia's court", "E3"));
        samples.put("proposal-rejected-words", new ProposalRejected(env("e3-rejected", "2025-06-08"), "e3-demand",
                "Russia", "ultimatums are unacceptable", Agent.named("Dmitry Peskov", "Kremlin spokesman", "Russia"),
                "The language of ultimatums is unacceptable to us."));
        samples.put("agreement-signed-signatories", new AgreementSigned(env("second-exchange-signed", "2025-06-06"),
                "second-exchange", "Russia", List.of("Turkey"), null, List.of(
                        Agent.named("Vladimir Medinsky", "Head of the Russian delegation", "Russia"),
                        Agent.named("Hakan Fidan", "Foreign Minister of Turkey", "Turkey"))));
        samples.put("agreement-reached-announced", new AgreementReached(env("third-exchange", "2025-06-21"),
                "third exchange", List.of("Russia", "Ukraine"),
                List.of(new Provision("wounded", "seriously wounded prisoners", null, List.of(), List.of(), null)),
                null, List.of("Ukraine"), List.of(umerov)));
        samples.put("fulfilment-declared-words", new FulfilmentDeclared(env("lists-declared", "2025-06-14"),
                "second-exchange", "lists", "Ukraine", umerov, "the lists were handed over in full"));
        samples.put("delegation-appointed-unnamed", new DelegationAppointed(env("delegation-russia", "2025-06-01"),
                "Russia", null, List.of(), 12));
        samples.put("agreement-suspended-provisions", AgreementSuspended.of(env("pows-paused", "2025-06-15"),
                "second-exchange").by("Russia").withReason("lists incomplete").withProvisions("pows", "bodies")
                .until(PartialDate.parse("2025-06-30")).forDays(15));
        samples.put("agreement-resumed-provisions", AgreementResumed.of(env("pows-resumed", "2025-06-18"),
                "second-exchange").by("Russia").withReason("lists agreed").withProvisions("pows"));
        samples.put("implementation-step-completed-complete", ImplementationStepCompleted.under(
                env("stage-4", "2025-06-21"), "second-exchange").withProvision("lists")
                .withDescription("the last lists handed over").completing());
        samples.put("statement-made-disputes-part", new StatementMade(env("one-body", "2025-06-22")
                .withRef(Ref.disputing("stage-2", DisputedAspect.ITEM,
                        new Share("Russia", Quantity.exactly(1), "bodies", "bodies"))),
                Agent.named("Petro Yatsenko", "Coordination HQ", "Ukraine"), null,
                "one body handed over was not a Ukrainian soldier's", List.of()));
        return samples;
    }

    private static void add(Map<Class<? extends Development>, Development> samples, Development development) {
        samples.put(development.getClass(), development);
    }
}
