package dev.parley.cli;

import dev.parley.timeline.PartyRole;
import dev.parley.timeline.Share;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.Claim;
import dev.parley.timeline.state.Correction;
import dev.parley.timeline.state.Corroboration;
import dev.parley.timeline.state.Figure;
import dev.parley.timeline.state.Step;
import dev.parley.timeline.state.ClaimReaction;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.Document;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.Round;
import dev.parley.timeline.state.Statement;

import java.util.List;
import java.util.stream.Collectors;

/** Renders a {@link NegotiationState} as a readable plain-text summary. */
final class StateReport {
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
        line(s.title() + "  [" + s.negotiationId() + "]");
        line("opened " + s.opened() + ", " + s.developmentCount() + " developments"
                + (s.asOf() == null || s.asOf().isNow() ? "" : ", as of " + s.asOf())
                + (s.evaluatedOn() == null ? "" : "; deadlines judged on " + s.evaluatedOn()));
        if (!s.uncertain().isEmpty()) {
            line("left out, dates straddle the cut: " + String.join(", ", s.uncertain()));
        }
        section("Participants");
        for (PartyRole role : PartyRole.values()) {
            List<String> names = s.participantsIn(role);
            if (!names.isEmpty()) {
                item(role.name().toLowerCase() + ": " + String.join(", ", names));
            }
        }
        section("Rounds");
        for (Round r : s.rounds()) {
            item((r.number() == null ? "" : "round " + r.number() + ", ") + r.date() + ", "
                    + (r.venue() == null ? "venue unknown" : r.venue()) + " (" + r.status().name().toLowerCase() + ")"
                    + (r.outcome() == null ? "" : ": " + r.outcome()));
            if (!r.delegations().isEmpty()) {
                detail("delegations: " + String.join("; ", r.delegations()));
            }
        }
        section("Documents");
        for (Document d : s.documents()) {
            item(d.delivered() + " " + d.kind() + (d.title() == null ? "" : " \"" + d.title() + "\"") + ", "
                    + d.from() + " -> " + d.to());
            d.contents().forEach(c -> detail("- " + c));
        }
        section("Positions");
        for (Position p : s.positions()) {
            item("[" + p.status() + "] " + p.kind() + " by " + String.join(", ", p.by())
                    + (p.to().isEmpty() ? "" : " to " + String.join(", ", p.to())) + ": " + p.terms());
            if (!p.items().isEmpty()) {
                detail("items: " + String.join(", ", p.items()));
            }
            if (p.quantity() != null) {
                detail("quantity: " + p.quantity()
                        + (p.fulfilments().isEmpty() ? "" : ", delivered so far: " + p.deliveredSoFar()));
            }
            p.fulfilments().forEach(f -> detail(f.on() + " delivered" + (f.delivered() == null ? "" : " " + f.delivered())
                    + (f.by() == null ? "" : " by " + f.by()) + " (" + f.developmentId() + ")"));
            if (p.deadline() != null) {
                detail("deadline: " + p.deadline());
            }
            p.responses().forEach(r -> detail(r.on() + " " + r.status() + " by " + r.by()
                    + (r.reason() == null ? "" : ": " + r.reason())));
        }
        section("Agreements");
        for (Agreement a : s.agreements()) {
            item(a.reached() + " " + a.title() + " (" + String.join(", ", a.parties()) + ")");
            for (ProvisionLedger p : a.provisions()) {
                detail(p.subject() + (p.formula() == null ? "" : ", " + p.formula())
                        + (p.criteria().isEmpty() ? "" : "; criteria: " + String.join(", ", p.criteria())));
                if (!p.target().isEmpty()) {
                    detail("  target: " + p.target().stream().map(Share::toString).collect(Collectors.joining("; ")));
                }
                detail("  delivered: " + (p.delivered().isEmpty() ? "nothing reported yet"
                        : p.delivered().stream().map(StateReport::delivery).collect(Collectors.joining("; "))));
                p.steps().stream().filter(Step::isDisputed).forEach(st -> detail("  step " + st.developmentId()
                        + " disputed by " + String.join(", ", st.disputedBy())));
                if (!p.declaredFulfilledBy().isEmpty()) {
                    detail("  declared fulfilled by " + String.join(", ", p.declaredFulfilledBy()));
                }
            }
        }
        section("Claims");
        for (Claim c : s.claims()) {
            item((c.disputed() ? "[DISPUTED] " : "") + c.claimant() + ": " + c.text());
            c.deniedBy().forEach(r -> detail("denied by " + reaction(r)));
            c.confirmedBy().forEach(r -> detail("confirmed by " + reaction(r)));
        }
        section("Figures");
        for (Figure f : s.figures()) {
            item((f.competing() ? "[COMPETING] " : "") + f.subject() + ": " + f.versions().stream()
                    .map(v -> v.figure() + " (" + v.by() + ", " + v.on() + ")").collect(Collectors.joining(" / ")));
        }
        section("Corrections");
        for (Correction c : s.corrections()) {
            item(c.reported() + " " + c.target() + " " + c.kind().name().toLowerCase()
                    + (c.reason() == null ? "" : ": " + c.reason()));
        }
        section("Statements");
        for (Statement st : s.statements()) {
            item(st.on() + " " + st.speaker() + ":");
            if (st.summary() != null) {
                detail(st.summary());
            }
            if (st.quote() != null) {
                detail("\"" + st.quote() + "\"");
            }
        }
        section("Sources");
        for (Corroboration c : s.corroboration()) {
            item(c.developmentId() + ": " + c.sources().stream().map(Object::toString)
                    .collect(Collectors.joining(" | ")) + (c.anonymous() > 0 ? "  [anonymous root]" : ""));
        }
        return out.toString().stripTrailing();
    }

    private static String delivery(Delivery d) {
        return d.party() + " " + (d.approximate() ? "about " : "") + d.known()
                + (d.undisclosedSteps() > 0 ? " + " + d.undisclosedSteps() + " step(s) undisclosed" : "");
    }

    private static String reaction(ClaimReaction r) {
        return r.by() + " on " + r.on() + (r.quote() == null ? "" : ": \"" + r.quote() + "\"");
    }

    private void section(String title) {
        out.append('\n').append(title).append('\n');
    }

    private void item(String text) {
        out.append("  ").append(text).append('\n');
    }

    private void detail(String text) {
        out.append("      ").append(text).append('\n');
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
