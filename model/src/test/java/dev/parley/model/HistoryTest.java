package dev.parley.model;

import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("History: the decoded history of one negotiation, with checkpoints for cuts")
class HistoryTest {

    /** A history with the default spacing, and one whose checkpoints and blocks are a few developments apart. */
    private static List<History> histories(String negotiationId, List<Development> developments) {
        List<History> all = List.of(History.of(negotiationId), History.of(negotiationId, 8, 4),
                History.of(negotiationId, 3, 2));
        all.forEach(h -> developments.forEach(h::append));
        return all;
    }

    /** Every cut a test compares: each axis alone and both, the knowledge cut a few weeks after the happening. */
    private static List<AsOf> cutsOn(LocalDate day) {
        return List.of(AsOf.occurredBy(day), AsOf.knownAt(day), AsOf.occurredBy(day).andKnownAt(day.plusDays(20)),
                AsOf.occurredBy(day.plusDays(20)).andKnownAt(day));
    }

    private static void assertSameAsFoldAsOf(History history, List<Development> developments, AsOf cut, int prefix) {
        NegotiationState expected = NegotiationProjection.foldAsOf(history.negotiationId(),
                developments.subList(0, prefix), cut);
        assertThat(history.stateAsOf(cut, prefix)).as("%s, first %d of %s", cut, prefix, history)
                .isEqualTo(expected);
    }

    /** The days a history's dates span, with a margin either side. */
    private static List<LocalDate> days(List<Development> developments) {
        LocalDate first = developments.stream().flatMap(d -> Stream.of(d.occurred(), d.reported()))
                .map(PartialDate::earliest).min(LocalDate::compareTo).orElseThrow().minusDays(2);
        LocalDate last = developments.stream().flatMap(d -> Stream.of(d.occurred(), d.reported()))
                .map(PartialDate::latest).max(LocalDate::compareTo).orElseThrow().plusDays(2);
        return first.datesUntil(last.plusDays(1)).toList();
    }

    @Nested
    @DisplayName("equals NegotiationProjection.foldAsOf")
    class EqualsFoldAsOf {

        @ParameterizedTest(name = "{0}: every cut day on each axis, whole history and every prefix")
        @ValueSource(strings = {"black-sea-grain-initiative-2022.json", "wga-amptp-2023.json",
                "us-china-trade-talks-2025.json"})
        @DisplayName("for the real example negotiations")
        void realNegotiations(String file) throws Exception {
            Timeline timeline = TimelineFiles.read(Path.of("../examples/data", file));
            List<Development> developments = timeline.developments();
            List<LocalDate> days = days(developments);
            for (History history : histories(timeline.negotiationId(), developments)) {
                assertSameAsFoldAsOf(history, developments, AsOf.now(), developments.size());
                for (LocalDate day : days) {
                    for (AsOf cut : cutsOn(day)) {
                        assertSameAsFoldAsOf(history, developments, cut, developments.size());
                    }
                }
                for (int prefix = 0; prefix <= developments.size(); prefix++) {
                    for (int d = 0; d < days.size(); d += 120) {
                        for (AsOf cut : cutsOn(days.get(d))) {
                            assertSameAsFoldAsOf(history, developments, cut, prefix);
                        }
                    }
                }
            }
        }

        @Test
        @DisplayName("for generated histories of every type, with late reports, corrections and retractions")
        void generatedHistories() {
            Random random = new Random(11);
            for (int round = 0; round < 4; round++) {
                List<Development> developments = Histories.build(steps(random, 40 + random.nextInt(400)));
                assertThat(developments).anyMatch(d -> d instanceof ReportCorrected)
                        .anyMatch(d -> d instanceof ReportRetracted);
                for (History history : histories(Histories.NEGOTIATION, developments)) {
                    for (int day = -40; day <= 420; day += 5) {
                        for (AsOf cut : cutsOn(Histories.START.plusDays(day))) {
                            assertSameAsFoldAsOf(history, developments, cut, developments.size());
                            assertSameAsFoldAsOf(history, developments, cut, random.nextInt(developments.size() + 1));
                        }
                    }
                }
            }
        }

        @Test
        @DisplayName("for a long history, at every seventh prefix")
        void longHistoryPrefixes() {
            Random random = new Random(7);
            List<Histories.Step> steps = new ArrayList<>(steps(random, 600));
            List<Development> developments = Histories.build(steps);
            for (History history : histories(Histories.NEGOTIATION, developments)) {
                for (int prefix = 0; prefix <= developments.size(); prefix += 7) {
                    for (AsOf cut : cutsOn(Histories.START.plusDays(random.nextInt(400)))) {
                        assertSameAsFoldAsOf(history, developments, cut, prefix);
                    }
                }
            }
        }

        @Test
        @DisplayName("for a history in which a development id repeats (folded whole)")
        void repeatedIds() {
            List<Development> once = Histories.build(steps(new Random(3), 60));
            List<Development> twice = new ArrayList<>(once);
            twice.addAll(once);
            for (History history : histories(Histories.NEGOTIATION, twice)) {
                for (int day = -40; day <= 420; day += 10) {
                    for (AsOf cut : cutsOn(Histories.START.plusDays(day))) {
                        assertSameAsFoldAsOf(history, twice, cut, twice.size());
                        assertSameAsFoldAsOf(history, twice, cut, once.size() + 5);
                    }
                }
            }
        }

        @Test
        @DisplayName("for the empty history")
        void empty() {
            History history = History.of("none");
            assertThat(history.stateAsOf(AsOf.now())).isEqualTo(
                    NegotiationProjection.foldAsOf("none", List.of(), AsOf.now()));
            assertThat(history.stateAsOf(AsOf.occurredBy(LocalDate.of(2025, 1, 1)), 0)).isEqualTo(
                    NegotiationProjection.foldAsOf("none", List.of(), AsOf.occurredBy(LocalDate.of(2025, 1, 1))));
        }
    }

    @Nested
    @DisplayName("cuts on the audit axis (recordedBy) to what was stored by the instant")
    class Audit {
        private final List<Development> developments = Histories.build(steps(new Random(11), 120));
        private final Instant first = Instant.parse("2026-01-01T00:00:00Z");

        /** Stamped one second apart, as a store would. */
        private History stamped(History history, List<Development> all) {
            for (int i = 0; i < all.size(); i++) {
                history.append(all.get(i), first.plusSeconds(i));
            }
            return history;
        }

        @Test
        @DisplayName("folds exactly the developments stored at or before the instant, on every axis combined")
        void prefixOfStored() {
            History history = stamped(History.of(Histories.NEGOTIATION, 8, 4), developments);
            int n = developments.size();
            for (int stored : new int[] {0, 1, n / 3, n / 2, n - 1, n}) {
                Instant at = first.plusSeconds(stored).minusMillis(1);
                assertThat(history.storedBy(at)).isEqualTo(stored);
                for (AsOf cut : List.of(AsOf.recordedBy(at), AsOf.recordedBy(at).andKnownAt(Histories.START
                        .plusDays(40)))) {
                    AsOf withoutAudit = new AsOf(cut.occurredBy(), cut.knownAt(), null);
                    assertThat(history.stateAsOf(cut)).as("%s", cut).isEqualTo(NegotiationProjection.foldAsOf(
                            Histories.NEGOTIATION, developments.subList(0, stored), withoutAudit));
                }
            }
        }

        @Test
        @DisplayName("counts a development stored exactly at the instant, and takes the shorter of prefix and cut")
        void inclusiveAndShorter() {
            History history = stamped(History.of(Histories.NEGOTIATION), developments);
            assertThat(history.storedBy(first.plusSeconds(10))).isEqualTo(11);
            assertThat(history.stateAsOf(AsOf.recordedBy(first.plusSeconds(100)), 20)).isEqualTo(
                    NegotiationProjection.foldAsOf(Histories.NEGOTIATION, developments.subList(0, 20), AsOf.now()));
        }

        @Test
        @DisplayName("cuts at the first development stored after the instant when a writer's clock stepped back")
        void clockSteppedBack() {
            History history = History.of(Histories.NEGOTIATION);
            history.append(developments.get(0), first);
            history.append(developments.get(1), first.plusSeconds(10));
            history.append(developments.get(2), first.plusSeconds(5));
            assertThat(history.storedBy(first.plusSeconds(6))).isEqualTo(1);
            assertThat(history.storedBy(first.plusSeconds(10))).isEqualTo(3);
        }

        @Test
        @DisplayName("counts a development appended with no instant as held by every audit cut")
        void unstamped() {
            History history = History.of(Histories.NEGOTIATION);
            developments.subList(0, 5).forEach(history::append);
            assertThat(history.storedBy(Instant.EPOCH)).isEqualTo(5);
        }
    }

    @Nested
    @DisplayName("holds developments")
    class Holds {
        private final List<Development> developments = Histories.build(steps(new Random(5), 300));

        @Test
        @DisplayName("in recorded order, counted by size(), as an unmodifiable view later appends do not change")
        void developments() {
            History history = History.of(Histories.NEGOTIATION);
            developments.subList(0, 100).forEach(history::append);
            List<Development> view = history.developments();
            developments.subList(100, developments.size()).forEach(history::append);
            assertThat(view).containsExactlyElementsOf(developments.subList(0, 100));
            assertThat(history.developments()).containsExactlyElementsOf(developments);
            assertThat(history.size()).isEqualTo(developments.size());
            assertThatThrownBy(() -> view.add(developments.get(0))).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        @DisplayName("weighs about one per development, a little more once checkpoints are kept")
        void weight() {
            History history = History.of(Histories.NEGOTIATION, 50, 10);
            assertThat(history.weight()).isZero();
            developments.subList(0, 49).forEach(history::append);
            assertThat(history.weight()).isEqualTo(49);
            developments.subList(49, 250).forEach(history::append);
            assertThat(history.weight()).isGreaterThan(250).isLessThan(3 * 250);
        }

        @Test
        @DisplayName("rejects a prefix longer than itself or negative, a null cut and a null development")
        void rejects() {
            History history = History.of(Histories.NEGOTIATION);
            developments.subList(0, 10).forEach(history::append);
            assertThatThrownBy(() -> history.stateAsOf(AsOf.now(), 11)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> history.stateAsOf(AsOf.now(), -1)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> history.stateAsOf(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("cut");
            assertThatThrownBy(() -> history.append(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("development");
            assertThat(history.size()).isEqualTo(10);
        }

        @Test
        @DisplayName("answers readers while one writer appends: each reads what was appended when it started")
        void oneWriterManyReaders() throws Exception {
            History history = History.of(Histories.NEGOTIATION, 16, 4);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                try {
                    while (history.size() < developments.size()) {
                        List<Development> seen = history.developments();
                        AsOf cut = AsOf.occurredBy(Histories.START.plusDays(seen.size() % 300));
                        assertThat(history.stateAsOf(cut, seen.size()))
                                .isEqualTo(NegotiationProjection.foldAsOf(Histories.NEGOTIATION, seen, cut));
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            reader.start();
            developments.forEach(history::append);
            reader.join();
            assertThat(failure.get()).isNull();
        }
    }

    /** Random steps for {@link Histories#build}: every type, partial dates, late reports. */
    static List<Histories.Step> steps(Random random, int count) {
        List<Histories.Step> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            steps.add(new Histories.Step(random.nextInt(Histories.TYPES), random.nextInt(1_001), random.nextInt(301),
                    random.nextInt(4), random.nextInt(41), random.nextInt(61)));
        }
        return steps;
    }
}
