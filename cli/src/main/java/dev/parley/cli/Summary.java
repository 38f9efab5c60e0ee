package dev.parley.cli;

import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.ClaimConfirmed;
import dev.parley.timeline.ClaimDenied;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.Development;
import dev.parley.timeline.DelegationAppointed;
import dev.parley.timeline.MeetingProposed;
import dev.parley.timeline.RoundRescheduled;
import dev.parley.timeline.RoundCancelled;
import dev.parley.timeline.DocumentPublished;
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
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.ProposalMade;
import dev.parley.timeline.DemandMade;
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

    /** The sides holding a position, under their coalition's name when it has one: "E3 (France, Germany and UK)". */
    private static String holders(PositionTaken p) {
        return p.coalition() == null ? Words.and(p.by()) : p.coalition() + " (" + Words.and(p.by()) + ")";
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

    /** One line of content per development type: the visitor, so a new type does not compile until it has one. */
    private static final Development.Visitor<String> CONTENT = new Development.Visitor<>() {
        @Override
        public String onNegotiationOpened(NegotiationOpened o) {
            return o.title() + (o.description() == null ? "" : ": " + o.description());
        }

        @Override
        public String onPartyJoined(PartyJoined p) {
            return p.party() + " joined as " + Words.lower(p.role());
        }

        @Override
        public String onRoundScheduled(RoundScheduled r) {
            return round(r.number()) + " scheduled" + (r.venue() == null ? "" : " in " + r.venue())
                + (r.date() == null ? "" : " for " + Words.date(r.date()));
        }

        @Override
        public String onRoundHeld(RoundHeld r) {
            return round(r.number()) + (r.venue() == null ? " held" : " in " + r.venue())
                + (r.chair() == null ? "" : ", chaired by " + r.chair())
                + (r.outcome() == null ? "" : ": " + r.outcome());
        }

        @Override
        public String onDocumentDelivered(DocumentDelivered doc) {
            return Words.lower(doc.kind()) + (doc.title() == null ? "" : " \"" + doc.title() + "\"")
                + " from " + doc.from() + " to " + doc.to();
        }

        @Override
        public String onDemandMade(DemandMade p) {
            return holders(p) + (p.to().isEmpty() ? "" : " to " + Words.and(p.to())) + ": " + p.terms();
        }

        @Override
        public String onProposalMade(ProposalMade p) {
            return holders(p) + (p.to().isEmpty() ? "" : " to " + Words.and(p.to())) + ": " + p.terms();
        }

        @Override
        public String onOfferMade(OfferMade p) {
            return holders(p) + (p.to().isEmpty() ? "" : " to " + Words.and(p.to())) + ": " + p.terms();
        }

        @Override
        public String onProposalAccepted(ProposalAccepted a) {
            return a.by() + " accepted " + String.join(", ", a.covered())
                    + (a.reason() == null ? "" : ": " + a.reason());
        }

        @Override
        public String onProposalRejected(ProposalRejected r) {
            return r.by() + " rejected " + String.join(", ", r.covered())
                    + (r.reason() == null ? "" : ": " + r.reason());
        }

        @Override
        public String onPositionWithdrawn(PositionWithdrawn w) {
            return w.by() + " withdrew " + String.join(", ", w.covered())
                    + (w.reason() == null ? "" : ": " + w.reason());
        }

        @Override
        public String onAgreementReached(AgreementReached a) {
            return a.title() + (a.parties().isEmpty() ? "" : ", between " + Words.and(a.parties()));
        }

        @Override
        public String onImplementationStepCompleted(ImplementationStepCompleted s) {
            return (s.agreement() == null ? "transfer outside any agreement" : s.agreement())
                + (s.provisionsServed().isEmpty() ? "" : "/" + String.join("+", s.provisionsServed()))
                + ": " + Words.shares(s.delivered())
                + (s.description() == null ? "" : ", " + s.description());
        }

        @Override
        public String onClaimMade(ClaimMade c) {
            return c.claimant() + " claims: " + c.claim();
        }

        @Override
        public String onClaimDenied(ClaimDenied c) {
            return Words.agent(c.by()) + " denied " + c.claim() + (c.quote() == null ? "" : ": \"" + c.quote() + "\"");
        }

        @Override
        public String onClaimConfirmed(ClaimConfirmed c) {
            return Words.agent(c.by()) + " confirmed " + c.claim()
                + (c.quote() == null ? "" : ": \"" + c.quote() + "\"");
        }

        @Override
        public String onStatementMade(StatementMade s) {
            return Words.agent(s.speaker()) + ": " + (s.summary() != null ? s.summary() : "\"" + s.quote() + "\"");
        }

        @Override
        public String onFulfilmentReported(FulfilmentReported f) {
            return f.by() + (f.complete() ? " delivered in full" : " delivered")
                + (f.delivered() == null ? "" : " " + f.delivered())
                + (f.description() == null ? "" : ": " + f.description());
        }

        @Override
        public String onFulfilmentDeclared(FulfilmentDeclared f) {
            return f.by() + " declared " + f.agreement() + (f.provision() == null ? "" : "/" + f.provision())
                + " fulfilled";
        }

        @Override
        public String onFigureReported(FigureReported f) {
            return f.subject() + ": " + f.figure() + (f.by() == null ? "" : ", according to " + f.by());
        }

        @Override
        public String onReportCorrected(ReportCorrected c) {
            return "corrects " + c.development() + (c.reason() == null ? "" : ": " + c.reason());
        }

        @Override
        public String onReportRetracted(ReportRetracted r) {
            return "retracts " + r.development() + (r.reason() == null ? "" : ": " + r.reason());
        }

        // The types of issue 10, in plain words until the outputs issue words them.

        @Override
        public String onDelegationAppointed(DelegationAppointed d) {
            return d.party() + " appointed its delegation" + (d.head() == null ? "" : ", led by " + Words.agent(d.head()))
                + (d.size() == null ? "" : " (" + d.size() + (d.size() == 1 ? " person)" : " people)"));
        }

        @Override
        public String onMeetingProposed(MeetingProposed m) {
            return Words.and(m.by()) + " proposed a meeting" + (m.with().isEmpty() ? "" : " with " + Words.and(m.with()))
                + (m.venue() == null ? "" : " in " + m.venue()) + (m.date() == null ? "" : " on " + Words.date(m.date()));
        }

        @Override
        public String onRoundRescheduled(RoundRescheduled r) {
            return (r.meeting() != null ? "meeting " + r.meeting() : round(r.number()))
                + (r.date() == null ? " postponed" : " rescheduled for " + Words.date(r.date()))
                + (r.reason() == null ? "" : ": " + r.reason());
        }

        @Override
        public String onRoundCancelled(RoundCancelled r) {
            return round(r.number()) + " cancelled" + (r.by() == null ? "" : " by " + r.by())
                + (r.reason() == null ? "" : ": " + r.reason());
        }

        @Override
        public String onDocumentPublished(DocumentPublished d) {
            return d.by() + " published " + (d.title() != null ? "\"" + d.title() + "\"" : d.document() != null
                ? d.document() : "a document");
        }

        @Override
        public String onAgreementSigned(AgreementSigned a) {
            return a.by() + " signed " + a.agreement() + (a.with().isEmpty() ? "" : " with " + Words.and(a.with()))
                + (a.signatories().isEmpty() ? "" : " (signed by " + Words.and(a.signatories().stream()
                .map(Words::agent).toList()) + ")");
        }

        @Override
        public String onAgreementRatified(AgreementRatified a) {
            String verb = a.outcome() == null ? " ratified " : switch (a.outcome()) {
                case APPROVED -> " ratified ";
                case REJECTED -> " rejected in a vote ";
                case RECOMMENDED -> " recommended ";
            };
            return a.by() + verb + a.agreement() + (a.inForce() == null ? "" : ", in force from " + a.inForce())
                    + (a.result() == null ? "" : ": " + a.result())
                    + (a.vote() == null ? "" : " (" + a.vote() + ")");
        }

        @Override
        public String onAgreementExtended(AgreementExtended a) {
            return a.agreement() + " extended" + (a.until() == null ? "" : " until " + Words.date(a.until()))
                + (a.days() == null ? "" : " by " + a.days() + " days") + (a.by().isEmpty() ? "" : " by "
                + Words.and(a.by()));
        }

        @Override
        public String onAgreementSuspended(AgreementSuspended a) {
            String what = a.stalled() ? a.agreement() + " stalled" : a.by() + " suspended " + a.agreement();
            return what + (a.reason() == null ? "" : ": " + a.reason());
        }

        @Override
        public String onAgreementResumed(AgreementResumed a) {
            return a.by() + " resumed " + a.agreement() + (a.reason() == null ? "" : ": " + a.reason());
        }

        @Override
        public String onAgreementTerminated(AgreementTerminated a) {
            return a.agreement() + (a.by() == null ? " lapsed" : " terminated by " + a.by())
                + (a.reason() == null ? "" : ": " + a.reason());
        }

        @Override
        public String onAgreementWithdrawnFrom(AgreementWithdrawnFrom a) {
            return a.by() + " withdrew from " + a.agreement() + (a.reason() == null ? "" : ": " + a.reason());
        }

        @Override
        public String onNonComplianceAlleged(NonComplianceAlleged n) {
            return n.by() + " alleges " + n.against() + " broke " + n.agreement()
                + (n.provision() == null ? "" : "/" + n.provision()) + ": " + n.allegation();
        }

        @Override
        public String onActionStarted(ActionStarted a) {
            return Words.and(a.by()) + " started a " + a.action() + (a.against().isEmpty() ? "" : " against "
                + Words.and(a.against()));
        }

        @Override
        public String onActionEnded(ActionEnded a) {
            return a.action() + " ended" + (a.by() == null ? "" : " by " + a.by())
                + (a.reason() == null ? "" : ": " + a.reason());
        }

        @Override
        public String onVersionReported(VersionReported v) {
            return v.development() + " " + (v.field() == null ? v.attribute() : v.field()) + " reported as "
                    + v.value() + (v.unit() == null ? "" : " " + v.unit());
        }
    };

    private static String content(Development d) {
        return d.accept(CONTENT);
    }

    private static String round(Integer number) {
        return number == null ? "Round" : "Round " + number;
    }
}
