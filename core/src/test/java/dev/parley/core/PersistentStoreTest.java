package dev.parley.core;

import dev.parley.model.Sample;

import dev.parley.Parley;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass(name = "{0}")
@EnumSource(value = TestStores.class, names = {"H2", "POSTGRESQL"})
@DisplayName("Persistent stores")
class PersistentStoreTest {

    @Parameter
    TestStores store;

    @TempDir
    Path tempDir;

    final Sample talks = new Sample("talks");

    @Test
    @DisplayName("survive close and reopen with identical state and history")
    void reopen() {
        List<Development> history = List.of(talks.opened(), talks.joined("ru", "Russia", PartyRole.PARTY),
                talks.offer("offer", "Russia", "Ukraine", "return children", 10, "2025-06-02", "2025-07-10"),
                talks.claim("claim", "Ukraine", "abductions", "2025-06-01"),
                talks.denied("denial", "claim", "Vladimir Medinsky", "2025-06-02"));
        NegotiationState before;
        try (Parley first = store.open(tempDir)) {
            first.recordAll(history);
            before = first.state("talks").orElseThrow();
        }
        try (Parley reopened = store.reopen(tempDir)) {
            assertThat(reopened.state("talks")).contains(before);
            assertThat(reopened.developments("talks")).containsExactlyElementsOf(history);
            assertThat(reopened.negotiations()).containsExactly("talks");
            assertThat(reopened.record(history.get(2))).isEqualTo(RecordResult.ALREADY_RECORDED);
        }
    }

    @Test
    @DisplayName("two Parley instances on one database appending to one negotiation lose nothing")
    void twoInstances() {
        try (Parley a = store.open(tempDir); Parley b = store.reopen(tempDir)) {
            a.record(talks.opened());
            CompletableFuture<Void> fromA = CompletableFuture.runAsync(() -> write(a, "a"));
            CompletableFuture<Void> fromB = CompletableFuture.runAsync(() -> write(b, "b"));
            fromA.join();
            fromB.join();
            assertThat(a.developments("talks")).hasSize(81);
            assertThat(b.state("talks").orElseThrow().statements()).hasSize(80);
            assertThat(a.state("talks")).isEqualTo(b.state("talks"));
        }
    }

    private void write(Parley parley, String prefix) {
        for (int i = 0; i < 40; i++) {
            parley.record(talks.statement(prefix + "-" + i, "Speaker " + prefix, "words " + i, "2025-06-02"));
        }
    }
}
