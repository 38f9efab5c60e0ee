package dev.parley.model;

import dev.parley.model.StatusTable.AgreementMove;
import dev.parley.model.StatusTable.ProvisionMove;
import dev.parley.timeline.AgreementExtended;
import dev.parley.timeline.AgreementResumed;
import dev.parley.timeline.AgreementSuspended;
import dev.parley.timeline.AgreementRatified;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.AgreementSigned;
import dev.parley.timeline.Development;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.NonComplianceAlleged;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Provision;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.Ref;
import dev.parley.timeline.Share;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.AgreementStatus;
import dev.parley.timeline.state.Allegation;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.DisputedPart;
import dev.parley.timeline.state.Extension;
import dev.parley.timeline.state.LifeEvent;
import dev.parley.timeline.state.PersistentList;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.ProvisionStatus;
import dev.parley.timeline.state.ProvisionSuspension;
import dev.parley.timeline.state.Ratification;
import dev.parley.timeline.state.Signature;
import dev.parley.timeline.state.Step;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The agreement part of the one fold ({@link NegotiationProjection#evolve}) and of the evaluation at a day: every
 * change to an {@link Agreement} goes through a {@link Draft}, whose {@link Draft#build} derives the statuses of
 * the provisions and of the agreement from its facts, so no change can leave a stale status behind.
 */
final class Agreements {

    private Agreements() {
    }

    /** @return the agreement as reached: ledgers empty, nothing signed */
    static Agreement reached(AgreementReached e) {
        Draft draft = new Draft(new Agreement(e.id(), e.title(), e.parties(), e.occurred(), List.of(), List.of(),
                AgreementStatus.IN_FORCE, e.expires(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), e.mediators(), List.of(), List.of(), List.of()));
        draft.provisions = e.provisions().stream().map(Agreements::ledgerOf).toList();
        return draft.build();
    }

    private static ProvisionLedger ledgerOf(Provision p) {
        return new ProvisionLedger(p.id(), p.subject(), p.formula(), p.quantities(), p.criteria(), p.timing(),
                List.of(), List.of(), List.of(), p.deadline(), p.obligors(), ProvisionStatus.OPEN, List.of(), List.of());
    }

    /**
     * Adds a step: each share counts under the provision it names, else under the step's one provision; a share
     * that could count under several, or a step that names none, goes to the agreement's unassigned steps. The
     * agreement's own totals count every share once.
     */
    static Agreement withStep(Agreement agreement, ImplementationStepCompleted step) {
        List<String> served = step.provisionsServed();
        String only = served.size() == 1 ? served.get(0) : null;
        Map<String, List<Share>> byProvision = new LinkedHashMap<>();
        served.stream().filter(p -> agreement.provision(p).isPresent())
                .forEach(p -> byProvision.put(p, new ArrayList<>()));
        List<Share> unassigned = new ArrayList<>();
        for (Share share : step.delivered()) {
            String provision = share.provision() != null ? share.provision() : only;
            List<Share> under = provision == null ? null : byProvision.get(provision);
            (under == null ? unassigned : under).add(share);
        }
        Draft draft = new Draft(agreement);
        draft.provisions = agreement.provisions().stream().map(ledger -> {
            List<Share> shares = byProvision.get(ledger.id());
            if (shares == null) {
                return ledger;
            }
            LedgerDraft l = new LedgerDraft(ledger);
            l.steps = append(ledger.steps(), new Step(step.id(), step.occurred(), shares, step.description(),
                    List.of(), served, step.complete(), List.of()));
            l.delivered = add(ledger.delivered(), shares);
            return l.build();
        }).toList();
        if (!unassigned.isEmpty() || byProvision.isEmpty()) {
            draft.unassigned = append(agreement.unassigned(), new Step(step.id(), step.occurred(), unassigned,
                    step.description(), List.of(), served, step.complete(), List.of()));
        }
        draft.delivered = add(agreement.delivered(), step.delivered());
        return draft.build();
    }

    /**
     * Marks a step disputed wherever it is counted and moves what is disputed from the totals to the disputed
     * totals: every share for a dispute of the whole step, only the shares the ref names for a dispute of part of
     * it. Returns the agreement itself when it has no such step.
     */
    static Agreement disputeStep(Agreement agreement, Ref ref, String disputedBy) {
        String stepId = ref.development();
        UnaryOperator<Step> dispute = ref.disputesPart()
                ? s -> s.withDisputedPart(new DisputedPart(disputedBy, ref.aspect(), ref.disputed()))
                : s -> s.disputedBy(disputedBy);
        boolean found = agreement.unassigned().stream().anyMatch(s -> s.developmentId().equals(stepId))
                || agreement.provisions().stream().anyMatch(l -> l.steps().stream()
                .anyMatch(s -> s.developmentId().equals(stepId)));
        if (!found) {
            return agreement;
        }
        Draft draft = new Draft(agreement);
        draft.provisions = agreement.provisions().stream().map(ledger -> {
            if (ledger.steps().stream().noneMatch(s -> s.developmentId().equals(stepId))) {
                return ledger;
            }
            LedgerDraft l = new LedgerDraft(ledger);
            l.steps = disputed(ledger.steps(), stepId, dispute);
            l.delivered = totals(l.steps, false);
            l.disputed = totals(l.steps, true);
            return l.build();
        }).toList();
        draft.unassigned = disputed(agreement.unassigned(), stepId, dispute);
        List<Step> every = new ArrayList<>(draft.unassigned);
        draft.provisions.forEach(l -> every.addAll(l.steps()));
        draft.delivered = totals(every, false);
        draft.disputed = totals(every, true);
        return draft.build();
    }

    private static List<Step> disputed(List<Step> steps, String stepId, UnaryOperator<Step> dispute) {
        PersistentList<Step> result = PersistentList.copyOf(steps);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).developmentId().equals(stepId)) {
                result = result.with(i, dispute.apply(steps.get(i)));
            }
        }
        return result;
    }

    /** Sums the disputed shares of the steps, or the shares that stay counted. */
    private static List<Delivery> totals(List<Step> steps, boolean disputed) {
        List<Delivery> totals = List.of();
        for (Step step : steps) {
            totals = add(totals, disputed ? step.disputedShares() : step.countedShares());
        }
        return totals;
    }

    /**
     * One party suspends some provisions: each gains a suspension by that party, ending at its {@code until}, or
     * {@code days} after its date, unless resumed before. The agreement's own status does not change.
     */
    static Agreement provisionsSuspended(Agreement agreement, AgreementSuspended e) {
        PartialDate until = e.until() != null ? e.until() : e.days() != null ? plusDays(e.occurred(), e.days()) : null;
        ProvisionSuspension suspension = new ProvisionSuspension(e.id(), e.by(), e.reason(), e.occurred(), until,
                null, null);
        Draft draft = new Draft(agreement);
        for (String provision : e.provisions()) {
            draft.provisions = replaceLedger(draft.provisions, provision, l -> l.suspensions =
                    append(l.suspensions, suspension));
        }
        return draft.build();
    }

    /** One party lifts its own suspensions of some provisions; other parties' suspensions of them stay. */
    static Agreement provisionsResumed(Agreement agreement, AgreementResumed e) {
        Draft draft = new Draft(agreement);
        for (String provision : e.provisions()) {
            draft.provisions = replaceLedger(draft.provisions, provision, l -> l.suspensions =
                    l.suspensions.stream().map(s -> s.unresumed() && s.by().equals(e.by())
                            ? s.resumedBy(e.id(), e.occurred()) : s).toList());
        }
        return draft.build();
    }

    /**
     * A side declares the agreement, or one provision, fulfilled (by a {@code fulfilment-declared}, or its
     * {@code FULFILS} ref): the side is listed once as declaring it. A declared provision is {@code FULFILLED}; a
     * declaration of the whole agreement is that side's claim and changes no status.
     */
    static Agreement declaredFulfilled(Agreement agreement, String provision, String by) {
        Draft draft = new Draft(agreement);
        if (provision == null) {
            draft.declaredFulfilledBy = appendOnce(agreement.declaredFulfilledBy(), by);
        } else {
            draft.provisions = replaceLedger(agreement.provisions(), provision, l -> l.declaredFulfilledBy =
                    appendOnce(l.declaredFulfilledBy, by));
        }
        return draft.build();
    }

    /** A {@code FULFILS} ref to the agreement, or to one of its provisions. */
    static Agreement fulfilled(Agreement agreement, String provision, String developmentId) {
        Draft draft = new Draft(agreement);
        if (provision == null) {
            draft.fulfilledBy = append(agreement.fulfilledBy(), developmentId);
        } else {
            draft.provisions = replaceLedger(agreement.provisions(), provision, l -> l.fulfilledBy = append(l.fulfilledBy,
                    developmentId));
        }
        return draft.build();
    }

    static Agreement signed(Agreement agreement, AgreementSigned e) {
        Draft draft = new Draft(agreement);
        draft.signatures = append(agreement.signatures(), new Signature(e.id(), e.by(), e.with(), e.venue(),
                e.occurred(), e.signatories()));
        return draft.build();
    }

    static Agreement ratified(Agreement agreement, AgreementRatified e) {
        Draft draft = new Draft(agreement);
        draft.ratifications = append(agreement.ratifications(), new Ratification(e.id(), e.by(), e.result(),
                e.occurred()));
        return draft.build();
    }

    /** The new expiry: {@code until}, else the current expiry (or the extension's date) moved by {@code days}. */
    static Agreement extended(Agreement agreement, AgreementExtended e) {
        PartialDate to;
        if (e.until() != null) {
            to = e.until();
        } else if (e.days() != null) {
            to = plusDays(agreement.expires() != null ? agreement.expires() : e.occurred(), e.days());
        } else {
            to = null;
        }
        Draft draft = new Draft(agreement);
        draft.extensions = append(agreement.extensions(), new Extension(e.id(), e.by(), e.until(), e.days(),
                agreement.expires(), to, e.occurred()));
        draft.expires = to;
        return draft.build();
    }

    static Agreement lifeEvent(Agreement agreement, LifeEvent event) {
        Draft draft = new Draft(agreement);
        draft.events = append(agreement.events(), event);
        return draft.build();
    }

    static Agreement alleged(Agreement agreement, NonComplianceAlleged e) {
        Draft draft = new Draft(agreement);
        draft.allegations = append(agreement.allegations(), new Allegation(e.id(), e.by(), e.against(),
                e.provision(), e.allegation(), e.occurred(), rootSources(e)));
        return draft.build();
    }

    /**
     * Judges terms and deadlines at a day: an agreement whose term certainly ended is {@code EXPIRED} and its
     * unfulfilled provisions {@code TERMINATED}; an unfulfilled provision whose firm deadline certainly passed is
     * {@code OVERDUE}. Vague (soft) deadlines are not judged.
     */
    static Agreement evaluate(Agreement agreement, LocalDate on) {
        boolean expired = agreement.expires() != null && agreement.expires().latest().isBefore(on)
                && AgreementMove.TERM_ENDED.allowedFrom(agreement.status());
        List<ProvisionLedger> provisions = agreement.provisions().stream().map(l -> {
            ProvisionStatus status = l.status();
            if (status == ProvisionStatus.SUSPENDED && agreement.status() != AgreementStatus.SUSPENDED
                    && l.unresumedSuspensions().stream().noneMatch(s -> s.holdsOn(on))) {
                // Every suspension of its own ran out by this day: it stands as it did before them.
                status = l.steps().isEmpty() ? ProvisionStatus.OPEN : ProvisionStatus.IN_PROGRESS;
            }
            if (expired) {
                status = ProvisionMove.AGREEMENT_EXPIRED.from(status).orElse(status);
            } else if (l.deadline() != null && !l.deadline().soft() && l.deadline().by().latest().isBefore(on)) {
                status = ProvisionMove.DEADLINE_PASSED.from(status).orElse(status);
            }
            return status == l.status() ? l : new LedgerDraft(l).withStatus(status);
        }).toList();
        if (!expired && provisions.equals(agreement.provisions())) {
            return agreement;
        }
        Draft draft = new Draft(agreement);
        draft.provisions = provisions;
        return draft.with(expired ? AgreementStatus.EXPIRED : agreement.status());
    }

    /**
     * Moves a partial date by whole days, keeping what is known: a day stays a day; a month or year becomes the
     * smallest month or year holding both moved ends, with the moved ends as its window.
     */
    static PartialDate plusDays(PartialDate date, int days) {
        LocalDate earliest = date.earliest().plusDays(days);
        LocalDate latest = date.latest().plusDays(days);
        PartialDate moved;
        if (earliest.equals(latest)) {
            moved = PartialDate.of(earliest);
        } else if (YearMonth.from(earliest).equals(YearMonth.from(latest))) {
            YearMonth month = YearMonth.from(earliest);
            moved = PartialDate.parse(month.toString());
            if (!earliest.equals(month.atDay(1)) || !latest.equals(month.atEndOfMonth())) {
                moved = moved.within(earliest, latest);
            }
        } else if (earliest.getYear() == latest.getYear()) {
            moved = PartialDate.parse(String.valueOf(earliest.getYear())).within(earliest, latest);
        } else {
            moved = PartialDate.of(latest).approximately();
        }
        return date.approximate() && !moved.approximate() ? moved.approximately() : moved;
    }

    /** Sums shares into the running totals per side and unit; an undisclosed count is unknown, never zero. */
    static List<Delivery> add(List<Delivery> totals, List<Share> shares) {
        if (shares.isEmpty()) {
            return totals;
        }
        List<Delivery> result = new ArrayList<>(totals);
        for (Share share : shares) {
            int index = -1;
            for (int i = 0; i < result.size(); i++) {
                if (result.get(i).party().equals(share.party()) && Objects.equals(result.get(i).unit(), share.unit())) {
                    index = i;
                    break;
                }
            }
            Delivery before = index < 0 ? new Delivery(share.party(), share.unit(), 0, false, 0) : result.get(index);
            Quantity q = share.quantity();
            Delivery after = switch (q.qualifier()) {
                case EXACT -> new Delivery(before.party(), before.unit(), before.known() + q.value(),
                        before.approximate(), before.undisclosedSteps());
                case AT_LEAST, AT_MOST, ABOUT -> new Delivery(before.party(), before.unit(), before.known() + q.value(),
                        true, before.undisclosedSteps());
                case ALL, UNDISCLOSED -> new Delivery(before.party(), before.unit(), before.known(),
                        before.approximate(), before.undisclosedSteps() + 1);
            };
            if (index < 0) {
                result.add(after);
            } else {
                result.set(index, after);
            }
        }
        return result;
    }

    private static List<String> rootSources(Development d) {
        return d.sources().stream().map(a -> a.root().key()).distinct().toList();
    }

    private interface LedgerChange {
        void apply(LedgerDraft ledger);
    }

    private static List<ProvisionLedger> replaceLedger(List<ProvisionLedger> provisions, String provision,
                                                       LedgerChange change) {
        return provisions.stream().map(l -> {
            if (!l.id().equals(provision)) {
                return l;
            }
            LedgerDraft draft = new LedgerDraft(l);
            change.apply(draft);
            return draft.build();
        }).toList();
    }

    private static <T> List<T> append(List<T> items, T item) {
        return PersistentList.copyOf(items).plus(item);
    }

    private static <T> List<T> appendOnce(List<T> items, T item) {
        return items.contains(item) ? items : append(items, item);
    }

    /** A provision being changed; {@link #build} derives its status as far as the provision alone tells. */
    private static final class LedgerDraft {
        private final ProvisionLedger base;
        List<Delivery> delivered;
        List<Step> steps;
        List<String> declaredFulfilledBy;
        List<Delivery> disputed;
        List<String> fulfilledBy;
        List<ProvisionSuspension> suspensions;

        LedgerDraft(ProvisionLedger base) {
            this.base = base;
            delivered = base.delivered();
            steps = base.steps();
            declaredFulfilledBy = base.declaredFulfilledBy();
            disputed = base.disputed();
            fulfilledBy = base.fulfilledBy();
            suspensions = base.suspensions();
        }

        ProvisionLedger build() {
            return withStatus(base.status());
        }

        ProvisionLedger withStatus(ProvisionStatus status) {
            return new ProvisionLedger(base.id(), base.subject(), base.formula(), base.target(), base.criteria(),
                    base.timing(), delivered, steps, declaredFulfilledBy, base.deadline(), base.obligors(), status,
                    disputed, fulfilledBy, suspensions);
        }
    }

    /** An agreement being changed; {@link #build} derives the statuses of its provisions and its own. */
    private static final class Draft {
        private final Agreement base;
        List<ProvisionLedger> provisions;
        List<String> declaredFulfilledBy;
        PartialDate expires;
        List<Signature> signatures;
        List<Ratification> ratifications;
        List<Extension> extensions;
        List<LifeEvent> events;
        List<Allegation> allegations;
        List<String> fulfilledBy;
        List<Step> unassigned;
        List<Delivery> delivered;
        List<Delivery> disputed;

        Draft(Agreement base) {
            this.base = base;
            provisions = base.provisions();
            declaredFulfilledBy = base.declaredFulfilledBy();
            expires = base.expires();
            signatures = base.signatures();
            ratifications = base.ratifications();
            extensions = base.extensions();
            events = base.events();
            allegations = base.allegations();
            fulfilledBy = base.fulfilledBy();
            unassigned = base.unassigned();
            delivered = base.delivered();
            disputed = base.disputed();
        }

        /**
         * Derives the statuses: a provision is {@code FULFILLED} when declared, fulfilled by a ref, completed by a
         * step, or every stated target is reached by undisputed steps; the agreement takes the first that applies
         * of ended, suspended, fulfilled (by a ref, or every provision), partly signed, in force; an unfulfilled
         * provision then follows an ended or suspended agreement, is suspended while one of its own suspensions is
         * unresumed, and is otherwise in progress once it has steps.
         */
        Agreement build() {
            List<ProvisionLedger> fulfilment = provisions.stream().map(l -> status(l, fulfilledOnItsOwn(l)
                    ? ProvisionStatus.FULFILLED : ProvisionStatus.OPEN)).toList();
            AgreementStatus status = agreementStatus(fulfilment);
            provisions = fulfilment.stream().map(l -> {
                if (l.status() == ProvisionStatus.FULFILLED) {
                    return l;
                }
                if (status == AgreementStatus.TERMINATED || status == AgreementStatus.WITHDRAWN) {
                    return status(l, ProvisionStatus.TERMINATED);
                }
                if (status == AgreementStatus.SUSPENDED || !l.unresumedSuspensions().isEmpty()) {
                    return status(l, ProvisionStatus.SUSPENDED);
                }
                return status(l, l.steps().isEmpty() ? ProvisionStatus.OPEN : ProvisionStatus.IN_PROGRESS);
            }).toList();
            return with(status);
        }

        Agreement with(AgreementStatus status) {
            return new Agreement(base.id(), base.title(), base.parties(), base.reached(), provisions,
                    declaredFulfilledBy, status, expires, signatures, ratifications, extensions, events, allegations,
                    fulfilledBy, base.mediators(), unassigned, delivered, disputed);
        }

        private static ProvisionLedger status(ProvisionLedger l, ProvisionStatus status) {
            return l.status() == status ? l : new LedgerDraft(l).withStatus(status);
        }

        private AgreementStatus agreementStatus(List<ProvisionLedger> provisions) {
            if (events.stream().anyMatch(e -> e.kind() == LifeEvent.Kind.TERMINATED)) {
                return AgreementStatus.TERMINATED;
            }
            Set<String> withdrawn = new HashSet<>();
            events.stream().filter(e -> e.kind() == LifeEvent.Kind.WITHDRAWN).forEach(e -> withdrawn.add(e.by()));
            Set<String> remaining = new HashSet<>(base.parties());
            remaining.removeAll(withdrawn);
            boolean noneLeft = base.parties().size() < 2 ? !withdrawn.isEmpty() : remaining.size() < 2;
            if (noneLeft) {
                return AgreementStatus.WITHDRAWN;
            }
            if (suspended()) {
                return AgreementStatus.SUSPENDED;
            }
            // A side declaring the whole agreement fulfilled is its claim (declaredFulfilledBy), not a fact here.
            if (!fulfilledBy.isEmpty() || (!provisions.isEmpty()
                    && provisions.stream().allMatch(l -> l.status() == ProvisionStatus.FULFILLED))) {
                return AgreementStatus.FULFILLED;
            }
            if (!signatures.isEmpty()) {
                Set<String> signatories = new HashSet<>();
                signatures.forEach(s -> {
                    signatories.add(s.by());
                    signatories.addAll(s.with());
                });
                if (!signatories.containsAll(base.parties())) {
                    return AgreementStatus.SIGNED;
                }
            }
            return AgreementStatus.IN_FORCE;
        }

        private boolean suspended() {
            for (int i = events.size() - 1; i >= 0; i--) {
                LifeEvent.Kind kind = events.get(i).kind();
                if (kind == LifeEvent.Kind.RESUMED) {
                    return false;
                }
                if (kind == LifeEvent.Kind.SUSPENDED) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Declared, fulfilled by a ref, completed by a step not disputed as a whole, or every numeric target reached
         * by what undisputed steps delivered.
         */
        private static boolean fulfilledOnItsOwn(ProvisionLedger l) {
            if (!l.declaredFulfilledBy().isEmpty() || !l.fulfilledBy().isEmpty()
                    || l.steps().stream().anyMatch(s -> s.complete() && !s.isDisputed())) {
                return true;
            }
            List<Share> counted = l.target().stream().filter(t -> t.quantity().value() != null).toList();
            return !counted.isEmpty() && counted.stream().allMatch(t -> l.delivered().stream()
                    .filter(d -> d.party().equals(t.party()) && (t.unit() == null || t.unit().equals(d.unit())))
                    .mapToInt(Delivery::known).sum() >= t.quantity().value());
        }
    }
}
