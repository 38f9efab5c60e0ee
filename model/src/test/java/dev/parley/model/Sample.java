package dev.parley.model;

import dev.parley.timeline.Agent;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.ClaimDenied;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.DemandMade;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PartyJoined;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.ProposalRejected;
import dev.parley.timeline.Provision;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.Share;
import dev.parley.timeline.StatementMade;

import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.state.NegotiationState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Terse factories for developments of one negotiation, for tests. */
public final class Sample {
    final String negotiationId;

    public Sample(String negotiationId) {
        this.negotiationId = negotiationId;
    }

    public Envelope env(String id, String occurred) {
        return Envelope.of(id, negotiationId, occurred);
    }

    /**
     * Records the negotiation's opening and the developments through the decider, so every history a test gives
     * passes the rules, and returns the folded state.
     */
    public NegotiationState given(Development... developments) {
        NegotiationDecider decider = NegotiationDecider.initialState(negotiationId);
        decider.record(opened());
        List.of(developments).forEach(decider::record);
        return decider.state();
    }

    /** The same history (checked by {@link #given}) replayed at a cut, terms and deadlines judged on {@code today}. */
    public NegotiationState at(AsOf asOf, LocalDate today, Development... developments) {
        given(developments);
        List<Development> all = new ArrayList<>();
        all.add(opened());
        all.addAll(List.of(developments));
        return NegotiationProjection.replay(negotiationId, all, asOf, today);
    }

    public NegotiationOpened opened() {
        return new NegotiationOpened(env("opened", "2025-05-16"), "Talks " + negotiationId, null);
    }

    public PartyJoined joined(String id, String party, PartyRole role) {
        return new PartyJoined(env(id, "2025-05-16"), party, role);
    }

    public RoundHeld round(String id, int number, String venue, String date) {
        return new RoundHeld(env(id, date), number, venue, null, List.of(), "no clear breakthrough");
    }

    public DemandMade demand(String id, String by, String to, String terms, String date) {
        return new DemandMade(env(id, date), by, List.of(to), terms, List.of(), null, null, null);
    }

    public OfferMade offer(String id, String by, String to, String terms, int quantity, String date, String deadline) {
        return new OfferMade(env(id, date), by, List.of(to), terms, List.of(), Quantity.exactly(quantity), null,
                deadline == null ? null : Deadline.by(deadline));
    }

    public ProposalRejected rejected(String id, String position, String by, String date) {
        return new ProposalRejected(env(id, date), position, by, null);
    }

    public AgreementReached agreement(String id, String provision, String date) {
        return new AgreementReached(env(id, date), "prisoner exchange", List.of("Russia", "Ukraine"),
                List.of(new Provision(provision, "exchange of prisoners of war", "1000 for 1000",
                        List.of(new Share("Russia", Quantity.exactly(1000)), new Share("Ukraine", Quantity.exactly(1000))),
                        List.of(), null)));
    }

    public ImplementationStepCompleted step(String id, String agreement, String provision, String date, Share... shares) {
        return new ImplementationStepCompleted(env(id, date), agreement, provision, List.of(shares), null);
    }

    public ClaimMade claim(String id, String claimant, String text, String date) {
        return new ClaimMade(env(id, date), claimant, text);
    }

    public ClaimDenied denied(String id, String claim, String by, String date) {
        return new ClaimDenied(env(id, date), claim, Agent.named(by, null, null), "propaganda");
    }

    public StatementMade statement(String id, String speaker, String quote, String date) {
        return new StatementMade(env(id, date).withSource(Attribution.of("Axios")), Agent.named(speaker, null, null),
                quote, null);
    }
}
