package dev.parley.cli;

import dev.parley.timeline.Agent;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.state.Action;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.Delegation;
import dev.parley.timeline.state.Meeting;
import dev.parley.timeline.state.Publication;
import dev.parley.timeline.state.Reaction;
import dev.parley.timeline.state.Step;
import dev.parley.timeline.state.Version;
import dev.parley.timeline.state.Change;
import dev.parley.timeline.state.Claim;
import dev.parley.timeline.state.ClaimReaction;
import dev.parley.timeline.state.Correction;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.Document;
import dev.parley.timeline.state.Figure;
import dev.parley.timeline.state.FigureVersion;
import dev.parley.timeline.state.Participant;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.Round;
import dev.parley.timeline.state.Statement;

import java.util.List;
import java.util.stream.Collectors;

/** A {@link Change} in words, derived from its structured values: {@code offer-1: status OPEN -> FULFILLED}. */
final class ChangeText {

    private ChangeText() {
    }

    /**
     * @param change a change
     * @return one line: the subject, what happened to it, and the developments that caused it
     */
    static String of(Change change) {
        return change.subject() + ": " + what(change)
                + (change.causedBy().isEmpty() ? "" : " (by " + String.join(", ", change.causedBy()) + ")");
    }

    private static String what(Change c) {
        Object to = c.to();
        switch (c.kind()) {
            case PARTICIPANT_ADDED:
                Participant p = (Participant) to;
                return p.name() + " joined as " + Words.lower(p.role());
            case ROUND_ADDED:
                Round r = (Round) to;
                return Words.lower(r.status()) + " " + Words.on(r.date())
                        + (r.venue() == null ? "" : " in " + r.venue()) + (r.outcome() == null ? "" : ": " + r.outcome());
            case DOCUMENT_ADDED:
                Document d = (Document) to;
                return Words.lower(d.kind()) + (d.title() == null ? "" : " \"" + d.title() + "\"") + " delivered by "
                        + d.from() + " to " + d.to();
            case POSITION_ADDED:
                Position position = (Position) to;
                return Words.lower(position.kind()) + " made by " + Words.and(position.by())
                        + (position.to().isEmpty() ? "" : " to " + Words.and(position.to())) + ": " + position.terms();
            case NEGOTIATION_CHANGED:
                return c.field().equals("opened") && c.from() == null ? "opened " + Words.on((PartialDate) to)
                        : c.field() + " " + value(c.from()) + " -> " + value(to);
            case POSITION_DELIVERED:
                return "delivered so far " + value(c.from()) + " -> " + value(to);
            case POSITION_STATUS_REPEATED:
                return value(to) + " again";
            case AGREEMENT_ADDED:
                Agreement a = (Agreement) to;
                return "agreement reached: " + a.title()
                        + (a.parties().isEmpty() ? "" : ", between " + Words.and(a.parties()));
            case STEP_DISPUTED:
                return "step disputed";
            case FULFILMENT_DECLARED:
                return "declared fulfilled by " + to;
            case CLAIM_ADDED:
                Claim claim = (Claim) to;
                return "claim made by " + claim.claimant() + ": " + claim.text();
            case CLAIM_DISPUTED:
                return "denied by " + Words.agent(((ClaimReaction) to).by());
            case CLAIM_CONFIRMED:
                return "confirmed by " + Words.agent(((ClaimReaction) to).by());
            case FIGURE_ADDED:
                return "figure reported: " + version(((Figure) to).versions().get(0));
            case FIGURE_VERSION_ADDED:
                return "another figure reported: " + version((FigureVersion) to);
            case FIGURE_CHANGED:
                return "figure corrected: " + version((FigureVersion) c.from()) + " -> " + version((FigureVersion) to);
            case STATEMENT_ADDED:
                return "statement by " + Words.agent(((Statement) to).speaker());
            case CORRECTION_ADDED:
                Correction correction = (Correction) to;
                return correction.target() + " " + Words.lower(correction.kind())
                        + (correction.reason() == null ? "" : ": " + correction.reason());
            case DEVELOPMENT_DISPUTED:
                return "disputed by " + Words.and(((Reaction) to).by());
            case DEVELOPMENT_CONFIRMED:
                return "confirmed by " + Words.and(((Reaction) to).by());
            case VERSION_ADDED:
                Version version = (Version) to;
                return "another version of " + (version.field() == null ? version.attribute() : version.field())
                        + ": " + version.value() + (version.unit() == null ? "" : " " + version.unit());
            case MEETING_ADDED:
                return "meeting proposed by " + Words.and(((Meeting) to).by());
            case DELEGATION_ADDED:
                return "delegation of " + ((Delegation) to).party() + " appointed";
            case PUBLICATION_ADDED:
                return "document published by " + ((Publication) to).by();
            case ACTION_ADDED:
                Action action = (Action) to;
                return action.action() + " started by " + Words.and(action.by());
            case REMOVED:
                return "no longer among the " + c.field();
            case TRANSFER_ADDED:
                return "transfer outside any agreement: " + Words.shares(((Step) to).delivered());
            default:
                // status, delivered, and every corrected component: the field, before and after
                return c.field() + " " + value(c.from()) + " -> " + value(to);
        }
    }

    private static String version(FigureVersion v) {
        return v.figure() + (v.by() == null ? "" : ", according to " + v.by());
    }

    /** A value of the state in words; lists joined, empty as "nothing". */
    static String value(Object value) {
        if (value == null) {
            return "none";
        } else if (value instanceof PartialDate date) {
            return Words.date(date);
        } else if (value instanceof Deadline deadline) {
            return Words.deadline(deadline);
        } else if (value instanceof Agent agent) {
            return Words.agent(agent);
        } else if (value instanceof Enum<?> constant) {
            return constant.name();
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return "nothing";
            }
            if (list.get(0) instanceof Delivery) {
                return Words.deliveries(list.stream().map(Delivery.class::cast).toList());
            }
            return list.stream().map(ChangeText::value).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
