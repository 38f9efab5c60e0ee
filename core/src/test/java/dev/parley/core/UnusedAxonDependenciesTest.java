package dev.parley.core;

import dev.parley.Parley;
import dev.parley.model.Sample;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.Progress;
import dev.parley.timeline.TimelineQuery;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * parley-core excludes XStream (with mxparser and xmlpull) and the LMAX disruptor, which {@code axon-messaging} and
 * {@code axon-configuration} bring but Parley never uses. These tests, and every other test of this module, run on
 * a class path without them: an Axon path that needed one would fail with {@link NoClassDefFoundError}.
 */
@DisplayName("parley-core without XStream and the LMAX disruptor")
class UnusedAxonDependenciesTest {

    @Nested
    @DisplayName("the excluded libraries are not on the class path")
    class Excluded {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"com.thoughtworks.xstream.XStream", "io.github.xstream.mxparser.MXParser",
                "org.xmlpull.v1.XmlPullParser", "com.lmax.disruptor.RingBuffer"})
        @DisplayName("so no test of parley-core can pass by loading them")
        void notLoadable(String className) {
            assertThatThrownBy(() -> Class.forName(className, false, getClass().getClassLoader()))
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Nested
    @ParameterizedClass(name = "{0}")
    @EnumSource(TestStores.class)
    @DisplayName("every use of Parley works without them, on every store")
    class EveryPath {

        @Parameter
        TestStores store;

        @TempDir
        Path tempDir;

        final Sample talks = new Sample("talks");

        @Test
        @DisplayName("record, snapshots, state now and as of a day, diff, timeline, export, import, rebuild")
        void wholeLifeCycle() throws Exception {
            List<Development> history = List.of(
                    talks.opened(),
                    talks.joined("union", "Union", PartyRole.PARTY),
                    talks.joined("studios", "Studios", PartyRole.PARTY),
                    talks.round("r1", 1, "Geneva", "2025-05-20"),
                    talks.demand("d1", "Union", "Studios", "a raise", "2025-05-21"),
                    talks.round("r2", 2, "Geneva", "2025-06-02"));
            AsOf beforeSecondRound = AsOf.occurredBy(LocalDate.of(2025, 5, 25));
            Path file = tempDir.resolve("talks.json");
            NegotiationState recorded;
            try (Parley parley = store.open(tempDir.resolve("first"), options -> options.snapshotEvery(2))) {
                parley.record(history.get(0));
                parley.recordAll(history.subList(1, history.size()));
                recorded = parley.state("talks").orElseThrow();
                assertThat(parley.state("talks", beforeSecondRound).orElseThrow().rounds()).hasSize(1);
                assertThat(parley.diff("talks", beforeSecondRound, AsOf.now())).isNotEmpty();
                assertThat(parley.timeline("talks", TimelineQuery.all())).hasSize(history.size());
                try (OutputStream out = Files.newOutputStream(file)) {
                    assertThat(parley.exportTimeline("talks", out, Progress.NONE)).isEqualTo(history.size());
                }
            }
            try (Parley parley = store.open(tempDir.resolve("second"))) {
                assertThat(parley.importTimeline(file, Progress.NONE).recorded()).isEqualTo(history.size());
                parley.rebuild(Progress.NONE);
                assertThat(parley.state("talks")).contains(recorded);
                assertThat(parley.developments("talks")).isEqualTo(history);
                ByteArrayOutputStream again = new ByteArrayOutputStream();
                parley.exportTimeline("talks", again, Progress.NONE);
                assertThat(again.toByteArray()).isEqualTo(Files.readAllBytes(file));
            }
        }
    }
}
