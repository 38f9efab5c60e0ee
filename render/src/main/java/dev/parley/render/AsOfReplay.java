package dev.parley.render;

import dev.parley.model.NegotiationProjection;
import dev.parley.timeline.AgreementExtended;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.PositionTaken;
import dev.parley.timeline.Provision;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Position;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What every development looks like at every cut of one time axis, as Parley's replay computes it
 * ({@link NegotiationProjection#foldAsOf} then {@link NegotiationProjection#evaluate}), for the page's as-of bar.
 *
 * <p>The state only changes on a few days: when a date's earliest or latest possible day is reached, when a
 * correction or retraction becomes known, and the day after a deadline. Instead of replaying the whole history for
 * each such day (quadratic), the history is folded once in recorded order with a checkpoint every
 * {@value #CHECKPOINT} developments; at each day only what follows the first development whose inclusion or form
 * changed is folded again. Inclusion and the corrected form follow exactly the rules of
 * {@code NegotiationProjection.foldAsOf}; a test compares every cut with the model's own replay.
 */
final class AsOfReplay {
    static final int CHECKPOINT = 32;

    /** The two time axes of the as-of bar. */
    enum Axis {
        /** Valid time: what had happened by the day ({@link AsOf#occurredBy}). */
        OCCURRED,
        /** Knowledge time: what had been reported by the day ({@link AsOf#knownAt}). */
        KNOWN;

        AsOf at(LocalDate day) {
            return this == OCCURRED ? AsOf.occurredBy(day) : AsOf.knownAt(day);
        }
    }

    /** A development certainly after the cut. */
    static final String OUT = "OUT";
    /** A development whose date straddles the cut: left out of the state, never guessed. */
    static final String UNCERTAIN = "UNCERTAIN";
    /** A development whose retraction is known at the cut. */
    static final String RETRACTED = "RETRACTED";
    /** A development in the cut that is not a position (a position shows its status instead). */
    static final String IN = "IN";

    /**
     * One day on which something changes.
     *
     * @param day     the first day of the cut's validity (until the next cut's day)
     * @param changes per development id, what it shows from this day on (a position status name, or
     *                {@link #IN}, {@link #OUT}, {@link #UNCERTAIN}, {@link #RETRACTED}); only what changed
     * @param folded     how many developments the state folded at this cut
     * @param agreements the agreements as Parley evaluated them at this cut: status, ledgers, expiry
     */
    record Cut(LocalDate day, Map<String, String> changes, int folded, List<Agreement> agreements) {
    }

    private final String negotiationId;
    private final List<? extends Development> history;
    private final Axis axis;
    private final Map<String, List<Integer>> amendments = new HashMap<>();
    private final Map<String, Integer> firstIndex = new HashMap<>();

    private final boolean[] included;
    private final Development[] effective;
    private final String[] placement;
    private final List<NegotiationState> checkpoints = new ArrayList<>();

    private AsOfReplay(String negotiationId, List<? extends Development> history, Axis axis) {
        this.negotiationId = negotiationId;
        this.history = history;
        this.axis = axis;
        for (int i = 0; i < history.size(); i++) {
            Development d = history.get(i);
            firstIndex.putIfAbsent(d.id(), i);
            String target = d instanceof ReportCorrected c ? c.development()
                    : d instanceof ReportRetracted r ? r.development() : null;
            if (target != null) {
                amendments.computeIfAbsent(target, t -> new ArrayList<>()).add(i);
            }
        }
        included = new boolean[history.size()];
        effective = new Development[history.size()];
        placement = new String[history.size()];
    }

    /**
     * @param negotiationId the negotiation
     * @param history       all its developments, in recorded order
     * @param axis          the axis the bar replays
     * @return every day on which what the page shows changes, in order, each with what changed
     */
    static List<Cut> cuts(String negotiationId, List<? extends Development> history, Axis axis) {
        return new AsOfReplay(negotiationId, history, axis).run();
    }

    private List<Cut> run() {
        TreeMap<LocalDate, Set<Integer>> touched = touchedByDay();
        TreeSet<LocalDate> days = new TreeSet<>(touched.keySet());
        for (Development d : history) {
            addDeadline(days, d);
            if (d instanceof ReportCorrected c) {
                addDeadline(days, c.replacement());
            }
        }
        if (!days.isEmpty()) {
            // the state before anything changes, which holds for every earlier day too
            days.add(days.first().minusDays(1));
        }
        List<Cut> cuts = new ArrayList<>();
        Map<String, String> shown = new HashMap<>();
        NegotiationState folded = null;
        boolean first = true;
        NegotiationProjection.Amendments before = null;
        for (LocalDate day : days) {
            int changedFrom = Integer.MAX_VALUE;
            NegotiationProjection.Amendments inForce = NegotiationProjection.amendmentsAt(history, axis.at(day));
            Set<Integer> indices = first ? allIndices() : new TreeSet<>(touched.getOrDefault(day, Set.of()));
            if (!first) {
                // an amendment of an amendment (a retracted correction) changes a development it does not name
                for (String id : changedTargets(before, inForce)) {
                    Integer index = firstIndex.get(id);
                    if (index != null) {
                        indices.add(index);
                    }
                }
            }
            before = inForce;
            for (int i : indices) {
                if (update(i, day, inForce)) {
                    changedFrom = Math.min(changedFrom, i);
                }
            }
            if (first || changedFrom != Integer.MAX_VALUE) {
                folded = foldFrom(first ? 0 : changedFrom);
            }
            first = false;
            NegotiationState evaluated = NegotiationProjection.evaluate(folded, axis.at(day), day);
            Map<String, String> now = new LinkedHashMap<>();
            for (int i : indices) {
                now.put(history.get(i).id(), placement[i]);
            }
            for (Position p : evaluated.positions()) {
                Integer index = firstIndex.get(p.id());
                if (index != null && placement[index].equals(IN)) {
                    now.put(p.id(), p.status().name());
                }
            }
            Map<String, String> changes = new LinkedHashMap<>();
            now.forEach((id, value) -> {
                if (!value.equals(shown.getOrDefault(id, OUT))) {
                    changes.put(id, value);
                }
            });
            shown.putAll(changes);
            // a correction can change a ledger without changing what any development shows
            if (cuts.isEmpty() || !changes.isEmpty()
                    || !evaluated.agreements().equals(cuts.get(cuts.size() - 1).agreements())) {
                cuts.add(new Cut(day, changes, folded.developmentCount(), evaluated.agreements()));
            }
        }
        return cuts;
    }

    /**
     * Recomputes one development's inclusion and form at the day, with the model's own amendments and placement;
     * true when either changed.
     */
    private boolean update(int i, LocalDate day, NegotiationProjection.Amendments inForce) {
        Development original = history.get(i);
        AsOf asOf = axis.at(day);
        boolean retracted = inForce.retracted().contains(original.id());
        Development form = inForce.effective(original);
        AsOf.Placement place = NegotiationProjection.placement(original, form, asOf);
        boolean in = !retracted && place == AsOf.Placement.IN;
        // what names it changes the fold when it enters or leaves the outside of the cut (outsideCut)
        boolean wasOutside = OUT.equals(placement[i]);
        placement[i] = retracted ? (place == AsOf.Placement.OUT ? OUT : RETRACTED)
                : place == AsOf.Placement.IN ? IN : place == AsOf.Placement.UNCERTAIN ? UNCERTAIN : OUT;
        boolean changed = in != included[i] || (in && form != effective[i])
                || wasOutside != OUT.equals(placement[i]);
        included[i] = in;
        effective[i] = form;
        return changed;
    }

    /** Folds from the last checkpoint at or before {@code from}, keeping checkpoints on the way. */
    private NegotiationState foldFrom(int from) {
        int checkpoint = Math.min(from / CHECKPOINT, checkpoints.size());
        while (checkpoints.size() > checkpoint) {
            checkpoints.remove(checkpoints.size() - 1);
        }
        NegotiationState state = checkpoint == 0 ? NegotiationState.initial(negotiationId)
                : checkpoints.get(checkpoint - 1);
        for (int i = checkpoint * CHECKPOINT; i < history.size(); i++) {
            if (included[i]) {
                state = NegotiationProjection.evolve(state, effective[i], this::outsideCut);
            }
            if ((i + 1) % CHECKPOINT == 0) {
                checkpoints.add(state);
            }
        }
        return state;
    }

    /**
     * True for a development outside the day's cut: what names it changes nothing there. Its index comes before
     * the one naming it, so a change of its placement refolds from it ({@link #foldFrom}) and reaches the other.
     */
    private boolean outsideCut(String developmentId) {
        Integer index = firstIndex.get(developmentId);
        return index != null && OUT.equals(placement[index]);
    }

    /** Per day, the developments whose inclusion, form or placement may change on it. */
    private TreeMap<LocalDate, Set<Integer>> touchedByDay() {
        TreeMap<LocalDate, Set<Integer>> touched = new TreeMap<>();
        for (int i = 0; i < history.size(); i++) {
            Development d = history.get(i);
            boolean amendment = d instanceof ReportCorrected || d instanceof ReportRetracted;
            if (axis == Axis.KNOWN) {
                touch(touched, d.reported().firstUtcDay(), i);
                touch(touched, d.reported().lastUtcDay(), i);
                Integer target = amendment ? firstIndex.get(d instanceof ReportCorrected c ? c.development()
                        : ((ReportRetracted) d).development()) : null;
                if (target != null) {
                    // the target takes its corrected form, or leaves the state, once the amendment is known
                    touch(touched, d.reported().lastUtcDay(), target);
                }
            } else if (!amendment) {
                // on the valid-time axis every amendment is known: only the (corrected) occurrence matters
                touch(touched, d.occurred().firstUtcDay(), i);
                touch(touched, d.occurred().lastUtcDay(), i);
                for (int a : amendments.getOrDefault(d.id(), List.of())) {
                    if (history.get(a) instanceof ReportCorrected c) {
                        touch(touched, c.replacement().occurred().firstUtcDay(), i);
                        touch(touched, c.replacement().occurred().lastUtcDay(), i);
                    }
                }
            }
        }
        return touched;
    }

    private static void touch(TreeMap<LocalDate, Set<Integer>> touched, LocalDate day, int index) {
        touched.computeIfAbsent(day, k -> new TreeSet<>()).add(index);
    }

    // the days after which a status judged at the evaluation day may change with nothing recorded on them: a
    // position's or provision's deadline passed (OVERDUE), an agreement's term ended (EXPIRED)
    private static void addDeadline(TreeSet<LocalDate> days, Development d) {
        if (d instanceof PositionTaken p && p.deadline() != null) {
            addDayAfter(days, p.deadline().by());
        }
        if (d instanceof AgreementReached a) {
            addDayAfter(days, a.expires());
            for (Provision provision : a.provisions()) {
                if (provision.deadline() != null) {
                    addDayAfter(days, provision.deadline().by());
                }
            }
        }
        if (d instanceof AgreementExtended e) {
            addDayAfter(days, e.until());
        }
    }

    private static void addDayAfter(TreeSet<LocalDate> days, PartialDate date) {
        if (date != null) {
            // the first day it has passed by (PartialDate#hasPassedBy): the UTC day its span ends on
            days.add(LocalDate.ofInstant(date.until(), ZoneOffset.UTC));
        }
    }

    private static Set<String> changedTargets(NegotiationProjection.Amendments before,
                                              NegotiationProjection.Amendments now) {
        Set<String> ids = new java.util.HashSet<>();
        for (NegotiationProjection.Amendments a : List.of(before, now)) {
            ids.addAll(a.replacements().keySet());
            ids.addAll(a.retracted());
        }
        ids.removeIf(id -> before.replacements().get(id) == now.replacements().get(id)
                && before.retracted().contains(id) == now.retracted().contains(id));
        return ids;
    }

    private Set<Integer> allIndices() {
        Set<Integer> all = new TreeSet<>();
        for (int i = 0; i < history.size(); i++) {
            all.add(i);
        }
        return all;
    }
}
