package dev.parley.model;

import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.state.NegotiationState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The decoded history of one negotiation, kept in memory (an engine caches one per negotiation and appends each
 * development it records) so that a cut costs the developments near it, not the whole history.
 * {@link #stateAsOf(AsOf, int)} always equals {@link NegotiationProjection#foldAsOf} of the same prefix; it only
 * finds that answer faster:
 * <ul>
 *   <li><b>Checkpoints.</b> Every 256 developments the history keeps the state of its prefix folded
 *       at {@link AsOf#now()}, with the latest report day and latest happening day among the developments it
 *       folded. A cut starts from the newest checkpoint whose developments all lie certainly inside it.</li>
 *   <li><b>Per-axis block index.</b> For every block of 64 developments the earliest possible
 *       report and happening day: after the checkpoint, whole blocks that lie certainly after the cut are skipped,
 *       so a late report far down the history is found without placing every development in between.</li>
 * </ul>
 * Corrections and retractions are indexed too; the ones in force at the cut are found by visiting them alone.
 *
 * <h2>Three axes</h2>
 * A cut may name any of the three axes of {@link AsOf}. Happening and knowledge are read from the developments; the
 * audit axis ({@link AsOf#recordedBy()}) from the instant each development was stored, which the caller gives with
 * {@link #append(Development, Instant)} (an engine: the event's timestamp; a fixture: its clock). An audit cut is a
 * prefix: the developments before the first one stored after the instant, exactly what the store held then.
 * A cut therefore costs the developments between its checkpoint and the cut, the late reports that fall inside it,
 * and the corrections and retractions recorded after its checkpoint.
 *
 * <h2>When a cut is slower</h2>
 * A checkpoint cannot be used when a correction or retraction in force at the cut, recorded after the checkpoint,
 * amends a development before it (the cut then starts from an older checkpoint, before the amended development), or
 * when a development before it may lie after the cut (a month- or year-precision date or a window straddling the
 * cut day holds checkpoints after it back for cuts inside its range). Appending a correction of a development far
 * back makes building the next checkpoint refold from before that development, once. A cut with no knowledge date
 * ({@code AsOf.occurredBy(day)}) folds every correction and retraction recorded after it, as {@code foldAsOf} does
 * (they count on the knowledge axis only), so its cost grows with how many there are. A history in which a
 * development id repeats (the decider never records one) is folded whole on every cut.
 *
 * <h2>Memory</h2>
 * A checkpoint is a {@link NegotiationState}, whose lists share structure with every other state of the same
 * history; what one retains on its own (the right edge of each list, older versions of items changed after it, and
 * the key indexes of its lists) was about 40–50 KB on a synthetic history of 100,000 developments, one checkpoint per
 * 256 developments. {@link #weight()} counts developments plus checkpoints, for a size-bounded cache.
 *
 * <h2>Threads</h2>
 * Safe for one writer and any number of readers: {@link #append} must not be called concurrently with itself, while
 * {@link #stateAsOf}, {@link #developments()}, {@link #size()} and {@link #weight()} may be called from any thread at
 * any time; each reads a consistent snapshot of what had been appended when it started.
 *
 * <pre>{@code
 * History history = History.of("ru-ua-2025");
 * stored.forEach(event -> history.append(event.development(), event.storedAt()));
 * NegotiationState june = history.stateAsOf(AsOf.occurredBy(LocalDate.of(2025, 6, 20)));
 * NegotiationState evaluated = NegotiationProjection.evaluate(june, asOf, today);
 * }</pre>
 */
public final class History {
    /** Developments between two checkpoints. */
    static final int SPACING = 256;
    /** Developments per block of the per-axis index. */
    static final int BLOCK = 64;
    /**
     * A checkpoint's own retained size, counted in developments, for {@link #weight()}: about 40–50 KB measured on a
     * synthetic history of 100,000 developments, against roughly 1 KB for one decoded development.
     */
    private static final int CHECKPOINT_WEIGHT = 48;

    private final String negotiationId;
    private final int spacing;
    private final int blockSize;
    /** The first index of each development id; a repeated id switches the history to whole folds. */
    private final Map<String, Integer> firstIndex = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot;

    private History(String negotiationId, int spacing, int blockSize) {
        this.negotiationId = negotiationId;
        this.spacing = spacing;
        this.blockSize = blockSize;
        Checkpoint initial = new Checkpoint(0, NegotiationState.initial(negotiationId), FoldIndexes.session(),
                Integer.MIN_VALUE, Integer.MIN_VALUE);
        snapshot = new Snapshot(new Development[16], new int[16], new int[16], new int[16], 0, new int[4], 0,
                new int[1], new int[1], new Checkpoint[]{initial}, 1, false, false, new long[16], new int[16], true);
    }

    /**
     * @param negotiationId the negotiation
     * @return an empty history of that negotiation
     */
    public static History of(String negotiationId) {
        return of(negotiationId, SPACING, BLOCK);
    }

    /** With other spacings, so that short histories in tests cross checkpoints and blocks. */
    static History of(String negotiationId, int spacing, int blockSize) {
        if (spacing < 1 || blockSize < 1) {
            throw new IllegalArgumentException("spacing and block size are positive");
        }
        return new History(Objects.requireNonNull(negotiationId, "negotiationId"), spacing, blockSize);
    }

    /** @return the negotiation this is the history of */
    public String negotiationId() {
        return negotiationId;
    }

    /**
     * Appends the next development in recorded order with no instant of its storing: every audit cut
     * ({@link AsOf#recordedBy()}) counts it as held. For histories that only happening and knowledge cuts read.
     *
     * @param development the development as recorded, not null
     * @see #append(Development, Instant)
     */
    public void append(Development development) {
        append(development, Instant.MIN);
    }

    /**
     * Appends the next development in recorded order: its sequence number is the current {@link #size()}. Only one
     * thread may append at a time.
     *
     * @param development the development as recorded, not null
     * @param storedAt    when the store took it, for audit cuts ({@link AsOf#recordedBy()}), not null
     */
    public void append(Development development, Instant storedAt) {
        Objects.requireNonNull(development, "development");
        Objects.requireNonNull(storedAt, "storedAt");
        Snapshot s = snapshot;
        int i = s.size;
        Development[] developments = s.developments;
        int[] knownEarliest = s.knownEarliest;
        int[] knownLatest = s.knownLatest;
        int[] occurredEarliest = s.occurredEarliest;
        long[] storedSecond = s.storedSecond;
        int[] storedNano = s.storedNano;
        if (i == developments.length) {
            int capacity = developments.length * 2;
            developments = Arrays.copyOf(developments, capacity);
            knownEarliest = Arrays.copyOf(knownEarliest, capacity);
            knownLatest = Arrays.copyOf(knownLatest, capacity);
            occurredEarliest = Arrays.copyOf(occurredEarliest, capacity);
            storedSecond = Arrays.copyOf(storedSecond, capacity);
            storedNano = Arrays.copyOf(storedNano, capacity);
        }
        storedSecond[i] = storedAt.getEpochSecond();
        storedNano[i] = storedAt.getNano();
        // Stores stamp in order, but clocks of several writers may step back: then audit cuts search linearly.
        boolean storedInOrder = s.storedInOrder && (i == 0 || compareStored(storedSecond, storedNano, i - 1,
                storedAt) <= 0);
        boolean amendment = isAmendment(development);
        developments[i] = development;
        knownEarliest[i] = day(development.reported().firstUtcDay());
        knownLatest[i] = day(development.reported().lastUtcDay());
        // A correction or retraction is placed on the knowledge axis only: it never lies after a valid-time cut.
        occurredEarliest[i] = amendment ? Integer.MIN_VALUE : day(development.occurred().firstUtcDay());

        int[] amendments = s.amendments;
        int amendmentCount = s.amendmentCount;
        if (amendment) {
            if (amendmentCount == amendments.length) {
                amendments = Arrays.copyOf(amendments, amendmentCount * 2);
            }
            amendments[amendmentCount++] = i;
        }

        int block = i / blockSize;
        int[] blockKnown = s.blockKnownEarliest;
        int[] blockOccurred = s.blockOccurredEarliest;
        if (block == blockKnown.length) {
            blockKnown = Arrays.copyOf(blockKnown, block * 2);
            blockOccurred = Arrays.copyOf(blockOccurred, block * 2);
        }
        // Readers of an older snapshot may see the lowered minimum of the open block: it only skips less. Amendments
        // are left out of the valid-time minimum: a cut visits them through their own index.
        boolean opensBlock = i % blockSize == 0;
        int occurredForBlock = amendment ? Integer.MAX_VALUE : occurredEarliest[i];
        blockKnown[block] = opensBlock ? knownEarliest[i] : Math.min(blockKnown[block], knownEarliest[i]);
        blockOccurred[block] = opensBlock ? occurredForBlock : Math.min(blockOccurred[block], occurredForBlock);

        boolean repeatedIds = s.repeatedIds || firstIndex.putIfAbsent(development.id(), i) != null;
        // An amendment of a development not recorded before it (the decider allows none) keeps every cut reading all
        // amendments.
        boolean forwardAmendments = s.forwardAmendments || amendment && !firstIndex.containsKey(target(development));
        Snapshot next = new Snapshot(developments, knownEarliest, knownLatest, occurredEarliest, i + 1, amendments,
                amendmentCount, blockKnown, blockOccurred, s.checkpoints, s.checkpointCount, repeatedIds,
                forwardAmendments, storedSecond, storedNano, storedInOrder);
        if (next.size % spacing == 0 && !repeatedIds) {
            next = next.with(checkpoint(next));
        }
        snapshot = next;
    }

    /** @return how many developments the history holds */
    public int size() {
        return snapshot.size;
    }

    /**
     * @return the developments held when called, in recorded order: an unmodifiable view that later appends do not
     *         change
     */
    public List<Development> developments() {
        Snapshot s = snapshot;
        return Collections.unmodifiableList(Arrays.asList(s.developments).subList(0, s.size));
    }

    /**
     * @return roughly how many developments' worth of memory this history holds (developments plus checkpoints),
     *         for a size-bounded cache's weigher
     */
    public long weight() {
        Snapshot s = snapshot;
        return s.size + (long) (s.checkpointCount - 1) * CHECKPOINT_WEIGHT;
    }

    /**
     * @param cut the cut, on any of the three axes
     * @return the state of the whole history at the cut, equal to
     *         {@code NegotiationProjection.foldAsOf(negotiationId, developments().subList(0, storedBy(i)), cut)}
     *         where {@code i} is the cut's {@link AsOf#recordedBy()} (all developments when it has none):
     *         deadlines not yet evaluated
     */
    public NegotiationState stateAsOf(AsOf cut) {
        Snapshot s = snapshot;
        return stateAsOf(s, cut, s.size);
    }

    /**
     * The state at a cut of the first {@code prefixLength} developments only, as if nothing after them had been
     * recorded (an engine maps its own last stored sequence number to such a prefix). An audit cut shortens the
     * prefix further, to what was stored by its instant.
     *
     * @param cut          the cut, on any of the three axes
     * @param prefixLength how many developments, from the first, count; from 0 to {@link #size()}
     * @return {@code NegotiationProjection.foldAsOf(negotiationId, developments().subList(0, n), cut)} where
     *         {@code n} is the smaller of {@code prefixLength} and what was stored by the cut's
     *         {@link AsOf#recordedBy()}
     * @throws IndexOutOfBoundsException when {@code prefixLength} is negative or more than {@link #size()}
     */
    public NegotiationState stateAsOf(AsOf cut, int prefixLength) {
        return stateAsOf(snapshot, cut, prefixLength);
    }

    /**
     * @param instant an instant of the audit axis
     * @return how many developments the store held at that instant: those before the first one stored after it
     */
    public int storedBy(Instant instant) {
        return storedBy(snapshot, Objects.requireNonNull(instant, "instant"));
    }

    private static int storedBy(Snapshot s, Instant instant) {
        if (s.storedInOrder) {
            int low = 0;
            int high = s.size;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (compareStored(s.storedSecond, s.storedNano, middle, instant) > 0) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            return low;
        }
        for (int i = 0; i < s.size; i++) {
            if (compareStored(s.storedSecond, s.storedNano, i, instant) > 0) {
                return i;
            }
        }
        return s.size;
    }

    /** Compares the storing instant of development {@code i} with an instant, without making an {@code Instant}. */
    private static int compareStored(long[] seconds, int[] nanos, int i, Instant instant) {
        int bySecond = Long.compare(seconds[i], instant.getEpochSecond());
        return bySecond != 0 ? bySecond : Integer.compare(nanos[i], instant.getNano());
    }

    @Override
    public String toString() {
        Snapshot s = snapshot;
        return "History[" + negotiationId + ", " + s.size + " developments, " + s.checkpointCount + " checkpoints]";
    }

    private NegotiationState stateAsOf(Snapshot s, AsOf cut, int requestedLength) {
        Objects.requireNonNull(cut, "cut");
        Objects.checkFromToIndex(0, requestedLength, s.size);
        int prefixLength = cut.recordedBy() == null ? requestedLength
                : Math.min(requestedLength, storedBy(s, cut.recordedBy()));
        if (s.repeatedIds) {
            return NegotiationProjection.foldAsOf(negotiationId,
                    Arrays.asList(s.developments).subList(0, prefixLength), cut);
        }
        Fold fold = fold(s, cut, prefixLength);
        NegotiationState state = fold.state;
        return state.replayedAt(null, null, state.positions(), state.agreements(), fold.uncertain);
    }

    /** The state of the whole snapshot at {@link AsOf#now()}, with the latest days of what it folded. */
    private Checkpoint checkpoint(Snapshot s) {
        Fold fold = fold(s, AsOf.now(), s.size);
        NegotiationProjection.index(fold.state, fold.indexes);
        return new Checkpoint(s.size, fold.state, fold.indexes, fold.knownMax, fold.occurredMax);
    }

    /** What {@code foldAsOf} does, from the newest usable checkpoint and over the blocks that may hold the cut. */
    private Fold fold(Snapshot s, AsOf cut, int prefix) {
        int known = cut.knownAt() == null ? Integer.MAX_VALUE : day(cut.knownAt());
        int occurred = cut.occurredBy() == null ? Integer.MAX_VALUE : day(cut.occurredBy());

        // The amendments in force at the cut, exactly as NegotiationProjection.amendmentsAt finds them (newest first),
        // each spoiling the checkpoints after its target and not after itself. Once every amendment after a
        // checkpoint is seen, that checkpoint is final if it is unspoiled and its dates lie inside the cut: older
        // amendments only amend what it already folded (unless some amendment names a development recorded after
        // it, when all are read).
        Map<String, Development> replacements = new HashMap<>();
        Set<String> retracted = new HashSet<>();
        int candidate = Math.min(prefix / spacing, s.checkpointCount - 1);
        boolean[] spoiled = new boolean[candidate + 1];
        List<Integer> replacedIndices = new ArrayList<>();
        int a = Arrays.binarySearch(s.amendments, 0, s.amendmentCount, prefix);
        Checkpoint start = null;
        for (a = (a < 0 ? -a - 1 : a) - 1; a >= 0; a--) {
            int j = s.amendments[a];
            while (start == null && !s.forwardAmendments && j < candidate * spacing) {
                if (usable(s.checkpoints[candidate], spoiled[candidate], known, occurred)) {
                    start = s.checkpoints[candidate];
                } else {
                    candidate--;
                }
            }
            if (start != null) {
                break;
            }
            Development d = s.developments[j];
            if (retracted.contains(d.id()) || s.knownLatest[j] > known) {
                continue;
            }
            String target;
            boolean inForce;
            if (d instanceof ReportCorrected correction) {
                target = correction.development();
                inForce = replacements.putIfAbsent(target, correction.replacement()) == null;
            } else {
                target = ((ReportRetracted) d).development();
                inForce = retracted.add(target);
            }
            Integer t = inForce ? firstIndex.get(target) : null;
            if (t == null || t >= prefix) {
                continue;
            }
            if (d instanceof ReportCorrected) {
                replacedIndices.add(t);
            }
            for (int k = t / spacing + 1; k <= Math.min(j / spacing, spoiled.length - 1); k++) {
                spoiled[k] = true;
            }
        }
        while (start == null) {
            if (usable(s.checkpoints[candidate], spoiled[candidate], known, occurred)) {
                start = s.checkpoints[candidate];
            } else {
                candidate--;
            }
        }

        // Visited even in skipped blocks: corrected developments (their corrected dates may lie inside the cut) and
        // amendments after the checkpoint that are known at the cut.
        int startLength = start.length;
        int firstAmendment = Arrays.binarySearch(s.amendments, 0, s.amendmentCount, startLength);
        firstAmendment = firstAmendment < 0 ? -firstAmendment - 1 : firstAmendment;
        int[] forced = IntStream.concat(replacedIndices.stream().mapToInt(Integer::intValue)
                        .filter(i -> i >= startLength),
                        IntStream.range(firstAmendment, s.amendmentCount).map(k -> s.amendments[k])
                                .filter(i -> i < prefix && s.knownEarliest[i] <= known))
                .sorted().distinct().toArray();
        Fold fold = new Fold(start.state, start.indexes.copy(), start.knownMax, start.occurredMax);
        // Placed as foldAsOf places them; a development names only earlier ones, all in this snapshot.
        Predicate<String> outside = id -> {
            Integer t = firstIndex.get(id);
            if (t == null || t >= s.size) {
                return false;
            }
            Development named = s.developments[t];
            return NegotiationProjection.placement(named, replacements.getOrDefault(id, named), cut)
                    == AsOf.Placement.OUT;
        };
        int f = 0;
        for (int i = start.length; i < prefix; ) {
            int block = i / blockSize;
            int blockEnd = Math.min(prefix, (block + 1) * blockSize);
            if (s.blockKnownEarliest[block] > known || s.blockOccurredEarliest[block] > occurred) {
                while (f < forced.length && forced[f] < blockEnd) {
                    fold.place(s, forced[f++], cut, replacements, retracted, outside);
                }
                i = blockEnd;
                continue;
            }
            for (; i < blockEnd; i++) {
                boolean isForced = f < forced.length && forced[f] == i;
                if (isForced) {
                    f++;
                } else if (s.knownEarliest[i] > known || s.occurredEarliest[i] > occurred) {
                    continue;   // certainly after the cut, as recorded and uncorrected
                }
                fold.place(s, i, cut, replacements, retracted, outside);
            }
        }
        return fold;
    }

    private static boolean usable(Checkpoint checkpoint, boolean spoiled, int known, int occurred) {
        return checkpoint.length == 0
                || !spoiled && checkpoint.knownMax <= known && checkpoint.occurredMax <= occurred;
    }

    private static String target(Development amendment) {
        return amendment instanceof ReportCorrected correction ? correction.development()
                : ((ReportRetracted) amendment).development();
    }

    private static boolean isAmendment(Development development) {
        return development instanceof ReportCorrected || development instanceof ReportRetracted;
    }

    private static int day(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    /** One fold in progress: the loop body of {@code foldAsOf}, plus the latest days of what it folded. */
    private static final class Fold {
        NegotiationState state;
        final FoldIndexes indexes;
        int knownMax;
        int occurredMax;
        final List<String> uncertain = new ArrayList<>();

        Fold(NegotiationState state, FoldIndexes indexes, int knownMax, int occurredMax) {
            this.state = state;
            this.indexes = indexes;
            this.knownMax = knownMax;
            this.occurredMax = occurredMax;
        }

        void place(Snapshot s, int i, AsOf cut, Map<String, Development> replacements, Set<String> retracted,
                   Predicate<String> outside) {
            Development d = s.developments[i];
            if (retracted.contains(d.id())) {
                // Not folded, but still placed: a cut that leaves it out leaves out what names it too (the
                // retraction among them), so a checkpoint holding it serves only cuts that hold its dates.
                widen(s, i, d);
                return;
            }
            Development effective = replacements.getOrDefault(d.id(), d);
            AsOf.Placement placement = NegotiationProjection.placement(d, effective, cut);
            if (placement == AsOf.Placement.IN) {
                state = NegotiationProjection.evolve(state, effective, indexes, outside);
                widen(s, i, effective);
            } else if (placement == AsOf.Placement.UNCERTAIN) {
                uncertain.add(d.id());
            }
        }

        /** Takes in the latest report and happening days of development {@code i}, in the form it is placed by. */
        private void widen(Snapshot s, int i, Development placedBy) {
            knownMax = Math.max(knownMax, s.knownLatest[i]);
            if (!isAmendment(placedBy)) {
                occurredMax = Math.max(occurredMax, day(placedBy.occurred().lastUtcDay()));
            }
        }
    }

    /**
     * A state of a prefix at {@link AsOf#now()}, the key indexes of its lists, and the latest report and happening
     * days among what it folded.
     */
    private record Checkpoint(int length, NegotiationState state, FoldIndexes indexes, int knownMax,
                              int occurredMax) {
    }

    /**
     * What readers see: arrays only ever written beyond {@code size} by the writer (the open block's minima aside),
     * published whole through the volatile field.
     */
    private record Snapshot(Development[] developments, int[] knownEarliest, int[] knownLatest,
                            int[] occurredEarliest, int size, int[] amendments, int amendmentCount,
                            int[] blockKnownEarliest, int[] blockOccurredEarliest, Checkpoint[] checkpoints,
                            int checkpointCount, boolean repeatedIds, boolean forwardAmendments,
                            long[] storedSecond, int[] storedNano, boolean storedInOrder) {
        Snapshot with(Checkpoint checkpoint) {
            Checkpoint[] all = checkpointCount == checkpoints.length
                    ? Arrays.copyOf(checkpoints, checkpointCount * 2) : checkpoints;
            all[checkpointCount] = checkpoint;
            return new Snapshot(developments, knownEarliest, knownLatest, occurredEarliest, size, amendments,
                    amendmentCount, blockKnownEarliest, blockOccurredEarliest, all, checkpointCount + 1, repeatedIds,
                    forwardAmendments, storedSecond, storedNano, storedInOrder);
        }
    }
}
