package dev.parley.model;

import dev.parley.timeline.Development;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Look-ups by key in the fold (ListIndex)")
class ListIndexTest {
    private static final ListIndex<String> BY_PREFIX = new ListIndex<>(0, s -> s.substring(0, s.indexOf(':')));

    /** The scan the index stands in for: the last item whose key equals the one asked for. */
    private static int scan(List<String> items, Object key) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).startsWith(key + ":")) {
                return i;
            }
        }
        return -1;
    }

    @Nested
    @DisplayName("answers as a scan from the end does")
    class AnswersAsAScan {

        @Test
        @DisplayName("for lists short and long, with repeated, missing and colliding keys, as items are appended and set")
        void randomEdits() {
            Random random = new Random(42);
            // "Aa" and "BB" share a hash code: the trie must keep both.
            List<String> keys = new ArrayList<>(List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"));
            IntStream.range(0, 300).forEach(i -> keys.add("k" + i));
            FoldIndexes session = FoldIndexes.session();
            List<String> items = List.of();
            for (int step = 0; step < 3_000; step++) {
                String key = keys.get(random.nextInt(keys.size()));
                if (items.isEmpty() || random.nextInt(3) > 0) {
                    items = BY_PREFIX.append(session, items, key + ":" + step);
                } else {
                    int at = random.nextInt(items.size());
                    // Mostly the same key (as the fold does), now and then another one.
                    String sameOrOther = random.nextInt(10) == 0 ? key : items.get(at).substring(0,
                            items.get(at).indexOf(':'));
                    items = BY_PREFIX.set(session, items, at, sameOrOther + ":" + step);
                }
                for (int probe = 0; probe < 5; probe++) {
                    String wanted = random.nextInt(20) == 0 ? "absent" : keys.get(random.nextInt(keys.size()));
                    assertThat(BY_PREFIX.lastIndexOf(session, items, wanted)).as("%s after %d edits", wanted, step)
                            .isEqualTo(scan(items, wanted));
                }
            }
            assertThat(items.size()).isGreaterThan(ListIndex.SCANNED * 10);
        }

        @Test
        @DisplayName("for a list version the session did not make (it indexes that version anew) and a null key")
        void foreignVersionsAndNullKeys() {
            List<String> items = IntStream.range(0, 100).mapToObj(i -> "k" + (i % 40) + ":" + i).toList();
            FoldIndexes session = FoldIndexes.session();
            assertThat(BY_PREFIX.lastIndexOf(session, items, "k3")).isEqualTo(83);
            List<String> other = BY_PREFIX.append(FoldIndexes.scanning(), items, "k3:new");
            assertThat(BY_PREFIX.lastIndexOf(session, other, "k3")).isEqualTo(100);
            assertThat(BY_PREFIX.lastIndexOf(session, items, "k3")).isEqualTo(83);
            assertThat(BY_PREFIX.lastIndexOf(session, items, null)).isEqualTo(-1);
            assertThat(BY_PREFIX.lastIndexOf(FoldIndexes.scanning(), items, "k39")).isEqualTo(79);
        }

        @Test
        @DisplayName("in a copy of a session, independently of the original")
        void copies() {
            FoldIndexes session = FoldIndexes.session();
            List<String> items = List.of();
            for (int i = 0; i < 50; i++) {
                items = BY_PREFIX.append(session, items, "k" + i + ":" + i);
            }
            BY_PREFIX.lastIndexOf(session, items, "k1");
            FoldIndexes copy = session.copy();
            List<String> inCopy = BY_PREFIX.append(copy, items, "k1:copy");
            List<String> inOriginal = BY_PREFIX.append(session, items, "k2:original");
            assertThat(BY_PREFIX.lastIndexOf(copy, inCopy, "k1")).isEqualTo(50);
            assertThat(BY_PREFIX.lastIndexOf(session, inOriginal, "k1")).isEqualTo(1);
            assertThat(BY_PREFIX.lastIndexOf(session, inOriginal, "k2")).isEqualTo(50);
        }
    }

    @Nested
    @DisplayName("leaves the fold unchanged")
    class FoldUnchanged {

        @Test
        @DisplayName("a long generated history folds to the same state with indexes as step by step with scans")
        void longHistories() {
            Random random = new Random(17);
            for (int round = 0; round < 3; round++) {
                List<Development> history = Histories.build(HistoryTest.steps(random, 1_500));
                List<Development> twice = new ArrayList<>(history);
                twice.addAll(history);   // repeated ids: the last item of a key is the one changed
                for (List<Development> developments : List.of(history, twice)) {
                    NegotiationState scanned = NegotiationState.initial(Histories.NEGOTIATION);
                    for (Development d : developments) {
                        scanned = NegotiationProjection.evolve(scanned, d);
                    }
                    NegotiationState indexed = NegotiationProjection.fold(Histories.NEGOTIATION, developments);
                    assertThat(indexed).isEqualTo(scanned);
                    assertThat(longest(indexed, NegotiationState::corroboration, NegotiationState::positions,
                            NegotiationState::claims)).isGreaterThan(ListIndex.SCANNED);
                }
            }
        }

        @SafeVarargs
        private static int longest(NegotiationState state, Function<NegotiationState, List<?>>... lists) {
            int longest = 0;
            for (Function<NegotiationState, List<?>> list : lists) {
                longest = Math.max(longest, list.apply(state).size());
            }
            return longest;
        }
    }
}
