package dev.parley.model;

import dev.parley.timeline.PartialDate;
import dev.parley.timeline.state.Action;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.AgreementStatus;
import dev.parley.timeline.state.Corroboration;
import dev.parley.timeline.state.Delegation;
import dev.parley.timeline.state.Extension;
import dev.parley.timeline.state.LifeEvent;
import dev.parley.timeline.state.Meeting;
import dev.parley.timeline.state.ProvisionStatus;
import dev.parley.timeline.state.Publication;
import dev.parley.timeline.state.Ratification;
import dev.parley.timeline.state.Reaction;
import dev.parley.timeline.state.Signature;
import dev.parley.timeline.state.Version;
import dev.parley.timeline.state.Change;
import dev.parley.timeline.state.Change.Kind;
import dev.parley.timeline.state.Claim;
import dev.parley.timeline.state.ClaimReaction;
import dev.parley.timeline.state.Correction;
import dev.parley.timeline.state.Document;
import dev.parley.timeline.state.Figure;
import dev.parley.timeline.state.FigureVersion;
import dev.parley.timeline.state.Fulfilment;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Participant;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.Response;
import dev.parley.timeline.state.Round;
import dev.parley.timeline.state.Statement;
import dev.parley.timeline.state.Step;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What changed between two states of one negotiation, as structured {@link Change}s: items added and removed,
 * status changes and repeats, deliveries, ledger movements, disputed steps, declarations of fulfilment, denials,
 * confirmations, new figures, and corrected fields, each naming the developments that caused it.
 *
 * <p>An item added between the two states is also compared with the item as it was first recorded (a position
 * still open, an agreement with empty ledgers, a claim nobody answered yet), so whatever happened to it inside the
 * window is listed too: the ledger of an agreement reached and implemented between the two dates is not lost.
 * Components a state record gains later are compared as they are, by name, so they show up without a change here.
 *
 * <pre>{@code
 * List<Change> changes = StateDiff.between(parley.state(id, AsOf.occurredBy(june1)).orElseThrow(),
 *                                          parley.state(id, AsOf.occurredBy(july11)).orElseThrow());
 * }</pre>
 */
public final class StateDiff {
    private final List<Change> changes = new ArrayList<>();
    /** Corrections and retractions that took effect between the two states, by the development they target. */
    private final Map<String, List<String>> newCorrections = new LinkedHashMap<>();

    private StateDiff(NegotiationState before, NegotiationState after) {
        Set<String> earlier = new LinkedHashSet<>(before.corrections().stream().map(Correction::developmentId).toList());
        for (Correction c : after.corrections()) {
            if (!earlier.contains(c.developmentId())) {
                newCorrections.computeIfAbsent(c.target(), t -> new ArrayList<>()).add(c.developmentId());
            }
        }
    }

    /**
     * @param before the earlier state
     * @param after  the later state
     * @return the changes, grouped by kind of item in state order
     */
    public static List<Change> between(NegotiationState before, NegotiationState after) {
        StateDiff diff = new StateDiff(before, after);
        if (before.title() != null && !Objects.equals(before.title(), after.title())) {   // not when just opened
            diff.changes.add(new Change(Kind.NEGOTIATION_CHANGED, after.negotiationId(), "title", before.title(),
                    after.title(), List.of()));
        }
        if (!Objects.equals(before.opened(), after.opened())) {
            diff.changes.add(new Change(Kind.NEGOTIATION_CHANGED, after.negotiationId(), "opened", before.opened(),
                    after.opened(), List.of()));
        }
        diff.compare("participants", before.participants(), after.participants(), p -> p.name() + "/" + p.role(),
                Participant::developmentId, Kind.PARTICIPANT_ADDED, p -> List.of(p.developmentId()), null, null);
        diff.compare("rounds", before.rounds(), after.rounds(), StateDiff::roundKey, StateDiff::roundKey,
                Kind.ROUND_ADDED, r -> List.of(r.developmentId()), null, diff::round);
        diff.compare("documents", before.documents(), after.documents(), Document::id, Document::id,
                Kind.DOCUMENT_ADDED, d -> List.of(d.id()), null,
                (a, b) -> diff.components(Kind.DOCUMENT_CHANGED, b.id(), a, b, Set.of("id"), diff.corrections(b.id())));
        diff.compare("positions", before.positions(), after.positions(), Position::id, Position::id,
                Kind.POSITION_ADDED, StateDiff::causes, StateDiff::asMade, diff::position);
        diff.compare("agreements", before.agreements(), after.agreements(), Agreement::id, Agreement::id,
                Kind.AGREEMENT_ADDED, StateDiff::causes, StateDiff::asReached, diff::agreement);
        diff.compare("claims", before.claims(), after.claims(), Claim::id, Claim::id, Kind.CLAIM_ADDED,
                StateDiff::causes, StateDiff::asMade, diff::claim);
        diff.compare("figures", before.figures(), after.figures(), Figure::subject, Figure::subject,
                Kind.FIGURE_ADDED, f -> f.versions().stream().map(FigureVersion::developmentId).toList(),
                f -> Figure.of(f.subject(), f.versions().subList(0, 1)), diff::figure);
        diff.compare("statements", before.statements(), after.statements(), Statement::developmentId,
                Statement::developmentId, Kind.STATEMENT_ADDED, st -> List.of(st.developmentId()), null,
                (a, b) -> diff.components(Kind.STATEMENT_CHANGED, b.developmentId(), a, b, Set.of("developmentId"),
                        diff.corrections(b.developmentId())));
        diff.compare("corrections", before.corrections(), after.corrections(), Correction::developmentId,
                Correction::developmentId, Kind.CORRECTION_ADDED, c -> List.of(c.developmentId()), null, null);
        diff.compare("delegations", before.delegations(), after.delegations(), Delegation::developmentId,
                Delegation::developmentId, Kind.DELEGATION_ADDED, d -> List.of(d.developmentId()), null, null);
        diff.compare("meetings", before.meetings(), after.meetings(), Meeting::id, Meeting::id, Kind.MEETING_ADDED,
                m -> concat(List.of(m.id()), m.heldBy(), m.rescheduledBy()), StateDiff::asProposed,
                (a, b) -> diff.components(Kind.MEETING_CHANGED, b.id(), a, b, Set.of("id"),
                        concat(added(a.heldBy(), b.heldBy(), id -> id), added(a.rescheduledBy(), b.rescheduledBy(),
                                id -> id), diff.corrections(b.id()))));
        diff.compare("transfers", before.transfers().steps(), after.transfers().steps(), Step::developmentId,
                Step::developmentId, Kind.TRANSFER_ADDED, s -> List.of(s.developmentId()), null, null);
        diff.compare("publications", before.publications(), after.publications(), Publication::developmentId,
                Publication::developmentId, Kind.PUBLICATION_ADDED, p -> List.of(p.developmentId()), null, null);
        diff.compare("actions", before.actions(), after.actions(), Action::id, Action::id, Kind.ACTION_ADDED,
                a -> a.endedIn() == null ? List.of(a.id()) : List.of(a.id(), a.endedIn()), StateDiff::asStarted,
                (a, b) -> diff.components(Kind.ACTION_CHANGED, b.id(), a, b, Set.of("id"),
                        concat(b.endedIn() == null || b.endedIn().equals(a.endedIn()) ? List.of()
                                : List.of(b.endedIn()), diff.corrections(b.id()))));
        diff.reception(before.corroboration(), after.corroboration(), after);
        return List.copyOf(diff.changes);
    }

    private interface Detail<T> {
        void changed(T before, T after);
    }

    /**
     * @param asFirstRecorded for an added item, the item as its own development left it, compared with the item
     *                        now so that what happened to it since is listed; null when there is nothing to list
     */
    private <T> void compare(String field, List<T> before, List<T> after, Function<T, String> key,
                             Function<T, String> subject, Kind added, Function<T, List<String>> cause,
                             Function<T, T> asFirstRecorded, Detail<T> detail) {
        Map<String, T> earlier = index(before, key);
        Map<String, T> later = index(after, key);
        for (Map.Entry<String, T> entry : later.entrySet()) {
            T now = entry.getValue();
            T old = earlier.get(entry.getKey());
            if (old == null) {
                changes.add(new Change(added, subject.apply(now), field, null, now, cause.apply(now)));
                if (asFirstRecorded != null && detail != null) {
                    detail.changed(asFirstRecorded.apply(now), now);
                }
            } else if (!old.equals(now) && detail != null) {
                detail.changed(old, now);
            }
        }
        for (Map.Entry<String, T> entry : earlier.entrySet()) {
            if (!later.containsKey(entry.getKey())) {
                String id = subject.apply(entry.getValue());
                changes.add(new Change(Kind.REMOVED, id, field, entry.getValue(), null, corrections(id)));
            }
        }
    }

    /**
     * Disputes, confirmations and competing versions that arrived between the two states, for any development;
     * the sourcing itself is no change (every sourced development has one).
     */
    private void reception(List<Corroboration> before, List<Corroboration> after, NegotiationState state) {
        // Disputed steps and answered claims have changes of their own (STEP_DISPUTED, CLAIM_DISPUTED ...).
        Set<String> told = new LinkedHashSet<>();
        state.agreements().forEach(a -> {
            a.unassigned().forEach(step -> step.disputedBy().forEach(d -> told.add(step.developmentId() + "<" + d)));
            a.provisions().forEach(l -> l.steps().forEach(step -> step.disputedBy()
                    .forEach(d -> told.add(step.developmentId() + "<" + d))));
        });
        state.claims().forEach(c -> {
            c.deniedBy().forEach(r -> told.add(c.id() + "<" + r.developmentId()));
            c.confirmedBy().forEach(r -> told.add(c.id() + "<" + r.developmentId()));
        });
        Map<String, Corroboration> earlier = index(before, Corroboration::developmentId);
        for (Corroboration now : after) {
            Corroboration old = earlier.getOrDefault(now.developmentId(), Corroboration.unsourced(now.developmentId()));
            Set<String> seen = new LinkedHashSet<>(old.disputes().stream().map(Reaction::developmentId).toList());
            now.disputes().stream().filter(r -> !seen.contains(r.developmentId()))
                    .filter(r -> !told.contains(now.developmentId() + "<" + r.developmentId())).forEach(r -> changes.add(
                    new Change(Kind.DEVELOPMENT_DISPUTED, now.developmentId(), "disputes", null, r,
                            List.of(r.developmentId()))));
            Set<String> confirmed = new LinkedHashSet<>(old.confirmations().stream().map(Reaction::developmentId)
                    .toList());
            now.confirmations().stream().filter(r -> !confirmed.contains(r.developmentId()))
                    .filter(r -> !told.contains(now.developmentId() + "<" + r.developmentId())).forEach(r -> changes
                    .add(new Change(Kind.DEVELOPMENT_CONFIRMED, now.developmentId(), "confirmations", null, r,
                            List.of(r.developmentId()))));
            Set<String> versions = new LinkedHashSet<>(old.versions().stream().map(Version::developmentId).toList());
            now.versions().stream().filter(v -> !versions.contains(v.developmentId())).forEach(v -> changes.add(
                    new Change(Kind.VERSION_ADDED, now.developmentId(), "versions", null, v,
                            List.of(v.developmentId()))));
        }
    }

    private void round(Round before, Round after) {
        List<String> causes = new ArrayList<>();
        if (!after.developmentId().equals(before.developmentId())) {
            causes.add(after.developmentId());
        }
        causes.addAll(corrections(before.developmentId(), after.developmentId()));
        components(Kind.ROUND_CHANGED, roundKey(after), before, after, Set.of("developmentId", "number"), causes);
    }

    private void position(Position before, Position after) {
        List<String> responses = added(before.responses(), after.responses(), Response::developmentId);
        List<String> fulfilments = added(before.fulfilments(), after.fulfilments(), Fulfilment::developmentId);
        List<String> corrected = corrections(Stream.of(Stream.of(after.id()),
                before.responses().stream().map(Response::developmentId),
                before.fulfilments().stream().map(Fulfilment::developmentId)).flatMap(s -> s).toArray(String[]::new));
        if (before.status() != after.status()) {
            changes.add(new Change(Kind.POSITION_STATUS_CHANGED, after.id(), "status", before.status(),
                    after.status(), concat(responses, fulfilments, corrected)));
        } else if (!responses.isEmpty()) {
            changes.add(new Change(Kind.POSITION_STATUS_REPEATED, after.id(), "status", before.status(),
                    after.status(), responses));
        }
        if (before.deliveredSoFar() != after.deliveredSoFar()) {
            changes.add(new Change(Kind.POSITION_DELIVERED, after.id(), "deliveredSoFar", before.deliveredSoFar(),
                    after.deliveredSoFar(), concat(fulfilments, corrected)));
        }
        components(Kind.POSITION_CHANGED, after.id(), before, after,
                Set.of("id", "status", "responses", "fulfilments"), corrections(after.id()));
    }

    private void agreement(Agreement before, Agreement after) {
        List<String> life = concat(added(before.signatures(), after.signatures(), Signature::developmentId),
                added(before.ratifications(), after.ratifications(), Ratification::developmentId),
                added(before.extensions(), after.extensions(), Extension::developmentId),
                added(before.events(), after.events(), LifeEvent::developmentId),
                added(before.fulfilledBy(), after.fulfilledBy(), id -> id), corrections(after.id()));
        if (before.status() != after.status()) {
            changes.add(new Change(Kind.AGREEMENT_STATUS_CHANGED, after.id(), "status", before.status(),
                    after.status(), life));
        }
        // The agreement's own totals repeat its ledgers unless some step counts under no provision.
        Set<String> skip = before.unassigned().isEmpty() && after.unassigned().isEmpty()
                ? Set.of("id", "provisions", "declaredFulfilledBy", "status", "delivered", "disputed")
                : Set.of("id", "provisions", "declaredFulfilledBy", "status");
        components(Kind.AGREEMENT_CHANGED, after.id(), before, after, skip, life);
        declarations(after.id(), before.declaredFulfilledBy(), after.declaredFulfilledBy());
        Map<String, ProvisionLedger> earlier = index(before.provisions(), ProvisionLedger::id);
        for (ProvisionLedger ledger : after.provisions()) {
            ProvisionLedger old = earlier.getOrDefault(ledger.id(), blank(ledger));
            if (!old.equals(ledger)) {
                ledger(after.id() + "/" + ledger.id(), old, ledger, after.id());
            }
        }
        Set<String> later = index(after.provisions(), ProvisionLedger::id).keySet();
        for (ProvisionLedger gone : before.provisions()) {
            if (!later.contains(gone.id())) {
                changes.add(new Change(Kind.REMOVED, after.id() + "/" + gone.id(), "provisions", gone, null,
                        corrections(after.id())));
            }
        }
    }

    private void ledger(String subject, ProvisionLedger before, ProvisionLedger after, String agreementId) {
        if (!before.delivered().equals(after.delivered())) {
            List<String> steps = added(before.steps(), after.steps(), Step::developmentId);
            List<String> corrected = corrections(Stream.concat(before.steps().stream(), after.steps().stream())
                    .map(Step::developmentId).distinct().toArray(String[]::new));
            changes.add(new Change(Kind.LEDGER_CHANGED, subject, "delivered", before.delivered(), after.delivered(),
                    concat(steps, corrected, List.of())));
        }
        Map<String, Step> earlier = index(before.steps(), Step::developmentId);
        for (Step step : after.steps()) {
            List<String> disputedBefore = earlier.containsKey(step.developmentId())
                    ? earlier.get(step.developmentId()).disputedBy() : List.of();
            for (String disputer : step.disputedBy()) {
                if (!disputedBefore.contains(disputer)) {
                    changes.add(new Change(Kind.STEP_DISPUTED, step.developmentId(), "disputedBy", null, disputer,
                            List.of(disputer)));
                }
            }
        }
        declarations(subject, before.declaredFulfilledBy(), after.declaredFulfilledBy());
        if (before.status() != after.status()) {
            changes.add(new Change(Kind.PROVISION_STATUS_CHANGED, subject, "status", before.status(), after.status(),
                    concat(added(before.steps(), after.steps(), Step::developmentId),
                            added(before.fulfilledBy(), after.fulfilledBy(), id -> id), corrections(agreementId))));
        }
        components(Kind.LEDGER_CHANGED, subject, before, after, Set.of("id", "delivered", "steps",
                "declaredFulfilledBy", "status"), corrections(agreementId));
    }

    private void declarations(String subject, List<String> before, List<String> after) {
        List<String> remaining = new ArrayList<>(before);
        for (String party : after) {
            if (!remaining.remove(party)) {
                changes.add(new Change(Kind.FULFILMENT_DECLARED, subject, "declaredFulfilledBy", null, party,
                        List.of()));
            }
        }
    }

    private void claim(Claim before, Claim after) {
        reactions(Kind.CLAIM_DISPUTED, after.id(), "deniedBy", before.deniedBy(), after.deniedBy());
        reactions(Kind.CLAIM_CONFIRMED, after.id(), "confirmedBy", before.confirmedBy(), after.confirmedBy());
        components(Kind.CLAIM_CHANGED, after.id(), before, after, Set.of("id", "deniedBy", "confirmedBy", "disputed"),
                corrections(after.id()));
    }

    private void reactions(Kind kind, String claim, String field, List<ClaimReaction> before,
                           List<ClaimReaction> after) {
        Set<String> earlier = index(before, ClaimReaction::developmentId).keySet();
        for (ClaimReaction reaction : after) {
            if (!earlier.contains(reaction.developmentId())) {
                changes.add(new Change(kind, claim, field, null, reaction, List.of(reaction.developmentId())));
            }
        }
    }

    private void figure(Figure before, Figure after) {
        Map<String, FigureVersion> earlier = index(before.versions(), FigureVersion::developmentId);
        Map<String, FigureVersion> later = index(after.versions(), FigureVersion::developmentId);
        for (FigureVersion version : after.versions()) {
            FigureVersion old = earlier.get(version.developmentId());
            if (old == null) {
                changes.add(new Change(Kind.FIGURE_VERSION_ADDED, after.subject(), "versions", null, version,
                        List.of(version.developmentId())));
            } else if (!old.equals(version)) {
                changes.add(new Change(Kind.FIGURE_CHANGED, after.subject(), "versions", old, version,
                        corrections(version.developmentId())));
            }
        }
        for (FigureVersion gone : before.versions()) {
            if (!later.containsKey(gone.developmentId())) {
                changes.add(new Change(Kind.REMOVED, after.subject(), "versions", gone, null,
                        corrections(gone.developmentId())));
            }
        }
    }

    /**
     * One change per record component that differs, named as the component (and so as in the state's JSON).
     * Components handled on their own are skipped.
     */
    private void components(Kind kind, String subject, Record before, Record after, Set<String> skip,
                            List<String> causes) {
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (skip.contains(component.getName())) {
                continue;
            }
            Object from = value(component, before);
            Object to = value(component, after);
            if (!Objects.equals(from, to)) {
                changes.add(new Change(kind, subject, component.getName(), from, to, causes));
            }
        }
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    /** @return the new corrections and retractions of any of the given developments */
    private List<String> corrections(String... targets) {
        List<String> ids = new ArrayList<>();
        for (String target : new LinkedHashSet<>(List.of(targets))) {
            ids.addAll(newCorrections.getOrDefault(target, List.of()));
        }
        return ids;
    }

    /** A position as its own development made it: open, unanswered, undelivered. */
    private static Position asMade(Position p) {
        return new Position(p.id(), p.kind(), p.by(), p.to(), p.terms(), p.items(), p.quantity(), p.criteria(),
                p.deadline(), p.made(), PositionStatus.OPEN, List.of(), List.of());
    }

    /**
     * An agreement as reached: every ledger empty, nothing declared, signed or extended, in force until the term
     * it was reached with.
     */
    private static Agreement asReached(Agreement a) {
        PartialDate expires = a.extensions().isEmpty() ? a.expires() : a.extensions().get(0).from();
        // An approval may have stated the entry into force; only one stating none leaves the reached one standing.
        PartialDate inForce = a.ratifications().stream().anyMatch(r -> r.inForce() != null) ? null : a.inForce();
        return new Agreement(a.id(), a.title(), a.parties(), a.reached(),
                a.provisions().stream().map(StateDiff::blank).toList(), List.of(),
                a.pendingApproval() ? AgreementStatus.PENDING_APPROVAL : AgreementStatus.IN_FORCE, expires,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), a.mediators(), List.of(),
                List.of(), List.of(), a.pendingApproval(), inForce, a.adopts());
    }

    private static ProvisionLedger blank(ProvisionLedger l) {
        return new ProvisionLedger(l.id(), l.subject(), l.formula(), l.target(), l.criteria(), l.timing(),
                List.of(), List.of(), List.of(), l.deadline(), l.obligors(), ProvisionStatus.OPEN, List.of(),
                List.of(), l.term(), l.termEnds(), List.of());
    }

    /** A claim as made: nobody has answered it. */
    private static Claim asMade(Claim c) {
        return new Claim(c.id(), c.claimant(), c.text(), c.made(), List.of(), List.of(), false, c.to());
    }

    /** A meeting as proposed: not held. */
    private static Meeting asProposed(Meeting m) {
        return new Meeting(m.id(), m.by(), m.with(), m.venue(), m.date(), m.preconditions(), m.mediators(),
                m.proposed(), Meeting.Status.PROPOSED, List.of(), List.of());
    }

    /** An action as started: ongoing. */
    private static Action asStarted(Action a) {
        return new Action(a.id(), a.action(), a.by(), a.against(), a.description(), a.started(),
                Action.Status.ONGOING, null, null, null, null);
    }

    /** An added item is caused by its own development and by everything that shaped it since. */
    private static List<String> causes(Position p) {
        List<String> causes = new ArrayList<>(List.of(p.id()));
        p.responses().forEach(r -> causes.add(r.developmentId()));
        p.fulfilments().forEach(f -> causes.add(f.developmentId()));
        return causes;
    }

    private static List<String> causes(Agreement a) {
        List<String> causes = new ArrayList<>(List.of(a.id()));
        a.provisions().forEach(l -> l.steps().forEach(s -> {
            causes.add(s.developmentId());
            causes.addAll(s.disputedBy());
        }));
        return causes.stream().distinct().toList();
    }

    private static List<String> causes(Claim c) {
        List<String> causes = new ArrayList<>(List.of(c.id()));
        c.deniedBy().forEach(r -> causes.add(r.developmentId()));
        c.confirmedBy().forEach(r -> causes.add(r.developmentId()));
        return causes;
    }

    private static String roundKey(Round round) {
        return round.number() != null ? "round " + round.number() : round.developmentId();
    }

    @SafeVarargs
    private static List<String> concat(Collection<String>... lists) {
        Set<String> all = new LinkedHashSet<>();
        for (Collection<String> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }

    private static <T> List<String> added(List<T> before, List<T> after, Function<T, String> id) {
        Set<String> earlier = new LinkedHashSet<>(before.stream().map(id).toList());
        return after.stream().map(id).filter(Objects::nonNull).filter(x -> !earlier.contains(x)).toList();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(key.apply(item), item);
        }
        return map;
    }
}
