package dev.parley.core;

import dev.parley.model.NegotiationProjection;
import dev.parley.model.Sample;

import dev.parley.Parley;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.Share;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.PositionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass(name = "{0}")
@EnumSource(TestStores.class)
@DisplayName("Every store")
class StoreContractTest {

    @Parameter
    TestStores store;

    @TempDir
    Path tempDir;

    Parley parley;
    final Sample talks = new Sample("talks");

    @BeforeEach
    void open() {
        parley = store.open(tempDir);
    }

    @AfterEach
    void close() {
        if (parley != null) {
            parley.close();
        }
    }

    @Test
    @DisplayName("records developments and reads them back in recorded order")
    void recordsAndReadsBack() {
        List<Development> developments = List.of(talks.opened(),
                talks.joined("ua", "Ukraine", PartyRole.PARTY),
                talks.round("r1", 1, "Istanbul", "2025-05-16"),
                talks.offer("offer", "Russia", "Ukraine", "return children", 10, "2025-06-02", "2025-07-10"));
        for (Development development : developments) {
            assertThat(parley.record(development)).isEqualTo(RecordResult.RECORDED);
        }

        assertThat(parley.developments("talks")).containsExactlyElementsOf(developments);
        NegotiationState state = parley.state("talks").orElseThrow();
        assertThat(state.title()).isEqualTo("Talks talks");
        assertThat(state.round(1)).hasValueSatisfying(r -> assertThat(r.venue()).isEqualTo("Istanbul"));
        assertThat(state.position("offer")).hasValueSatisfying(p -> assertThat(p.status()).isEqualTo(PositionStatus.OPEN));
        assertThat(parley.negotiations()).containsExactly("talks");
    }

    @Test
    @DisplayName("recording the same development twice stores it once")
    void idempotentByIdAndContent() {
        parley.record(talks.opened());
        Development round = talks.round("r1", 1, "Istanbul", "2025-05-16");
        assertThat(parley.record(round)).isEqualTo(RecordResult.RECORDED);

        assertThat(parley.record(round)).isEqualTo(RecordResult.ALREADY_RECORDED);
        assertThat(parley.recordAll(List.of(talks.opened(), round)))
                .containsExactly(RecordResult.ALREADY_RECORDED, RecordResult.ALREADY_RECORDED);

        assertThat(parley.developments("talks")).hasSize(2);
        assertThat(parley.state("talks").orElseThrow().developmentCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("a different development under a recorded id is rejected")
    void conflictingDuplicateIsRejected() {
        parley.record(talks.opened());
        parley.record(talks.round("r1", 1, "Istanbul", "2025-05-16"));

        assertThatThrownBy(() -> parley.record(talks.round("r1", 1, "Geneva", "2025-05-16")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo(Rule.CONFLICTING_DUPLICATE);
                    assertThat(e.developmentId()).isEqualTo("r1");
                });
        assertThat(parley.state("talks").orElseThrow().rounds()).singleElement()
                .satisfies(r -> assertThat(r.venue()).isEqualTo("Istanbul"));
    }

    @Test
    @DisplayName("a batch rejected midway leaves the store as it was")
    void rejectedBatchStoresNothing() {
        parley.record(talks.opened());
        NegotiationState before = parley.state("talks").orElseThrow();
        List<Development> batch = List.of(
                talks.round("r1", 1, "Istanbul", "2025-05-16"),
                talks.demand("ceasefire", "United States", "Russia", "immediate ceasefire", "2025-05-20"),
                talks.rejected("bad", "no-such-position", "Russia", "2025-06-02"),
                talks.round("r2", 2, "Istanbul", "2025-06-02"));

        assertThatThrownBy(() -> parley.recordAll(batch))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_POSITION);
                    assertThat(e.developmentId()).isEqualTo("bad");
                });

        assertThat(parley.developments("talks")).containsExactly(talks.opened());
        assertThat(parley.state("talks")).contains(before);
        // Nothing of the rejected batch lingers in a cache either: its first development is still new.
        assertThat(parley.record(batch.get(0))).isEqualTo(RecordResult.RECORDED);
    }

    @Test
    @DisplayName("a batch may open a negotiation and build on it")
    void batchBuildsOnItself() {
        List<RecordResult> results = parley.recordAll(List.of(talks.opened(),
                talks.demand("ceasefire", "United States", "Russia", "immediate ceasefire", "2025-05-20"),
                talks.rejected("rejected", "ceasefire", "Russia", "2025-06-02")));

        assertThat(results).containsOnly(RecordResult.RECORDED);
        assertThat(parley.state("talks").orElseThrow().position("ceasefire"))
                .hasValueSatisfying(p -> assertThat(p.status()).isEqualTo(PositionStatus.REJECTED));
    }

    @Test
    @DisplayName("a development for a negotiation never opened is rejected and stores nothing")
    void unopenedNegotiation() {
        assertThatThrownBy(() -> parley.record(talks.round("r1", 1, "Istanbul", "2025-05-16")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(Rule.NEGOTIATION_NOT_OPENED));
        assertThat(parley.developments("talks")).isEmpty();
        assertThat(parley.state("talks")).isEmpty();
        assertThat(parley.negotiations()).isEmpty();
    }

    @Test
    @DisplayName("concurrent appends to one negotiation from several threads lose nothing")
    void concurrentAppends() throws Exception {
        parley.record(talks.opened());
        int threads = 6;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                tasks.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        parley.record(talks.statement("s-" + thread + "-" + i, "Speaker " + thread, "words " + i,
                                "2025-06-02"));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(parley.developments("talks")).hasSize(1 + threads * perThread);
        assertThat(parley.state("talks").orElseThrow().statements()).hasSize(threads * perThread);
    }

    @Test
    @DisplayName("the read side equals the fold of the stored stream")
    void readSideEqualsFold() {
        parley.recordAll(List.of(talks.opened(),
                talks.joined("ru", "Russia", PartyRole.PARTY),
                talks.joined("tr", "Turkey", PartyRole.HOST),
                talks.agreement("pows", "pow-1", "2025-06-02"),
                talks.step("stage-1", "pows", "pow-1", "2025-06-09", new Share("Russia", Quantity.exactly(390)),
                        new Share("Ukraine", Quantity.undisclosed())),
                talks.claim("abducted", "Ukraine", "Russia abducted children", "2025-06-02"),
                talks.denied("denial", "abducted", "Vladimir Medinsky", "2025-06-02"),
                talks.statement("quote", "Rustem Umerov", "memorandum handed over", "2025-06-02")));

        assertThat(parley.state("talks")).contains(TestStores.replayed(parley, "talks"));
        assertThat(parley.state("talks").orElseThrow().corroboration()).isEqualTo(
                NegotiationProjection.fold("talks", parley.developments("talks")).corroboration());
    }

    @Test
    @DisplayName("rebuilding the read side from the store reports progress and gives the same state")
    void rebuild() {
        parley.recordAll(List.of(talks.opened(), talks.round("r1", 1, "Istanbul", "2025-05-16"),
                talks.offer("offer", "Russia", "Ukraine", "return children", 10, "2025-06-02", "2025-07-10")));
        NegotiationState before = parley.state("talks").orElseThrow();
        List<long[]> progress = new ArrayList<>();

        parley.rebuild((processed, total) -> progress.add(new long[]{processed, total}));

        assertThat(progress).isNotEmpty();
        long[] last = progress.get(progress.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]).isPositive();
        assertThat(parley.state("talks")).contains(before);
        assertThat(before).isEqualTo(TestStores.replayed(parley, "talks"));
    }

    @Test
    @DisplayName("state survives snapshots: a long negotiation reads back the same after reopening")
    void snapshotsKeepState() {
        parley.close();
        parley = null;
        try (Parley snapshotting = Parley.builder().inMemory().snapshotEvery(5)
                .clock(java.time.Clock.systemUTC()).build()) {
            runLong(snapshotting);
        }
        if (store != TestStores.MEMORY) {
            try (Parley first = store.open(tempDir)) {
                runLong(first);
            }
            parley = store.reopen(tempDir);
            NegotiationState reopened = parley.state("talks").orElseThrow();
            assertThat(reopened).isEqualTo(TestStores.replayed(parley, "talks"));
            assertThat(reopened.statements()).hasSize(30);
            // the aggregate loads from its snapshot and still knows every id
            assertThat(parley.record(talks.statement("s-7", "Speaker", "words 7", "2025-06-02")))
                    .isEqualTo(RecordResult.ALREADY_RECORDED);
        }
    }

    private void runLong(Parley target) {
        target.record(talks.opened());
        for (int i = 0; i < 30; i++) {
            target.record(talks.statement("s-" + i, "Speaker", "words " + i, "2025-06-02"));
        }
        assertThat(target.state("talks").orElseThrow().statements()).hasSize(30);
    }
}
