package dev.parley.core;

import dev.parley.model.Sample;

import dev.parley.Parley;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.state.PositionStatus;
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
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    @DisplayName("start without reading history: a negotiation is answered though another one's history is damaged")
    void startWithoutReplay() throws Exception {
        Sample big = new Sample("big");
        List<Development> seed = List.of(talks.opened(), talks.joined("ru", "Russia", PartyRole.PARTY));
        try (Parley first = store.open(tempDir)) {
            first.recordAll(seed);
            List<Development> statements = new java.util.ArrayList<>(List.of(big.opened()));
            for (int i = 1; i <= 1_500; i++) {
                statements.add(big.statement("s" + i, "Rustem Umerov", "words " + i, "2025-06-02"));
            }
            first.recordAll(statements);
        }
        // A start that replayed the store would trip over this; answering "talks" must not read it at all.
        try (java.sql.Connection c = connection(); java.sql.Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE parley_domain_event_entry SET payload = "
                    + (store == TestStores.H2 ? "X'6E6F74206A736F6E'" : "'not json'::bytea")
                    + " WHERE aggregateIdentifier = 'big' AND sequenceNumber = 700")).isOne();
        }
        try (Parley reopened = store.reopen(tempDir)) {
            assertThat(reopened.state("talks")).contains(TestStores.replayed(reopened, "talks"));
            assertThat(reopened.negotiations()).containsExactly("big", "talks");
            assertThat(reopened.state("big")).as("the checkpoint answers without the damaged development")
                    .map(NegotiationState::developmentCount).contains(1_501);
            assertThatThrownBy(() -> reopened.state("big", dev.parley.timeline.AsOf.knownAt(
                    java.time.LocalDate.of(2025, 6, 30)))).isInstanceOf(dev.parley.timeline.StoreException.class)
                    .hasMessageContaining("big").hasMessageContaining("700");
        }
    }

    @Test
    @DisplayName("forget the read side of developments whose table was dropped, and rebuild it from what is stored")
    void readSideFollowsTheStoredTable() throws Exception {
        try (Parley first = store.open(tempDir)) {
            first.recordAll(List.of(talks.opened(), talks.joined("ru", "Russia", PartyRole.PARTY)));
        }
        try (java.sql.Connection c = connection(); java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TABLE parley_domain_event_entry");
        }
        try (Parley reopened = store.reopen(tempDir)) {
            assertThat(reopened.negotiations()).isEmpty();
            assertThat(reopened.state("talks")).isEmpty();
            reopened.record(talks.opened());
            reopened.rebuild(dev.parley.timeline.Progress.NONE);
            assertThat(reopened.negotiations()).containsExactly("talks");
            assertThat(reopened.state("talks")).contains(TestStores.replayed(reopened, "talks"));
        }
    }

    private java.sql.Connection connection() throws java.sql.SQLException {
        if (store == TestStores.H2) {
            return java.sql.DriverManager.getConnection("jdbc:h2:file:" + tempDir.resolve("parley"), "sa", "");
        }
        TestStores.Postgres pg = TestStores.Postgres.require();
        return java.sql.DriverManager.getConnection(pg.url(), pg.user(), pg.password());
    }

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

    @Test
    @DisplayName("a Parley accepts an offer that another Parley on the same database recorded after it cached the "
            + "negotiation")
    void staleCacheDoesNotRejectValidReference() {
        try (Parley a = store.open(tempDir); Parley b = store.reopen(tempDir)) {
            a.record(talks.opened());
            b.record(talks.joined("ua", "Ukraine", PartyRole.PARTY));   // b now caches the negotiation
            a.record(talks.offer("offer-a", "Russia", "Ukraine", "return children", 10, "2025-06-02", null));

            assertThat(b.record(new ProposalAccepted(talks.env("accepted", "2025-06-03"), "offer-a", "Ukraine",
                    null))).isEqualTo(RecordResult.RECORDED);
            assertThat(a.record(talks.statement("after", "Umerov", "words", "2025-06-04")))
                    .isEqualTo(RecordResult.RECORDED);
            assertThat(a.developments("talks")).extracting(Development::id)
                    .containsExactly("opened", "ua", "offer-a", "accepted", "after");
            assertThat(b.state("talks").orElseThrow().position("offer-a").orElseThrow().status())
                    .isEqualTo(PositionStatus.ACCEPTED);
        }
    }

    @Test
    @DisplayName("a Parley still rejects a reference to what nobody recorded, after checking the store")
    void staleCheckStillRejects() {
        try (Parley a = store.open(tempDir); Parley b = store.reopen(tempDir)) {
            a.record(talks.opened());
            b.record(talks.joined("ua", "Ukraine", PartyRole.PARTY));
            a.record(talks.statement("moved-on", "Umerov", "words", "2025-06-02"));

            assertThatThrownBy(() -> b.record(new ProposalAccepted(talks.env("accepted", "2025-06-03"), "nothing",
                    "Ukraine", null)))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageStartingWith("UNKNOWN_POSITION: development 'accepted'");
            assertThat(b.developments("talks")).hasSize(3);
        }
    }

    @Test
    @DisplayName("two Parleys opening the same negotiation at the same moment both succeed: one records it")
    void concurrentCreation() throws Exception {
        try (Parley a = store.open(tempDir); Parley b = store.reopen(tempDir)) {
            for (int round = 0; round < 20; round++) {
                Sample negotiation = new Sample("race-" + round);
                CyclicBarrier start = new CyclicBarrier(2);
                CompletableFuture<RecordResult> fromA = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return a.record(negotiation.opened());
                });
                CompletableFuture<RecordResult> fromB = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return b.record(negotiation.opened());
                });
                assertThat(List.of(fromA.get(30, TimeUnit.SECONDS), fromB.get(30, TimeUnit.SECONDS)))
                        .containsExactlyInAnyOrder(RecordResult.RECORDED, RecordResult.ALREADY_RECORDED);
                assertThat(a.developments("race-" + round)).hasSize(1);
            }
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(Parley parley, String prefix) {
        for (int i = 0; i < 40; i++) {
            parley.record(talks.statement(prefix + "-" + i, "Speaker " + prefix, "words " + i, "2025-06-02"));
        }
    }
}
