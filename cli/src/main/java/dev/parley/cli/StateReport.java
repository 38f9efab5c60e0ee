package dev.parley.cli;

import dev.parley.timeline.AsOf;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.Share;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.Claim;
import dev.parley.timeline.state.ClaimReaction;
import dev.parley.timeline.state.Correction;
import dev.parley.timeline.state.Corroboration;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.Document;
import dev.parley.timeline.state.Figure;
import dev.parley.timeline.state.FigureVersion;
import dev.parley.timeline.state.Fulfilment;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.Response;
import dev.parley.timeline.state.Round;
import dev.parley.timeline.state.Statement;
import dev.parley.timeline.state.DisputedPart;
import dev.parley.timeline.state.ProvisionSuspension;
import dev.parley.timeline.state.Step;
import dev.parley.timeline.state.Transfers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A {@link NegotiationState} as a readable plain-text summary: a section per kind of item, only when there is
 * something in it; every item with its id; text made safe for a terminal ({@link Terminal}).
 */
final class StateReport {
    private static final String ITEM = "  ";
    private static final String DETAIL = "      ";
    private static final String SUBDETAIL = "          ";

    private final StringBuilder out = new StringBuilder();

    private StateReport() {
    }

    /**
     * @param state the state
     * @return the summary, several lines
     */
    static String render(NegotiationState state) {
        return new StateReport().write(state);
    }

    private String write(NegotiationState s) {
        line("", s.title() + "  [" + s.negotiationId() + "]");
        line("", "opened " + Words.on(s.opened()) + "; " + Words.count(s.developmentCount(), "development")
                + cut(s.asOf()) + (s.evaluatedOn() == null ? "" : "; deadlines judged on " + s.evaluatedOn()));
        if (!s.uncertain().isEmpty()) {
            line("", "left out, their dates straddle the cut: " + String.join(", ", s.uncertain()));
        }
        participants(s);
        rounds(s.rounds());
        documents(s.documents());
        positions(s.positions());
        agreements(s.agreements());
        transfers(s.transfers());
        claims(s.claims());
        figures(s.figures());
        corrections(s.corrections());
        statements(s.statements());
        sources(s.corroboration());
        return out.toString().stripTrailing();
    }

    private static String cut(AsOf asOf) {
        if (asOf == null || asOf.isNow()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (asOf.occurredBy() != null) {
            parts.add("what had happened by " + asOf.occurredBy());
        }
        if (asOf.knownAt() != null) {
            parts.add("as known on " + asOf.knownAt());
        }
        if (asOf.recordedBy() != null) {
            parts.add("as stored by " + asOf.recordedBy());
        }
        return "; replayed: " + String.join(", ", parts);
    }

    private void participants(NegotiationState s) {
        if (s.participants().isEmpty()) {
            return;
        }
        section("Participants");
        for (PartyRole role : PartyRole.values()) {
            List<String> names = s.participantsIn(role);
            if (!names.isEmpty()) {
                String name = Words.lower(role);
                line(ITEM, (names.size() == 1 ? name : name.equals("party") ? "parties" : name + "s") + ": "
                        + String.join(", ", names));
            }
        }
    }

    private void rounds(List<Round> rounds) {
        if (rounds.isEmpty()) {
            return;
        }
        section("Rounds");
        for (Round r : rounds) {
            line(ITEM, (r.number() == null ? "round" : "round " + r.number()) + " [" + r.developmentId() + "]: "
                    + Words.lower(r.status()) + " " + Words.on(r.date())
                    + (r.venue() == null ? ", venue unknown" : " in " + r.venue())
                    + (r.chair() == null ? "" : ", chaired by " + r.chair()));
            text(DETAIL, "outcome: ", r.outcome());
            if (!r.delegations().isEmpty()) {
                line(DETAIL, "delegations: " + String.join("; ", r.delegations()));
            }
        }
    }

    private void documents(List<Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        section("Documents");
        for (Document d : documents) {
            line(ITEM, d.id() + ": " + Words.lower(d.kind()) + (d.title() == null ? "" : " \"" + d.title() + "\"")
                    + ", " + d.from() + " -> " + d.to() + ", delivered " + Words.on(d.delivered()));
            d.contents().forEach(c -> text(DETAIL, "- ", c));
        }
    }

    private void positions(List<Position> positions) {
        if (positions.isEmpty()) {
            return;
        }
        section("Positions");
        for (Position p : positions) {
            line(ITEM, "[" + p.status() + "] " + p.kind() + " " + p.id() + " by " + String.join(", ", p.by())
                    + (p.to().isEmpty() ? "" : " to " + String.join(", ", p.to())) + ": " + p.terms());
            line(DETAIL, "made " + Words.on(p.made()));
            if (!p.items().isEmpty()) {
                line(DETAIL, "items: " + String.join(", ", p.items()));
            }
            if (p.criteria() != null) {
                line(DETAIL, "criteria: " + p.criteria());
            }
            if (p.quantity() != null) {
                line(DETAIL, "quantity: " + p.quantity()
                        + (p.fulfilments().isEmpty() ? "" : "; delivered so far: " + p.deliveredSoFar()));
            }
            if (p.deadline() != null) {
                line(DETAIL, "deadline: " + Words.deadline(p.deadline()));
            }
            for (Fulfilment f : p.fulfilments()) {
                line(DETAIL, (f.complete() ? "delivered in full" : "delivered")
                        + (f.delivered() == null ? "" : " " + f.delivered()) + (f.by() == null ? "" : " by " + f.by())
                        + " " + Words.on(f.on()) + " (" + f.developmentId() + ")");
            }
            for (Response r : p.responses()) {
                text(DETAIL, Words.lower(r.status()) + " by " + r.by() + " " + Words.on(r.on()) + " ("
                        + r.developmentId() + ")" + (r.reason() == null ? "" : ": "), r.reason() == null ? "" : r.reason());
            }
        }
    }

    private void agreements(List<Agreement> agreements) {
        if (agreements.isEmpty()) {
            return;
        }
        section("Agreements");
        for (Agreement a : agreements) {
            line(ITEM, "[" + a.status() + "] " + a.id() + ": " + a.title() + ", reached " + Words.on(a.reached())
                    + (a.parties().isEmpty() ? "" : " by " + Words.and(a.parties())));
            if (!a.declaredFulfilledBy().isEmpty()) {
                line(DETAIL, "declared fulfilled by " + Words.and(a.declaredFulfilledBy()));
            }
            if (a.inForce() != null) {
                line(DETAIL, "in force from " + a.inForce());
            }
            if (!a.adopts().isEmpty()) {
                line(DETAIL, "adopts " + String.join(", ", a.adopts()));
            }
            a.provisions().forEach(this::provision);
        }
    }

    /** The negotiation's own ledger of transfers outside any agreement. */
    private void transfers(Transfers transfers) {
        if (transfers.steps().isEmpty()) {
            return;
        }
        section("Transfers outside any agreement");
        ledger(ITEM, transfers.steps(), transfers.delivered(), transfers.disputed());
    }

    private void provision(ProvisionLedger p) {
        line(DETAIL, "[" + p.status() + "] provision " + p.id() + ": " + p.subject()
                + (p.formula() == null ? "" : ", " + p.formula()));
        if (!p.obligors().isEmpty()) {
            line(SUBDETAIL, "obligors: " + Words.and(p.obligors()));
        }
        if (p.deadline() != null) {
            line(SUBDETAIL, "deadline: " + Words.deadline(p.deadline()));
        }
        if (!p.criteria().isEmpty()) {
            line(SUBDETAIL, "criteria: " + String.join(", ", p.criteria()));
        }
        if (p.timing() != null) {
            line(SUBDETAIL, "timing: " + p.timing());
        }
        if (p.termEnds() != null) {
            line(SUBDETAIL, "term: " + p.term().days() + " days, ends " + Words.on(p.termEnds()));
        }
        if (!p.target().isEmpty()) {
            line(SUBDETAIL, "owed: " + Words.shares(p.target()));
        }
        ledger(SUBDETAIL, p.steps(), p.delivered(), p.disputed());
        p.steps().stream().filter(Step::complete).forEach(step -> line(SUBDETAIL, "completed by step "
                + step.developmentId() + " " + Words.on(step.occurred()) + (step.isDisputed() ? " (disputed)" : "")));
        for (ProvisionSuspension s : p.suspensions()) {
            line(SUBDETAIL, "suspended by " + s.by() + " " + Words.on(s.since()) + " (" + s.developmentId() + ")"
                    + (s.until() == null ? "" : ", until " + s.until())
                    + (s.resumedBy() == null ? "" : "; resumed " + Words.on(s.resumed()) + " (" + s.resumedBy() + ")")
                    + (s.reason() == null ? "" : ": " + s.reason()));
        }
        if (!p.declaredFulfilledBy().isEmpty()) {
            line(SUBDETAIL, "declared fulfilled by " + Words.and(p.declaredFulfilledBy()));
        }
    }

    private void ledger(String indent, List<Step> steps, List<Delivery> delivered, List<Delivery> disputed) {
        List<Step> disputedSteps = steps.stream().filter(s -> !s.disputedShares().isEmpty()).toList();
        if (steps.isEmpty()) {
            line(indent, "delivered: nothing reported yet");
        } else if (disputedSteps.isEmpty()) {
            line(indent, "delivered: " + Words.deliveries(delivered));
        } else {
            // The fold keeps disputed steps out of the totals: what is shown is the ledger's own arithmetic.
            line(indent, "delivered, not counting what is disputed: " + Words.deliveries(delivered));
            line(indent, "disputed: " + Words.deliveries(disputed));
            for (Step step : disputedSteps) {
                line(indent, "disputed " + (step.isDisputed() ? "step " : "part of step ") + step.developmentId()
                        + " " + Words.on(step.occurred()) + ": " + Words.shares(step.disputedShares())
                        + "; disputed by " + String.join(", ", step.isDisputed() ? step.disputedBy()
                        : step.disputedParts().stream().map(DisputedPart::disputedBy).toList()));
            }
        }
    }

    private void claims(List<Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        section("Claims");
        for (Claim c : claims) {
            line(ITEM, (c.disputed() ? "[DISPUTED] " : "") + c.id() + ": " + c.claimant() + " claims, "
                    + Words.on(c.made()) + ":");
            text(DETAIL, "", c.text());
            c.deniedBy().forEach(r -> reaction("denied", r));
            c.confirmedBy().forEach(r -> reaction("confirmed", r));
        }
    }

    private void reaction(String verb, ClaimReaction r) {
        line(DETAIL, verb + " by " + Words.agent(r.by()) + " " + Words.on(r.on()) + " (" + r.developmentId() + ")"
                + (r.quote() == null ? "" : ":"));
        if (r.quote() != null) {
            text(SUBDETAIL, "", "\"" + r.quote() + "\"");
        }
    }

    private void figures(List<Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        section("Figures");
        for (Figure f : figures) {
            line(ITEM, (f.competing() ? "[COMPETING] " : "") + f.subject() + ":");
            for (FigureVersion v : f.versions()) {
                line(DETAIL, v.figure() + (v.by() == null ? "" : ", according to " + v.by()) + ", "
                        + Words.on(v.on()) + " (" + v.developmentId() + ")");
            }
        }
    }

    private void corrections(List<Correction> corrections) {
        if (corrections.isEmpty()) {
            return;
        }
        section("Corrections");
        for (Correction c : corrections) {
            text(ITEM, c.developmentId() + ": " + c.target() + " " + Words.lower(c.kind()) + " "
                    + Words.on(c.reported()) + (c.reason() == null ? "" : ": "), c.reason() == null ? "" : c.reason());
        }
    }

    private void statements(List<Statement> statements) {
        if (statements.isEmpty()) {
            return;
        }
        section("Statements");
        for (Statement st : statements) {
            line(ITEM, st.developmentId() + ": " + Words.agent(st.speaker()) + ", " + Words.on(st.on()) + ":");
            text(DETAIL, "", st.summary());
            if (st.quote() != null) {
                text(DETAIL, "", "\"" + st.quote() + "\"");
            }
        }
    }

    /** Developments grouped by where they were reported, so a chain cited by many is written once. */
    private void sources(List<Corroboration> corroboration) {
        Map<String, List<String>> bySources = new LinkedHashMap<>();
        for (Corroboration c : corroboration) {
            if (c.sources().isEmpty()) {
                continue;
            }
            String sources = c.sources().stream().map(StateReport::source).collect(Collectors.joining(" | "))
                    + (c.sources().size() > 1 ? "; " + Words.count(c.rootSources().size(), "distinct root source")
                    : "");
            bySources.computeIfAbsent(sources, k -> new ArrayList<>()).add(c.developmentId());
        }
        if (bySources.isEmpty()) {
            return;
        }
        section("Sources");
        bySources.forEach((sources, ids) -> line(ITEM, sources + ": " + String.join(", ", ids)));
    }

    private static String source(Attribution source) {
        return Words.source(source) + (source.isAnonymous() ? " (anonymous)" : "");
    }

    private void section(String title) {
        out.append('\n').append(title).append('\n');
    }

    /** One line of the report; whatever it quotes cannot break the line or reach the terminal as a control. */
    private void line(String indent, String text) {
        out.append(indent).append(Terminal.line(text)).append('\n');
    }

    /**
     * Text that may run over several lines (an outcome, a quote, a summary): each of its lines indented, tabs
     * kept, other control characters escaped. Nothing is written for null.
     */
    private void text(String indent, String lead, String text) {
        if (text == null) {
            return;
        }
        String[] lines = text.split("\n", -1);
        out.append(indent).append(Terminal.line(lead)).append(Terminal.text(lines[0])).append('\n');
        for (int i = 1; i < lines.length; i++) {
            out.append(indent).append(" ".repeat(lead.length())).append(Terminal.text(lines[i])).append('\n');
        }
    }
}
