package dev.parley.render;

import dev.parley.timeline.Agent;
import dev.parley.timeline.DelegationAppointed;
import dev.parley.timeline.MeetingProposed;
import dev.parley.timeline.RoundRescheduled;
import dev.parley.timeline.RoundCancelled;
import dev.parley.timeline.DocumentPublished;
import dev.parley.timeline.AgreementDevelopment;
import dev.parley.timeline.AgreementSigned;
import dev.parley.timeline.AgreementRatified;
import dev.parley.timeline.AgreementExtended;
import dev.parley.timeline.AgreementSuspended;
import dev.parley.timeline.AgreementResumed;
import dev.parley.timeline.AgreementTerminated;
import dev.parley.timeline.AgreementWithdrawnFrom;
import dev.parley.timeline.NonComplianceAlleged;
import dev.parley.timeline.ActionStarted;
import dev.parley.timeline.ActionEnded;
import dev.parley.timeline.VersionReported;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.ClaimConfirmed;
import dev.parley.timeline.ClaimDenied;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.DemandMade;
import dev.parley.timeline.Development;
import dev.parley.timeline.DocumentDelivered;
import dev.parley.timeline.DocumentKind;
import dev.parley.timeline.FigureReported;
import dev.parley.timeline.FulfilmentDeclared;
import dev.parley.timeline.FulfilmentReported;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PartyJoined;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.PositionResponse;
import dev.parley.timeline.PositionTaken;
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
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.Claim;
import dev.parley.timeline.state.ClaimReaction;
import dev.parley.timeline.state.Corroboration;
import dev.parley.timeline.state.Figure;
import dev.parley.timeline.state.FigureVersion;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.Response;
import dev.parley.timeline.state.Step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every development in words: a headline saying who did what, a short label, who acted, and the details a reader
 * needs (terms, deadline, status with its reason, the ledger per side, quotes, the source chain, links). One method
 * per development type, dispatched in {@link #ofType}: the one place a new type must be described.
 *
 * <p>Statuses, ledgers and competing figures come from the state Parley computed; nothing here re-derives them.
 */
final class DevelopmentText implements Development.Visitor<Description> {
    /** Long enough for "who did what" in a few words, short enough for a crowded lane. */
    private static final int LABEL_LENGTH = 48;

    private final NegotiationState state;
    private final Map<String, Development> recorded = new HashMap<>();
    private final Map<String, ReportCorrected> correctedBy = new HashMap<>();
    private final Map<String, ReportRetracted> retractedBy = new HashMap<>();

    /**
     * @param state   the negotiation's state, evaluated at the day the statuses are to be shown for
     * @param history every development, in recorded order
     */
    DevelopmentText(NegotiationState state, List<? extends Development> history) {
        this.state = state;
        for (Development d : history) {
            recorded.putIfAbsent(d.id(), d);
            if (d instanceof ReportCorrected correction) {
                correctedBy.put(correction.development(), correction);
            } else if (d instanceof ReportRetracted retraction) {
                retractedBy.put(retraction.development(), retraction);
            }
        }
    }

    /** @return the development as it stands now: the replacement of its latest correction, or itself */
    Development effective(Development development) {
        ReportCorrected correction = correctedBy.get(development.id());
        return correction == null ? development : correction.replacement();
    }

    /** @return true when a retraction of the development was recorded */
    boolean retracted(String developmentId) {
        return retractedBy.containsKey(developmentId);
    }

    /** @return the development recorded with this id, if any */
    Optional<Development> recorded(String developmentId) {
        return Optional.ofNullable(recorded.get(developmentId));
    }

    /**
     * @param development a recorded development
     * @return it in words, in its corrected form, with its envelope (dates, sources, links, corrections)
     */
    Description describe(Development development) {
        Development shown = effective(development);
        Description own = ofType(shown);
        List<Fact> facts = new ArrayList<>();
        ReportRetracted retraction = retractedBy.get(development.id());
        if (retraction != null) {
            facts.add(Fact.ref("Retracted", Dates.display(retraction.reported())
                    + (retraction.reason() == null ? "" : ": " + retraction.reason()), retraction.id()));
        }
        facts.add(Fact.text("When", Dates.display(shown.occurred())));
        if (!shown.reported().equals(shown.occurred())) {
            facts.add(Fact.text("Reported", Dates.display(shown.reported())));
        }
        facts.addAll(own.facts());
        ReportCorrected correction = correctedBy.get(development.id());
        if (correction != null) {
            facts.add(Fact.ref("Corrected", Dates.display(correction.reported())
                    + (correction.reason() == null ? "" : ": " + correction.reason())
                    + "; first reported as: " + ofType(development).headline(), correction.id()));
        }
        for (Ref ref : shown.refs()) {
            facts.add(Fact.ref(refLabel(ref.kind()), brief(ref.development()), ref.development()));
        }
        for (Attribution source : shown.sources()) {
            facts.add(Fact.link("Source", source(source), source.url()));
        }
        state.corroborationOf(development.id()).map(DevelopmentText::sourcing)
                .ifPresent(text -> facts.add(Fact.text("Sourcing", text)));
        String headline = retraction == null ? own.headline() : "Retracted: " + own.headline();
        String label = retraction == null ? withSubject(own) : "Retracted: " + withSubject(own);
        return new Description(headline, shorten(label), own.actors(), facts);
    }

    /**
     * @param typeName a development type name such as {@code offer-made}
     * @return it for a reader: "Offer made"
     */
    static String typeLabel(String typeName) {
        String words = typeName.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** @return a position's status in words: "open", "partly fulfilled" */
    static String statusWord(PositionStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The dispatch over the vocabulary: the visitor, so a new type does not compile until it has words. */
    private Description ofType(Development d) {
        return d.accept(this);
    }

    @Override
    public Description onDelegationAppointed(DelegationAppointed d) {
        return plain(d);
    }

    @Override
    public Description onMeetingProposed(MeetingProposed d) {
        return plain(d);
    }

    @Override
    public Description onRoundRescheduled(RoundRescheduled d) {
        return plain(d);
    }

    @Override
    public Description onRoundCancelled(RoundCancelled d) {
        return plain(d);
    }

    @Override
    public Description onDocumentPublished(DocumentPublished d) {
        return plain(d);
    }

    @Override
    public Description onAgreementSigned(AgreementSigned d) {
        return plain(d);
    }

    @Override
    public Description onAgreementRatified(AgreementRatified d) {
        return plain(d);
    }

    @Override
    public Description onAgreementExtended(AgreementExtended d) {
        return plain(d);
    }

    @Override
    public Description onAgreementSuspended(AgreementSuspended d) {
        return plain(d);
    }

    @Override
    public Description onAgreementResumed(AgreementResumed d) {
        return plain(d);
    }

    @Override
    public Description onAgreementTerminated(AgreementTerminated d) {
        return plain(d);
    }

    @Override
    public Description onAgreementWithdrawnFrom(AgreementWithdrawnFrom d) {
        return plain(d);
    }

    @Override
    public Description onNonComplianceAlleged(NonComplianceAlleged d) {
        return plain(d);
    }

    @Override
    public Description onActionStarted(ActionStarted d) {
        return plain(d);
    }

    @Override
    public Description onActionEnded(ActionEnded d) {
        return plain(d);
    }

    @Override
    public Description onVersionReported(VersionReported d) {
        return plain(d);
    }

    /**
     * A plain fallback for the types of issue 10 until they have words of their own (the outputs issue): what
     * happened, who is involved, and each field as recorded, in plain text.
     */
    private Description plain(Development d) {
        List<Fact> facts = new ArrayList<>();
        com.fasterxml.jackson.databind.node.ObjectNode json = dev.parley.model.ParleyJson.codec().toTree(d);
        java.util.Set<String> envelope = java.util.Set.of("type", "id", "negotiationId", "occurred", "reported",
                "sources", "refs", "mediators", "confidence", "note");
        json.fields().forEachRemaining(field -> {
            if (!envelope.contains(field.getKey())) {
                facts.add(Fact.text(field.getKey(), plainText(field.getValue())));
            }
        });
        if (facts.isEmpty()) {
            facts.add(Fact.text("What", d.typeName().replace('-', ' ')));
        }
        List<String> actors = dev.parley.model.TimelineView.involved(d);
        String what = d.typeName().replace('-', ' ');
        if (d instanceof AgreementDevelopment about) {
            // "agreement suspended" alone does not say which: name the agreement, briefly
            what += ": " + recorded(about.agreement()).map(this::titleOf).map(DevelopmentText::shortTitle)
                    .orElse(about.agreement());
        }
        String headline = (actors.isEmpty() ? "" : String.join(", ", actors) + ": ") + what;
        return new Description(headline, what, actors, facts);
    }

    /** A JSON value in plain words: texts and numbers as they are, lists and objects as their values joined. */
    private static String plainText(com.fasterxml.jackson.databind.JsonNode value) {
        if (value.isContainerNode()) {
            List<String> parts = new ArrayList<>();
            value.elements().forEachRemaining(v -> parts.add(plainText(v)));
            return String.join(value.isArray() ? "; " : ", ", parts);
        }
        return value.asText();
    }

    @Override
    public Description onNegotiationOpened(NegotiationOpened d) {
        List<Fact> facts = new ArrayList<>();
        if (d.description() != null) {
            facts.add(Fact.text("About", d.description()));
        }
        return new Description("Talks open: " + d.title(), "Opened: " + d.title(), List.of(), facts);
    }

    @Override
    public Description onPartyJoined(PartyJoined d) {
        String as = switch (d.role()) {
            case PARTY -> "a party";
            case MEDIATOR -> "mediator";
            case HOST -> "host";
            case OBSERVER -> "observer";
            case FACILITATOR -> "facilitator";
            case GUARANTOR -> "guarantor";
            case THIRD_PARTY -> "a third party";
        };
        return new Description(d.party() + " joins as " + as, d.party() + " joins (" + roleWord(d.role()) + ")",
                List.of(d.party()), List.of());
    }

    @Override
    public Description onRoundScheduled(RoundScheduled d) {
        String round = round(d.number());
        String headline = round + " scheduled" + (d.venue() == null ? "" : " in " + d.venue()) + " for "
                + Dates.display(d.date());
        return new Description(headline, round + " scheduled" + (d.venue() == null ? "" : " · " + d.venue()),
                List.of(), List.of(Fact.text("Planned for", Dates.display(d.date()))));
    }

    @Override
    public Description onRoundHeld(RoundHeld d) {
        String round = round(d.number());
        List<Fact> facts = new ArrayList<>();
        if (d.chair() != null) {
            facts.add(Fact.text("Chair", d.chair()));
        }
        if (!d.delegations().isEmpty()) {
            facts.add(Fact.text("Delegations", String.join("; ", d.delegations())));
        }
        if (d.outcome() != null) {
            facts.add(Fact.text("Outcome", d.outcome()));
        }
        return new Description(round + " held" + (d.venue() == null ? "" : " in " + d.venue()),
                round + (d.venue() == null ? "" : " · " + d.venue()), d.delegations(), facts);
    }

    @Override
    public Description onDocumentDelivered(DocumentDelivered d) {
        String kind = documentWord(d.kind());
        List<Fact> facts = new ArrayList<>();
        d.contents().forEach(item -> facts.add(Fact.text("Contains", item)));
        String what = d.title() == null ? "" : ": " + d.title();
        return new Description(d.from() + " delivers " + article(kind) + " " + kind + " to " + d.to() + what,
                capitalise(kind) + (d.title() == null ? " to " + d.to() : ": " + d.title()), List.of(d.from()),
                facts);
    }

    @Override
    public Description onDemandMade(DemandMade d) {
        return position(d, "demands" + (d.to().isEmpty() ? "" : " of " + list(d.to())), "Demand");
    }

    @Override
    public Description onProposalMade(ProposalMade d) {
        return position(d, "proposes" + (d.to().isEmpty() ? "" : " to " + list(d.to())), "Proposal");
    }

    @Override
    public Description onOfferMade(OfferMade d) {
        return position(d, "offers" + (d.to().isEmpty() ? "" : " " + list(d.to())), "Offer");
    }

    @Override
    public Description onProposalAccepted(ProposalAccepted d) {
        return response(d, "accepts", "Accepted");
    }

    @Override
    public Description onProposalRejected(ProposalRejected d) {
        return response(d, "rejects", "Rejected");
    }

    @Override
    public Description onPositionWithdrawn(PositionWithdrawn d) {
        return response(d, "withdraws", "Withdrawn");
    }

    @Override
    public Description onAgreementReached(AgreementReached d) {
        List<Fact> facts = new ArrayList<>();
        Optional<Agreement> agreement = state.agreement(d.id());
        if (agreement.isPresent()) {
            agreement.get().provisions().forEach(ledger -> facts.addAll(ledger(ledger)));
            if (!agreement.get().declaredFulfilledBy().isEmpty()) {
                facts.add(Fact.text("Declared fulfilled by", list(agreement.get().declaredFulfilledBy())));
            }
        } else {
            d.provisions().forEach(p -> facts.add(Fact.text("Provision", provision(p))));
        }
        if (!d.by().isEmpty()) {
            facts.add(Fact.text("Announced by", list(d.by())));
        }
        if (!d.signatories().isEmpty()) {
            facts.add(Fact.text("Signed by", d.signatories().stream().map(DevelopmentText::inCapacity)
                    .collect(Collectors.joining("; "))));
        }
        String parties = d.parties().isEmpty() ? "The parties" : list(d.parties());
        return new Description(parties + " agree: " + d.title(), "Agreement: " + d.title(), d.parties(), facts);
    }

    @Override
    public Description onImplementationStepCompleted(ImplementationStepCompleted d) {
        List<Fact> facts = new ArrayList<>();
        String under = recorded(d.agreement()).map(this::titleOf).orElse(d.agreement());
        Optional<Agreement> agreement = state.agreement(d.agreement());
        // A step may serve one provision, several, or one the source never named.
        List<String> names = d.provisionsServed().stream()
                .map(id -> agreement.flatMap(a -> a.provision(id)).map(ProvisionLedger::subject).orElse(id))
                .toList();
        String provision = names.isEmpty() ? "a provision not stated" : list(names);
        facts.add(Fact.ref("Under", under + (names.isEmpty() ? "" : ", " + (names.size() == 1 ? "provision "
                : "provisions ") + provision), d.agreement()));
        d.delivered().forEach(share -> facts.add(Fact.text("Delivered", delivered(share))));
        agreement.stream().flatMap(a -> a.provisions().stream())
                .flatMap(l -> l.steps().stream().filter(s -> s.developmentId().equals(d.id())))
                .filter(Step::isDisputed).findFirst()
                .ifPresent(step -> step.disputedBy().forEach(by -> facts.add(Fact.ref("Disputed by", brief(by), by))));
        String shares = d.delivered().stream().map(DevelopmentText::delivered).collect(Collectors.joining("; "));
        String headline = capitalise(names.isEmpty() ? "step" : provision) + ": "
                + (shares.isEmpty() ? "a step completed" : shares)
                + (d.description() == null ? "" : " (" + d.description() + ")");
        return new Description(headline, "Step: " + (d.description() == null ? provision : d.description()),
                d.delivered().stream().map(Share::party).toList(), facts);
    }

    @Override
    public Description onClaimMade(ClaimMade d) {
        List<Fact> facts = new ArrayList<>();
        state.claim(d.id()).ifPresent(claim -> facts.addAll(reactions(claim)));
        return new Description(d.claimant() + " claims: " + d.claim(), "Claim: " + d.claim(),
                List.of(d.claimant()), facts);
    }

    @Override
    public Description onClaimDenied(ClaimDenied d) {
        return claimResponse(d.by(), "denies", d.claim(), d.quote(), "Denial");
    }

    @Override
    public Description onClaimConfirmed(ClaimConfirmed d) {
        return claimResponse(d.by(), "confirms", d.claim(), d.quote(), "Confirmation");
    }

    @Override
    public Description onStatementMade(StatementMade d) {
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.text("Speaker", inCapacity(d.speaker())));
        if (d.quote() != null) {
            facts.add(Fact.quote("Quote", d.quote()));
        }
        if (d.summary() != null) {
            facts.add(Fact.text("Summary", d.summary()));
        }
        String said = d.quote() != null ? "“" + d.quote() + "”" : d.summary();
        String speaker = agent(d.speaker());
        return new Description(speaker + ": " + said, shortName(d.speaker()) + ": " + said,
                agentNames(d.speaker()), facts);
    }

    @Override
    public Description onFulfilmentReported(FulfilmentReported d) {
        List<Fact> facts = new ArrayList<>();
        if (d.delivered() != null) {
            facts.add(Fact.text("Delivered", d.delivered().toString()));
        }
        facts.add(Fact.text("Complete", d.complete() ? "yes, carried out in full" : "not in full"));
        String target = d.refs().stream().filter(r -> r.kind() == RefKind.FULFILS).map(r -> brief(r.development()))
                .findFirst().orElse("a position");
        String what = d.description() != null ? d.description()
                : d.delivered() != null ? d.delivered() + " delivered" : "delivered";
        return new Description(d.by() + " delivers on " + target + ": " + what, "Delivered: " + what,
                List.of(d.by()), facts);
    }

    @Override
    public Description onFulfilmentDeclared(FulfilmentDeclared d) {
        String agreement = recorded(d.agreement()).map(this::titleOf).orElse(d.agreement());
        String provision = d.provision() == null ? null : state.agreement(d.agreement())
                .flatMap(a -> a.provision(d.provision())).map(ProvisionLedger::subject).orElse(d.provision());
        String what = agreement + (provision == null ? "" : ", provision " + provision);
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.ref("Agreement", agreement, d.agreement()));
        spoken(facts, d.speaker(), d.quote());
        return new Description(d.by() + " declares fulfilled: " + what, "Declared fulfilled: " + what,
                List.of(d.by()), facts);
    }

    @Override
    public Description onFigureReported(FigureReported d) {
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.text("Figure", d.figure() + (d.text() == null ? "" : " (“" + d.text() + "”)")));
        state.figure(d.subject()).filter(Figure::competing).ifPresent(figure -> facts.add(Fact.text(
                "Competing figures", figure.versions().stream().map(DevelopmentText::version)
                        .collect(Collectors.joining("; ")))));
        return new Description(d.by() + " puts " + d.subject() + " at " + d.figure(),
                "Figure: " + d.subject() + " " + d.figure(), List.of(d.by()), facts);
    }

    @Override
    public Description onReportCorrected(ReportCorrected d) {
        List<Fact> facts = new ArrayList<>();
        if (d.reason() != null) {
            facts.add(Fact.text("Reason", d.reason()));
        }
        facts.add(Fact.ref("Now reads", ofType(d.replacement()).headline(), d.development()));
        String target = recorded(d.development()).map(t -> ofType(t).headline()).orElse(d.development());
        return new Description("Correction of: " + target, "Correction: " + target,
                ofType(d.replacement()).actors(), facts);
    }

    @Override
    public Description onReportRetracted(ReportRetracted d) {
        List<Fact> facts = new ArrayList<>();
        if (d.reason() != null) {
            facts.add(Fact.text("Reason", d.reason()));
        }
        Optional<Development> target = recorded(d.development());
        String headline = target.map(t -> ofType(effective(t)).headline()).orElse(d.development());
        return new Description("Retraction of: " + headline, "Retraction: " + headline,
                target.map(t -> ofType(effective(t)).actors()).orElse(List.of()), facts);
    }

    // ---- shared pieces -------------------------------------------------------------------------------------

    private Description position(PositionTaken d, String verb, String noun) {
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.text("Terms", d.terms()));
        if (d.coalition() != null) {
            facts.add(Fact.text("Coalition", d.coalition() + ": " + list(d.by())));
        }
        spoken(facts, d.speaker(), d.quote());
        d.items().forEach(item -> facts.add(Fact.text("Item", item)));
        if (d.quantity() != null) {
            facts.add(Fact.text("How many", d.quantity().toString()));
        }
        if (d.criteria() != null) {
            facts.add(Fact.text("Who qualifies", d.criteria()));
        }
        if (d.deadline() != null) {
            facts.add(Fact.text("Deadline", deadline(d.deadline())));
        }
        state.position(d.id()).ifPresent(p -> facts.add(Fact.text("Status on " + Dates.day(evaluatedOn()),
                status(p))));
        String quantity = d.quantity() == null || d.terms().contains(d.quantity().toString()) ? ""
                : " (" + d.quantity() + ")";
        String holders = d.coalition() == null ? String.join(", ", d.by())
                : d.coalition() + " (" + String.join(", ", d.by()) + ")";
        return new Description(holders + " " + verb + ": " + d.terms() + quantity,
                noun + ": " + d.terms(), d.by(), facts);
    }

    private Description response(PositionResponse d, String verb, String noun) {
        String by = d.by();
        String positionId = d.position();
        List<Fact> facts = new ArrayList<>();
        if (d.reason() != null) {
            facts.add(Fact.quote("In their words", d.reason()));
        }
        spoken(facts, d.speaker(), d.quote());
        Optional<Position> position = state.position(positionId);
        position.ifPresent(p -> facts.add(Fact.ref("Position now", status(p), positionId)));
        String target = position.map(p -> (p.by().equals(List.of(by)) ? "its " : holders(p) + "'s ") + kindWord(p)
                + ": "
                + p.terms()).orElseGet(() -> brief(positionId));
        return new Description(by + " " + verb + " " + target, noun + ": " + target, List.of(by), facts);
    }

    private Description claimResponse(Agent by, String verb, String claimId, String quote, String noun) {
        List<Fact> facts = new ArrayList<>();
        if (quote != null) {
            facts.add(Fact.quote("Quote", quote));
        }
        String claim = state.claim(claimId).map(c -> c.claimant() + "'s claim: " + c.text())
                .orElseGet(() -> brief(claimId));
        String said = quote == null ? "" : " — “" + quote + "”";
        return new Description(agent(by) + " " + verb + " " + claim + said,
                noun + ": " + shortName(by) + (quote == null ? "" : " “" + quote + "”"), agentNames(by), facts);
    }

    /** Who spoke for the side and their words, verbatim, when the report gives them. */
    private static void spoken(List<Fact> facts, Agent speaker, String quote) {
        if (speaker != null) {
            facts.add(Fact.text("Speaker", inCapacity(speaker)));
        }
        if (quote != null) {
            facts.add(Fact.quote("Quote", quote));
        }
    }

    /** The status Parley computed, with its reason. */
    private String status(Position p) {
        List<Response> responses = p.responses();
        Response last = responses.isEmpty() ? null : responses.get(responses.size() - 1);
        String word = statusWord(p.status());
        return switch (p.status()) {
            case OPEN -> word + (p.deadline() == null ? ", no deadline" : ", due " + deadline(p.deadline()));
            case ACCEPTED, REJECTED, WITHDRAWN -> last == null ? word : word + " by " + last.by() + " on "
                    + Dates.display(last.on()) + (last.reason() == null ? "" : " (“" + last.reason() + "”)")
                    + (p.status() == PositionStatus.REJECTED && responses.size() > 1
                    ? "; answered " + responses.size() + " times" : "");
            case FULFILLED, PARTLY_FULFILLED -> word + ": " + p.deliveredSoFar() + " delivered"
                    + (p.quantity() == null ? "" : " of " + p.quantity()) + " in " + p.fulfilments().size()
                    + (p.fulfilments().size() == 1 ? " delivery" : " deliveries");
            case OVERDUE -> word + ": due by " + Dates.display(p.deadline().by()) + ", not carried out by then";
            case LAPSED -> word + ": due about " + Dates.display(p.deadline().by()) + ", and that time passed";
        };
    }

    /** A provision's ledger: target, delivered per side over undisputed steps, and disputed steps apart. */
    private List<Fact> ledger(ProvisionLedger ledger) {
        List<Fact> facts = new ArrayList<>();
        StringBuilder terms = new StringBuilder(ledger.subject());
        if (ledger.formula() != null) {
            terms.append(", ").append(ledger.formula());
        }
        if (!ledger.criteria().isEmpty()) {
            terms.append("; ").append(String.join(", ", ledger.criteria()));
        }
        if (ledger.timing() != null) {
            terms.append("; ").append(ledger.timing());
        }
        facts.add(Fact.text("Provision", terms.toString()));
        if (!ledger.target().isEmpty()) {
            facts.add(Fact.text("Target", ledger.target().stream().map(Share::toString)
                    .collect(Collectors.joining("; "))));
        }
        List<Step> undisputed = ledger.steps().stream().filter(s -> !s.isDisputed()).toList();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        ledger.target().forEach(share -> tallies.put(share.party(), new Tally()));
        undisputed.forEach(step -> step.delivered().forEach(share ->
                tallies.computeIfAbsent(share.party(), p -> new Tally()).add(share.quantity())));
        if (!ledger.steps().isEmpty()) {
            facts.add(Fact.text("Delivered", tallies.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "))
                    + " (" + undisputed.size() + (undisputed.size() == 1 ? " undisputed step" : " undisputed steps")
                    + ")"));
        }
        for (Step step : ledger.steps()) {
            if (step.isDisputed()) {
                facts.add(Fact.ref("Disputed step", Dates.display(step.occurred()) + ": "
                        + step.delivered().stream().map(DevelopmentText::delivered).collect(Collectors.joining("; "))
                        + " — disputed by " + step.disputedBy().stream().map(this::brief)
                        .collect(Collectors.joining("; ")), step.developmentId()));
            }
        }
        if (!ledger.declaredFulfilledBy().isEmpty()) {
            facts.add(Fact.text("Declared fulfilled by", list(ledger.declaredFulfilledBy())));
        }
        return facts;
    }

    /** Adds up one side's counts; an undisclosed count is unknown, never zero; bounds keep their direction. */
    private static final class Tally {
        private int known;
        private final java.util.EnumSet<Quantity.Qualifier> qualifiers = java.util.EnumSet.noneOf(Quantity.Qualifier.class);
        private int undisclosed;

        void add(Quantity quantity) {
            switch (quantity.qualifier()) {
                case ALL, UNDISCLOSED -> undisclosed++;
                default -> {
                    known += quantity.value();
                    qualifiers.add(quantity.qualifier());
                }
            }
        }

        @Override
        public String toString() {
            qualifiers.remove(Quantity.Qualifier.EXACT);
            String bound = qualifiers.isEmpty() ? "" : qualifiers.size() > 1 || qualifiers.contains(Quantity.Qualifier.ABOUT)
                    ? "about " : qualifiers.contains(Quantity.Qualifier.AT_LEAST) ? "at least " : "at most ";
            String sum = bound + known;
            if (undisclosed == 0) {
                return sum;
            }
            String steps = undisclosed + (undisclosed == 1 ? " undisclosed count" : " undisclosed counts");
            return known == 0 && qualifiers.isEmpty() ? steps : sum + " + " + steps;
        }
    }

    private List<Fact> reactions(Claim claim) {
        List<Fact> facts = new ArrayList<>();
        for (ClaimReaction denial : claim.deniedBy()) {
            facts.add(Fact.ref("Denied by", agent(denial.by()) + ", " + Dates.display(denial.on())
                    + (denial.quote() == null ? "" : ": “" + denial.quote() + "”"), denial.developmentId()));
        }
        for (ClaimReaction confirmation : claim.confirmedBy()) {
            facts.add(Fact.ref("Confirmed by", agent(confirmation.by()) + ", " + Dates.display(confirmation.on())
                    + (confirmation.quote() == null ? "" : ": “" + confirmation.quote() + "”"),
                    confirmation.developmentId()));
        }
        if (claim.deniedBy().isEmpty() && claim.confirmedBy().isEmpty()) {
            facts.add(Fact.text("Status", "neither denied nor confirmed"));
        }
        return facts;
    }

    /** A development referred to, in a few words: "Russia's offer: return children", else its headline. */
    private String brief(String developmentId) {
        Optional<Position> position = state.position(developmentId);
        if (position.isPresent()) {
            return holders(position.get()) + "'s " + kindWord(position.get()) + ": " + position.get().terms();
        }
        return recorded(developmentId).map(d -> ofType(effective(d)).headline()).orElse(developmentId);
    }

    private String titleOf(Development d) {
        Development shown = effective(d);
        return shown instanceof AgreementReached agreement ? agreement.title() : ofType(shown).headline();
    }

    private java.time.LocalDate evaluatedOn() {
        return state.evaluatedOn() != null ? state.evaluatedOn() : java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    }

    private static String source(Attribution source) {
        StringBuilder text = new StringBuilder(source.outlet());
        if (source.published() != null) {
            text.append(", ").append(Dates.day(source.published()));
        }
        for (Agent agent : source.via()) {
            text.append(", citing ").append(agent);
        }
        return text.toString();
    }

    private static String sourcing(Corroboration c) {
        int sources = c.sources().size();
        int roots = c.rootSources().size();
        return sources + (sources == 1 ? " attribution" : " attributions") + ", " + roots
                + (roots == 1 ? " root source" : " distinct root sources") + " (" + c.onRecord() + " on the record, "
                + c.anonymous() + " anonymous)";
    }

    private static String version(FigureVersion v) {
        return v.figure() + " according to " + v.by() + " (" + Dates.display(v.on()) + ")";
    }

    private static String deadline(dev.parley.timeline.Deadline deadline) {
        return (deadline.soft() ? "about " : "by ") + Dates.display(deadline.by())
                + (deadline.text() == null ? "" : " (“" + deadline.text() + "”)");
    }

    private static String delivered(Share share) {
        Quantity q = share.quantity();
        return share.party() + " " + switch (q.qualifier()) {
            case UNDISCLOSED -> "an undisclosed number";
            case ALL -> "all";
            default -> q.toString();
        };
    }

    private static String provision(Provision p) {
        return p.subject() + (p.formula() == null ? "" : ", " + p.formula());
    }

    private static String refLabel(RefKind kind) {
        return switch (kind) {
            case RESPONDS_TO -> "Responds to";
            case FULFILS -> "Fulfils";
            case IMPLEMENTS -> "Implements";
            case DISPUTES -> "Disputes";
            case CONFIRMS -> "Confirms";
            case CORRECTS -> "Corrects";
            case CONTAINED_IN -> "Part of";
            case RELATES_TO -> "Related to";
        };
    }

    /** Who holds a position: one side, or a coalition joined with "and". */
    private static String holders(Position p) {
        List<String> by = p.by();
        return by.size() == 1 ? by.get(0)
                : String.join(", ", by.subList(0, by.size() - 1)) + " and " + by.get(by.size() - 1);
    }

    private static String kindWord(Position p) {
        return p.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String roleWord(PartyRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private static String documentWord(DocumentKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String round(Integer number) {
        return number == null ? "A round" : "Round " + number;
    }

    /** "Vladimir Medinsky (Russia)", "2 unnamed Ukrainian officials (Ukraine)". */
    static String agent(Agent agent) {
        String name = agent.anonymous() ? agent.toString() : agent.name();
        return agent.affiliation() == null || agent.affiliation().equals(agent.name()) ? name
                : name + " (" + agent.affiliation() + ")";
    }

    /** An agent with the capacity they acted in: "Sergei Shoigu (Defence Minister), Russia". */
    private static String inCapacity(Agent agent) {
        return agent + (agent.affiliation() == null ? "" : ", " + agent.affiliation());
    }

    private static String shortName(Agent agent) {
        return agent.anonymous() ? agent.toString() : agent.name();
    }

    /** Who an agent acts for: their affiliation, else their name, else (anonymous) their description. */
    private static List<String> agentNames(Agent agent) {
        return List.of(agent.affiliation() != null ? agent.affiliation()
                : agent.name() != null ? agent.name() : agent.role());
    }

    static String list(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Cut at a word where one is near the limit, so that a label never ends in half a name. */
    private static String shorten(String label) {
        if (label.length() <= LABEL_LENGTH) {
            return label;
        }
        int cut = label.lastIndexOf(' ', LABEL_LENGTH - 1);
        return label.substring(0, cut > LABEL_LENGTH * 2 / 3 ? cut : LABEL_LENGTH - 1).stripTrailing() + "…";
    }

    /** The label, led by who acted when it does not name them already: a label always has a subject. */
    private static String withSubject(Description own) {
        // a whole name, not a prefix of another word ("Russia" is not named by "Russian exports")
        if (own.actors().isEmpty() || own.actors().stream().anyMatch(actor -> java.util.regex.Pattern.compile(
                "(?<!\\p{L})" + java.util.regex.Pattern.quote(actor) + "(?!\\p{L})").matcher(own.label()).find())) {
            return own.label();
        }
        List<String> actors = own.actors().stream().map(a -> a.replaceFirst("\\s*\\(.*\\)$", "")).distinct().toList();
        String subject = actors.size() <= 2 ? list(actors) : actors.get(0) + " and " + (actors.size() - 1) + " more";
        return subject + " · " + own.label();
    }

    /** An agreement's short name: what its title gives in closing parentheses, else its first words. */
    static String shortTitle(String title) {
        java.util.regex.Matcher closing = java.util.regex.Pattern.compile("\\(([^()]{3,60})\\)\\s*$").matcher(title);
        if (closing.find()) {
            return closing.group(1);
        }
        return shorten(title);
    }
}
