package dev.parley.cli;

import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.ClaimConfirmed;
import dev.parley.timeline.ClaimDenied;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.Development;
import dev.parley.timeline.DocumentDelivered;
import dev.parley.timeline.FigureReported;
import dev.parley.timeline.FulfilmentDeclared;
import dev.parley.timeline.FulfilmentReported;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.PartyJoined;
import dev.parley.timeline.PositionTaken;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.ProposalRejected;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.RoundScheduled;
import dev.parley.timeline.StatementMade;

import java.util.ArrayList;
import java.util.List;

/** One development in one line of words: who did what, and what it links to. */
final class Summary {

    private Summary() {
    }

    /**
     * @param d a development
     * @return e.g. {@code Round 2 in Istanbul: no clear breakthrough}, {@code Russia to Ukraine: Return 10 children
     *         (quantity 10; deadline by 2025-07-10)}, {@code Russia rejected us-demand-ceasefire: ...}; quantity,
     *         deadline and refs in brackets
     */
    static String of(Development d) {
        List<String> extras = new ArrayList<>();
        if (d instanceof AgreementReached a) {
            extras.add(Words.count(a.provisions().size(), "provision"));
        }
        if (d instanceof PositionTaken p) {
            if (p.quantity() != null) {
                extras.add("quantity " + p.quantity());
            }
            if (p.deadline() != null) {
                extras.add("deadline " + (p.deadline().soft() ? "soft, by " : "by ") + Words.date(p.deadline().by())
                        + (p.deadline().text() == null ? "" : ", \"" + p.deadline().text() + "\""));
            }
        }
        d.refs().forEach(ref -> extras.add(Words.lower(ref.kind()) + " " + ref.development()));
        return content(d) + (extras.isEmpty() ? "" : " (" + String.join("; ", extras) + ")");
    }

    private static String content(Development d) {
        if (d instanceof NegotiationOpened o) {
            return o.title() + (o.description() == null ? "" : ": " + o.description());
        } else if (d instanceof PartyJoined p) {
            return p.party() + " joined as " + Words.lower(p.role());
        } else if (d instanceof RoundScheduled r) {
            return round(r.number()) + " scheduled" + (r.venue() == null ? "" : " in " + r.venue())
                    + (r.date() == null ? "" : " for " + Words.date(r.date()));
        } else if (d instanceof RoundHeld r) {
            return round(r.number()) + (r.venue() == null ? " held" : " in " + r.venue())
                    + (r.chair() == null ? "" : ", chaired by " + r.chair())
                    + (r.outcome() == null ? "" : ": " + r.outcome());
        } else if (d instanceof DocumentDelivered doc) {
            return Words.lower(doc.kind()) + (doc.title() == null ? "" : " \"" + doc.title() + "\"")
                    + " from " + doc.from() + " to " + doc.to();
        } else if (d instanceof PositionTaken p) {
            return Words.and(p.by()) + (p.to().isEmpty() ? "" : " to " + Words.and(p.to())) + ": " + p.terms();
        } else if (d instanceof ProposalAccepted a) {
            return a.by() + " accepted " + a.position() + (a.reason() == null ? "" : ": " + a.reason());
        } else if (d instanceof ProposalRejected r) {
            return r.by() + " rejected " + r.position() + (r.reason() == null ? "" : ": " + r.reason());
        } else if (d instanceof PositionWithdrawn w) {
            return w.by() + " withdrew " + w.position() + (w.reason() == null ? "" : ": " + w.reason());
        } else if (d instanceof AgreementReached a) {
            return a.title() + (a.parties().isEmpty() ? "" : ", between " + Words.and(a.parties()));
        } else if (d instanceof ImplementationStepCompleted s) {
            return s.agreement() + (s.provisionsServed().isEmpty() ? "" : "/" + String.join("+", s.provisionsServed()))
                    + ": " + Words.shares(s.delivered())
                    + (s.description() == null ? "" : ", " + s.description());
        } else if (d instanceof FulfilmentDeclared f) {
            return f.by() + " declared " + f.agreement() + (f.provision() == null ? "" : "/" + f.provision())
                    + " fulfilled";
        } else if (d instanceof FulfilmentReported f) {
            return f.by() + (f.complete() ? " delivered in full" : " delivered")
                    + (f.delivered() == null ? "" : " " + f.delivered())
                    + (f.description() == null ? "" : ": " + f.description());
        } else if (d instanceof ClaimMade c) {
            return c.claimant() + " claims: " + c.claim();
        } else if (d instanceof ClaimDenied c) {
            return Words.agent(c.by()) + " denied " + c.claim() + (c.quote() == null ? "" : ": \"" + c.quote() + "\"");
        } else if (d instanceof ClaimConfirmed c) {
            return Words.agent(c.by()) + " confirmed " + c.claim()
                    + (c.quote() == null ? "" : ": \"" + c.quote() + "\"");
        } else if (d instanceof StatementMade s) {
            return Words.agent(s.speaker()) + ": " + (s.summary() != null ? s.summary() : "\"" + s.quote() + "\"");
        } else if (d instanceof FigureReported f) {
            return f.subject() + ": " + f.figure() + (f.by() == null ? "" : ", according to " + f.by());
        } else if (d instanceof ReportCorrected c) {
            return "corrects " + c.development() + (c.reason() == null ? "" : ": " + c.reason());
        } else if (d instanceof ReportRetracted r) {
            return "retracts " + r.development() + (r.reason() == null ? "" : ": " + r.reason());
        }
        // A type added to the vocabulary after this summary was written: still one honest line.
        return d.typeName() + " " + d.id();
    }

    private static String round(Integer number) {
        return number == null ? "Round" : "Round " + number;
    }
}
