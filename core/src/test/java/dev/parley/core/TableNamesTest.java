package dev.parley.core;

import dev.parley.Parley;
import dev.parley.model.Sample;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass(name = "{0}")
@EnumSource(value = TestStores.class, names = {"H2", "POSTGRESQL"})
@DisplayName("Parley's tables")
class TableNamesTest {
    static final String SCHEMA = "parley_tables_test_schema";

    @Parameter
    TestStores store;

    @TempDir
    Path tempDir;

    SharedDatabase database;

    final Sample talks = new Sample("talks");
    final List<Development> history = List.of(talks.opened(), talks.joined("ru", "Russia", PartyRole.PARTY),
            talks.joined("ua", "Ukraine", PartyRole.PARTY), talks.claim("claim", "Ukraine", "abductions", "2025-06-01"),
            talks.denied("denial", "claim", "Vladimir Medinsky", "2025-06-02"));

    @BeforeEach
    void openDatabase() {
        database = SharedDatabase.open(store, tempDir, "tables_test");
        database.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {       // null when PostgreSQL is not configured and the test was skipped
            database.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            database.close();
        }
    }

    Parley open(UnaryOperator<Parley.Builder> options) {
        return options.apply(Parley.builder().jdbc(database.dataSource()).snapshotEvery(2)).build();
    }

    @Test
    @DisplayName("are parley_domain_event_entry and parley_snapshot_event_entry by default, never Axon's names")
    void defaultNames() {
        try (Parley parley = open(UnaryOperator.identity())) {
            parley.recordAll(history);
        }
        assertThat(database.tables()).containsExactly("parley_domain_event_entry", "parley_read_side",
                "parley_snapshot_event_entry");
        assertThat(database.count("parley_domain_event_entry")).isEqualTo(history.size());
        assertThat(database.count("parley_snapshot_event_entry")).isEqualTo(1);
    }

    @Test
    @DisplayName("take the prefix given to the builder")
    void prefix() {
        try (Parley parley = open(b -> b.tablePrefix("newsroom_"))) {
            parley.recordAll(history);
        }
        assertThat(database.tables()).containsExactly("newsroom_domain_event_entry", "newsroom_read_side",
                "newsroom_snapshot_event_entry");
        assertThat(database.payloadTypes("newsroom_domain_event_entry")).first().isEqualTo("negotiation-opened");
    }

    @Test
    @DisplayName("go to a schema of their own, created when missing, and are found there after a restart")
    void schema() {
        try (Parley parley = open(b -> b.tablePrefix(SCHEMA + "."))) {
            parley.recordAll(history);
        }
        NegotiationState before;
        try (Parley parley = open(b -> b.tablePrefix(SCHEMA + "."))) {
            before = parley.state("talks").orElseThrow();
            assertThat(parley.developments("talks")).containsExactlyElementsOf(history);
        }
        assertThat(database.tables()).isEmpty();
        assertThat(database.tablesIn(SCHEMA)).containsExactly("domain_event_entry", "read_side", "snapshot_event_entry");
        try (Parley parley = open(b -> b.tablePrefix(SCHEMA + ".parley_"))) {
            assertThat(parley.negotiations()).as("another prefix in the same schema is another store").isEmpty();
        }
        assertThat(before.participants()).hasSize(2);
    }

    /** Parley 0.1 used Axon's default names; renaming reproduces such a store exactly (same DDL, same rows). */
    void makeLegacyStore() {
        try (Parley parley = open(UnaryOperator.identity())) {
            parley.recordAll(history);
        }
        database.execute("ALTER TABLE parley_domain_event_entry RENAME TO domainevententry");
        database.execute("ALTER TABLE parley_snapshot_event_entry RENAME TO snapshotevententry");
    }

    @Test
    @DisplayName("of a Parley 0.1 store (Axon's default names) are used in place: history, snapshots and new records")
    void legacyStoreKeepsWorking() {
        makeLegacyStore();
        try (Parley parley = open(UnaryOperator.identity())) {
            assertThat(parley.developments("talks")).containsExactlyElementsOf(history);
            assertThat(parley.negotiations()).containsExactly("talks");
            assertThat(parley.record(history.get(3))).isEqualTo(RecordResult.ALREADY_RECORDED);
            assertThat(parley.record(talks.statement("later", "Umerov", "we are ready", "2025-06-03")))
                    .isEqualTo(RecordResult.RECORDED);
            assertThat(parley.state("talks").orElseThrow().statements()).hasSize(1);
        }
        assertThat(database.tables()).containsExactly("domainevententry", "parley_read_side", "snapshotevententry");
        assertThat(database.count("domainevententry")).isEqualTo(history.size() + 1);
        assertThat(database.count("snapshotevententry")).isGreaterThanOrEqualTo(1);
    }

    @Test
    @DisplayName("of a Parley 0.1 store are not adopted when a prefix is chosen: the chosen names are used as given")
    void explicitPrefixIgnoresLegacy() {
        makeLegacyStore();
        try (Parley parley = open(b -> b.tablePrefix("parley_"))) {
            assertThat(parley.negotiations()).isEmpty();
        }
        assertThat(database.tables()).containsExactly("domainevententry", "parley_domain_event_entry",
                "parley_read_side", "parley_snapshot_event_entry", "snapshotevententry");
    }

    @Test
    @DisplayName("of a Parley 0.1 store are left once renamed to the new names (the documented migration)")
    void renamedLegacyStore() {
        makeLegacyStore();
        database.execute("ALTER TABLE domainevententry RENAME TO parley_domain_event_entry");
        database.execute("ALTER TABLE snapshotevententry RENAME TO parley_snapshot_event_entry");
        try (Parley parley = open(UnaryOperator.identity())) {
            assertThat(parley.developments("talks")).containsExactlyElementsOf(history);
            parley.record(talks.statement("later", "Umerov", "we are ready", "2025-06-03"));
        }
        assertThat(database.tables()).containsExactly("parley_domain_event_entry", "parley_read_side",
                "parley_snapshot_event_entry");
        assertThat(database.count("parley_domain_event_entry")).isEqualTo(history.size() + 1);
    }

    @Test
    @DisplayName("of an empty Axon-named store are not adopted: Parley makes its own")
    void emptyLegacyTablesAreNotAdopted() {
        makeLegacyStore();
        database.execute("DELETE FROM snapshotevententry");
        database.execute("DELETE FROM domainevententry");
        try (Parley parley = open(UnaryOperator.identity())) {
            parley.recordAll(history);
        }
        assertThat(database.count("domainevententry")).isZero();
        assertThat(database.count("parley_domain_event_entry")).isEqualTo(history.size());
    }
}
