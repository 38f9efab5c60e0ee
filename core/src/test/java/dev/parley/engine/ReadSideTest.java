package dev.parley.engine;

import dev.parley.model.NegotiationProjection;
import dev.parley.model.Sample;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.state.NegotiationState;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The read side")
class ReadSideTest {
    final Sample talks = new Sample("talks");
    /** What the store holds, and how often the read side read it. */
    final List<Development> stored = new ArrayList<>();
    final AtomicInteger reads = new AtomicInteger();
    final ReadSideRows rows = new ReadSideRows.InMemory();
    final List<String> warnings = new ArrayList<>();
    final ReadSide readSide = new ReadSide(rows, (id, first, last) -> {
        reads.incrementAndGet();
        return List.copyOf(stored.subList((int) first, (int) Math.min(last + 1, stored.size())));
    }, (id, row) -> stored.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(stored.size() - 1L),
            1_000, warnings::add);

    /** Appends developments as one batch, as Axon's subscribing processor hands them over. */
    void append(Development... developments) {
        DefaultUnitOfWork.startAndGet(new GenericMessage<>("batch")).execute(() -> {
            for (Development development : developments) {
                stored.add(development);
                readSide.on(development, stored.size() - 1);
            }
        });
    }

    NegotiationState replayed() {
        return NegotiationProjection.foldAsOf("talks", stored, AsOf.now());
    }

    @Nested
    @DisplayName("keeps its rows with the batch that appends the developments")
    class WithTheBatch {
        @Test
        @DisplayName("a committed batch is there at once, folded as a replay folds it, without reading the store")
        void committed() {
            append(talks.opened(), talks.round("r1", 1, "Istanbul", "2025-06-02"));
            reads.set(0);

            assertThat(readSide.state("talks")).contains(replayed());
            assertThat(rows.row("talks")).map(ReadSideRows.Row::lastSequence).contains(1L);
            assertThat(readSide.negotiations()).containsExactly("talks");
            assertThat(reads).hasValue(0);
        }

        @Test
        @DisplayName("a batch that fails leaves neither a row nor a cached state")
        void rolledBack() {
            append(talks.opened());
            DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("batch"));
            var result = batch.executeWithResult(() -> {
                readSide.on(talks.round("r1", 1, "Istanbul", "2025-06-02"), 1);
                throw new IllegalStateException("the append failed");
            });

            assertThat(result.isExceptional()).isTrue();

            assertThat(rows.row("talks")).map(ReadSideRows.Row::lastSequence).contains(0L);
            assertThat(readSide.state("talks").orElseThrow().rounds()).isEmpty();
        }
    }

    @Nested
    @DisplayName("answers what others stored")
    class OthersWrites {
        @Test
        @DisplayName("a row ahead of its cached state is caught up from the developments stored after it")
        void advancesFromTheStore() {
            append(talks.opened());
            readSide.state("talks");
            // another process appends two developments and moves the shared row on
            stored.add(talks.round("r1", 1, "Istanbul", "2025-06-02"));
            stored.add(talks.round("r2", 2, "Istanbul", "2025-07-23"));
            rows.save("talks", 2, null, false);

            assertThat(readSide.state("talks")).contains(replayed());
        }

        @Test
        @DisplayName("developments stored by a writer that keeps no rows are folded all the same")
        void storedWithoutRows() {
            append(talks.opened());
            readSide.state("talks");
            stored.add(talks.round("r1", 1, "Istanbul", "2025-06-02"));
            stored.add(new ReportCorrected(talks.env("r1-corrected", "2025-06-03"), "r1",
                    talks.round("r1", 1, "Antalya", "2025-06-02"), "the venue was Antalya"));

            assertThat(readSide.state("talks")).contains(replayed());
        }

        @Test
        @DisplayName("a correction stored elsewhere re-folds the whole history, since it may change anything before it")
        void correctionRefolds() {
            append(talks.opened(), talks.round("r1", 1, "Geneva", "2025-06-02"));
            readSide.state("talks");
            stored.add(new ReportCorrected(talks.env("r1-corrected", "2025-06-03"), "r1",
                    talks.round("r1", 1, "Istanbul", "2025-06-02"), "the venue was Istanbul"));
            rows.save("talks", 2, null, true);

            assertThat(readSide.state("talks").orElseThrow().rounds()).extracting(r -> r.venue())
                    .containsExactly("Istanbul");
            assertThat(readSide.state("talks")).contains(replayed());
        }
    }

    @Test
    @DisplayName("after a run of corrections, writes do not re-fold; the next query re-folds once, and later "
            + "writes advance from it development by development")
    void refoldsOnceAfterCorrections() {
        append(talks.opened(), talks.round("r1", 1, "Geneva", "2025-06-02"));
        append(new ReportCorrected(talks.env("c1", "2025-06-03"), "r1",
                        talks.round("r1", 1, "Istanbul", "2025-06-02"), "venue"),
                new ReportCorrected(talks.env("c2", "2025-06-04"), "r1",
                        talks.round("r1", 1, "Antalya", "2025-06-02"), "venue again"));
        reads.set(0);

        append(talks.round("r2", 2, "Istanbul", "2025-07-23"));
        append(talks.round("r3", 3, "Istanbul", "2025-08-01"));
        assertThat(reads).as("reads of the store by the writes").hasValue(0);

        assertThat(readSide.state("talks")).contains(replayed());
        append(talks.round("r4", 4, "Istanbul", "2025-08-02"));
        assertThat(readSide.state("talks")).contains(replayed());
        assertThat(reads).as("reads of the store, all told").hasValue(1);
    }

    @Test
    @DisplayName("knows nothing of a negotiation with nothing stored")
    void unknown() {
        assertThat(readSide.state("nobody")).isEmpty();
        assertThat(readSide.negotiations()).isEmpty();
    }
}
