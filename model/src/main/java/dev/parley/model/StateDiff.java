package dev.parley.model;

import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.Change;
import dev.parley.timeline.state.Change.Kind;
import dev.parley.timeline.state.Claim;
import dev.parley.timeline.state.ClaimReaction;
import dev.parley.timeline.state.Correction;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.Document;
import dev.parley.timeline.state.Figure;
import dev.parley.timeline.state.FigureVersion;
import dev.parley.timeline.state.Fulfilment;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Participant;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.Response;
import dev.parley.timeline.state.Round;
import dev.parley.timeline.state.Statement;
import dev.parley.timeline.state.Step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two states of one negotiation: additions, status changes, ledger movements, new denials,
 * and removals, each naming the developments that caused it.
 *
 * <pre>{@code
 * List<Change> changes = StateDiff.between(parley.state(id, AsOf.occurredBy(june1)).orElseThrow(),
 *                                          parley.state(id, AsOf.occurredBy(july11)).orElseThrow());
 * }</pre>
 */
public final class StateDiff {
    private final List<Change> changes = new ArrayList<>();

    private StateDiff() {
    }

    /**
     * @param before the earlier state
     * @param after  the later state
     * @return the changes, grouped by kind of item in state order
     */
    public static List<Change> between(NegotiationState before, NegotiationState after) {
        StateDiff diff = new StateDiff();
        diff.compare(before.participants(), after.participants(), p -> p.name() + "/" + p.role(), Kind.PARTICIPANT_ADDED,
                p -> List.of(p.developmentId()), (a, b) -> { });
        diff.compare(before.rounds(), after.rounds(), StateDiff::roundKey, Kind.ROUND_ADDED, r -> List.of(r.developmentId()),
                diff::rounds);
        diff.compare(before.documents(), after.documents(), Document::id, Kind.DOCUMENT_ADDED, d -> List.of(d.id()),
                (a, b) -> { });
        diff.compare(before.positions(), after.positions(), Position::id, Kind.POSITION_ADDED, StateDiff::causes,
                diff::positions);
        diff.compare(before.agreements(), after.agreements(), Agreement::id, Kind.AGREEMENT_ADDED, a -> List.of(a.id()),
                diff::agreements);
        diff.compare(before.claims(), after.claims(), Claim::id, Kind.CLAIM_ADDED, StateDiff::causes, diff::claims);
        diff.compare(before.figures(), after.figures(), Figure::subject, Kind.FIGURE_ADDED,
                f -> f.versions().stream().map(FigureVersion::developmentId).toList(), diff::figures);
        diff.compare(before.statements(), after.statements(), Statement::developmentId, Kind.STATEMENT_ADDED,
                st -> List.of(st.developmentId()), (a, b) -> { });
        diff.compare(before.corrections(), after.corrections(), Correction::developmentId, Kind.CORRECTION_ADDED,
                c -> List.of(c.developmentId()), (a, b) -> { });
        return List.copyOf(diff.changes);
    }

    private interface Detail<T> {
        void changed(T before, T after);
    }

    private <T> void compare(List<T> before, List<T> after, Function<T, String> key, Kind added,
                             Function<T, List<String>> cause, Detail<T> detail) {
        Map<String, T> earlier = index(before, key);
        Map<String, T> later = index(after, key);
        for (Map.Entry<String, T> entry : later.entrySet()) {
            T old = earlier.get(entry.getKey());
            if (old == null) {
                changes.add(new Change(added, entry.getKey(), null, describe(entry.getValue()),
                        cause.apply(entry.getValue())));
            } else if (!old.equals(entry.getValue())) {
                detail.changed(old, entry.getValue());
            }
        }
        for (Map.Entry<String, T> entry : earlier.entrySet()) {
            if (!later.containsKey(entry.getKey())) {
                changes.add(new Change(Kind.REMOVED, entry.getKey(), describe(entry.getValue()), null, List.of()));
            }
        }
    }

    private void rounds(Round before, Round after) {
        changes.add(new Change(Kind.ROUND_CHANGED, roundKey(after), before.status() + " " + before.date(),
                after.status() + " " + after.date(), List.of(after.developmentId())));
    }

    private void positions(Position before, Position after) {
        if (before.status() == after.status() && before.deliveredSoFar() == after.deliveredSoFar()) {
            return;
        }
        List<String> causes = new ArrayList<>(added(before.responses(), after.responses(), Response::developmentId));
        causes.addAll(added(before.fulfilments(), after.fulfilments(), Fulfilment::developmentId));
        String quantity = after.quantity() != null && after.quantity().value() != null
                ? " (" + after.deliveredSoFar() + " of " + after.quantity().value() + ")" : "";
        changes.add(new Change(Kind.POSITION_STATUS_CHANGED, after.id(), before.status().name(),
                after.status() + quantity, causes));
    }

    private void agreements(Agreement before, Agreement after) {
        Map<String, ProvisionLedger> earlier = index(before.provisions(), ProvisionLedger::id);
        for (ProvisionLedger ledger : after.provisions()) {
            ProvisionLedger old = earlier.get(ledger.id());
            if (old != null && !old.equals(ledger)) {
                List<String> causes = new ArrayList<>(added(old.steps(), ledger.steps(), Step::developmentId));
                ledger.steps().stream().filter(s -> s.isDisputed()).flatMap(s -> s.disputedBy().stream())
                        .filter(id -> old.steps().stream().noneMatch(s -> s.disputedBy().contains(id)))
                        .forEach(causes::add);
                changes.add(new Change(Kind.LEDGER_CHANGED, after.id() + "/" + ledger.id(), totals(old.delivered()),
                        totals(ledger.delivered()), causes));
            }
        }
    }

    private void claims(Claim before, Claim after) {
        List<String> denials = added(before.deniedBy(), after.deniedBy(), ClaimReaction::developmentId);
        if (!denials.isEmpty()) {
            changes.add(new Change(Kind.CLAIM_DISPUTED, after.id(), null, "denied by " + after.deniedBy().stream()
                    .map(r -> r.by().toString()).collect(Collectors.joining(", ")), denials));
        }
        List<String> confirmations = added(before.confirmedBy(), after.confirmedBy(), ClaimReaction::developmentId);
        if (!confirmations.isEmpty()) {
            changes.add(new Change(Kind.CLAIM_CONFIRMED, after.id(), null, "confirmed by " + after.confirmedBy()
                    .stream().map(r -> r.by().toString()).collect(Collectors.joining(", ")), confirmations));
        }
    }

    private void figures(Figure before, Figure after) {
        List<String> causes = added(before.versions(), after.versions(), FigureVersion::developmentId);
        changes.add(new Change(Kind.FIGURE_ADDED, after.subject(), figures(before), figures(after), causes));
    }

    /** An added position or claim is caused by its own development and by everything that answered it since. */
    private static List<String> causes(Object item) {
        List<String> causes = new ArrayList<>();
        if (item instanceof Position p) {
            causes.add(p.id());
            p.responses().forEach(r -> causes.add(r.developmentId()));
            p.fulfilments().forEach(f -> causes.add(f.developmentId()));
        } else if (item instanceof Claim c) {
            causes.add(c.id());
            c.deniedBy().forEach(r -> causes.add(r.developmentId()));
            c.confirmedBy().forEach(r -> causes.add(r.developmentId()));
        }
        return causes;
    }

    private static String figures(Figure figure) {
        return figure.versions().stream().map(v -> v.figure() + " (" + v.by() + ")").collect(Collectors.joining(" / "));
    }

    private static String totals(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return "nothing delivered";
        }
        return deliveries.stream().map(d -> d.party() + " " + (d.approximate() ? "~" : "") + d.known()
                        + (d.undisclosedSteps() > 0 ? " + " + d.undisclosedSteps() + " undisclosed" : ""))
                .collect(Collectors.joining(", "));
    }

    private static String describe(Object item) {
        if (item instanceof Position p) {
            return p.kind() + " by " + String.join(", ", p.by()) + ": " + p.terms() + " [" + p.status() + "]";
        } else if (item instanceof Round r) {
            return r.status() + " " + r.date() + (r.venue() == null ? "" : " in " + r.venue());
        } else if (item instanceof Claim c) {
            return (c.disputed() ? "[DISPUTED] " : "") + c.claimant() + ": " + c.text();
        } else if (item instanceof Agreement a) {
            return a.title();
        } else if (item instanceof Document d) {
            return d.kind() + " " + d.from() + " -> " + d.to();
        } else if (item instanceof Figure f) {
            return figures(f);
        } else if (item instanceof Statement s) {
            return s.speaker() + ": " + (s.quote() != null ? "\"" + s.quote() + "\"" : s.summary());
        } else if (item instanceof Participant p) {
            return p.name() + " as " + p.role();
        } else if (item instanceof Correction c) {
            return c.kind() + " " + c.target();
        }
        return String.valueOf(item);
    }

    private static String roundKey(Round round) {
        return round.number() != null ? "round " + round.number() : round.developmentId();
    }

    private static <T> List<String> added(List<T> before, List<T> after, Function<T, String> id) {
        List<String> earlier = before.stream().map(id).toList();
        return after.stream().map(id).filter(x -> !earlier.contains(x)).filter(Objects::nonNull).toList();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(key.apply(item), item);
        }
        return map;
    }
}
