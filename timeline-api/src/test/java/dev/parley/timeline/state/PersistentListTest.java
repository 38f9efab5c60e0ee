package dev.parley.timeline.state;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("PersistentList")
class PersistentListTest {

    @Test
    @DisplayName("appending never changes an earlier version, even when two versions branch from one")
    void branches() {
        PersistentList<String> base = PersistentList.<String>empty().plus("a").plus("b");
        PersistentList<String> left = base.plus("left");
        PersistentList<String> right = base.plus("right");
        assertThat(base).containsExactly("a", "b");
        assertThat(left).containsExactly("a", "b", "left");
        assertThat(right).containsExactly("a", "b", "right");
        assertThat(left.with(0, "z")).containsExactly("z", "b", "left");
        assertThat(left).containsExactly("a", "b", "left");
    }

    @Test
    @DisplayName("equals any list with the same elements and refuses mutation and nulls")
    void listContract() {
        PersistentList<Integer> list = PersistentList.copyOf(List.of(1, 2, 3));
        assertThat(list).isEqualTo(List.of(1, 2, 3)).hasSameHashCodeAs(List.of(1, 2, 3));
        assertThat(PersistentList.copyOf(list)).isSameAs(list);
        assertThatThrownBy(() -> list.add(4)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.plus(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PersistentList.copyOf(new ArrayList<>(java.util.Arrays.asList(1, null))))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("concurrent appends to one version each get their own list")
    void concurrentBranches() {
        PersistentList<Integer> base = PersistentList.copyOf(List.of(0));
        ConcurrentLinkedQueue<PersistentList<Integer>> results = new ConcurrentLinkedQueue<>();
        IntStream.range(1, 2_000).parallel().forEach(i -> results.add(base.plus(i)));
        assertThat(results).allSatisfy(list -> {
            assertThat(list).hasSize(2);
            assertThat(list.get(0)).isZero();
        });
        assertThat(results.stream().map(l -> l.get(1)).distinct().count()).isEqualTo(1_999);
    }

    @Test
    @DisplayName("behaves like a copied ArrayList through appends and replacements across trie levels, "
            + "and every earlier version stays as it was")
    void matchesModel() {
        java.util.Random random = new java.util.Random(42);
        PersistentList<Integer> list = PersistentList.empty();
        List<Integer> model = new ArrayList<>();
        List<PersistentList<Integer>> versions = new ArrayList<>();
        List<List<Integer>> snapshots = new ArrayList<>();
        for (int step = 0; step < 40_000; step++) {
            if (model.isEmpty() || random.nextInt(4) > 0) {
                list = list.plus(step);
                model.add(step);
            } else {
                int index = random.nextInt(model.size());
                list = list.with(index, -step);
                model.set(index, -step);
            }
            if (step % 997 == 0 || model.size() == 33 || model.size() == 1_025) {
                versions.add(list);
                snapshots.add(List.copyOf(model));
            }
        }
        assertThat(list).hasSize(model.size()).isEqualTo(model);
        for (int i = 0; i < versions.size(); i++) {
            assertThat(versions.get(i)).isEqualTo(snapshots.get(i));
        }
        assertThat(PersistentList.copyOf(new ArrayList<>(model))).isEqualTo(model);
        assertThat(PersistentList.copyOf(model.subList(0, 32)).plus(7)).endsWith(7).hasSize(33);
    }
}
