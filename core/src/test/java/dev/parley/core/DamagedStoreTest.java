package dev.parley.core;

import dev.parley.Parley;
import dev.parley.logging.CapturedLogs;
import dev.parley.model.ParleyJson;
import dev.parley.model.Sample;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.Progress;
import dev.parley.timeline.SalvageReport;
import dev.parley.timeline.StoreException;
import dev.parley.timeline.TimelineFormatException;
import org.junit.jupiter.api.BeforeEach;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store damaged behind Parley's back (rows deleted, checkpoints cut short or edited, a stored development made
 * unreadable) still answers, repairs what it keeps for itself once with one warning, and gives up what can be read.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = TestStores.class, names = {"H2", "POSTGRESQL"})
@DisplayName("A damaged store")
class DamagedStoreTest {
    @Parameter
    TestStores store;

    @TempDir
    Path tempDir;

    final Sample talks = new Sample("talks");
    final Sample other = new Sample("other");

    @BeforeEach
    void record() {
        List<Development> history = new ArrayList<>(List.of(talks.opened(),
                talks.joined("ru", "Russia", PartyRole.PARTY), talks.joined("ua", "Ukraine", PartyRole.PARTY)));
        for (int i = 1; i <= 150; i++) {   // enough for a read-side checkpoint
            history.add(talks.statement("s" + i, "Rustem Umerov", "words " + i, "2025-06-02"));
        }
        try (Parley parley = store.open(tempDir)) {
            parley.recordAll(history);
            parley.recordAll(List.of(other.opened(), other.joined("ru", "Russia", PartyRole.PARTY)));
        }
        CapturedLogs.clear();
    }

    @Nested
    @DisplayName("whose read side lost a row")
    class LostRow {
        @Test
        @DisplayName("still lists the negotiation (the list comes from the stored developments), rebuilds the row "
                + "on the next query and says so once")
        void rowDeleted() throws Exception {
            sql("DELETE FROM parley_read_side WHERE negotiation_id = 'talks'");
            try (Parley parley = store.reopen(tempDir)) {
                assertThat(parley.negotiations()).containsExactly("other", "talks");
                assertThat(parley.state("talks")).contains(TestStores.replayed(parley, "talks"));
                assertThat(parley.state("talks")).contains(TestStores.replayed(parley, "talks"));
            }
            assertThat(warnings()).containsExactly("the read side had no row for negotiation 'talks', although 153 "
                    + "developments of it are stored; the row was rebuilt from them");
            assertThat(count("SELECT last_sequence FROM parley_read_side WHERE negotiation_id = 'talks'"))
                    .isEqualTo(152);
        }

        @Test
        @DisplayName("rebuilds a row left behind the stored developments, once")
        void rowStale() throws Exception {
            sql("UPDATE parley_read_side SET last_sequence = 40, checkpoint_sequence = -1 "
                    + "WHERE negotiation_id = 'talks'");
            try (Parley parley = store.reopen(tempDir)) {
                assertThat(parley.state("talks")).contains(TestStores.replayed(parley, "talks"));
            }
            try (Parley parley = store.reopen(tempDir)) {
                assertThat(parley.state("talks")).contains(TestStores.replayed(parley, "talks"));
            }
            assertThat(warnings()).containsExactly("the read side's row of negotiation 'talks' stopped at sequence "
                    + "40 of 152 stored; the row was rebuilt");
        }
    }

    @Nested
    @DisplayName("whose checkpoint cannot be trusted")
    class BadCheckpoint {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"cut short", "altered", "of an unknown format", "moved to another sequence"})
        @DisplayName("discards it with one warning naming the negotiation, re-folds once and writes it back")
        void discarded(String damage) throws Exception {
            assertThat(count("SELECT checkpoint_sequence FROM parley_read_side WHERE negotiation_id = 'talks'"))
                    .as("a checkpoint was written").isPositive();
            sql(switch (damage) {
                case "cut short" -> "UPDATE parley_read_side SET checkpoint = SUBSTRING(checkpoint, 1, 300)";
                case "altered" -> "UPDATE parley_read_side SET checkpoint = REPLACE(checkpoint, 'Ukraine', 'Narnia')";
                case "of an unknown format" -> "UPDATE parley_read_side SET checkpoint_format = 'state-0'";
                default -> "UPDATE parley_read_side SET checkpoint_sequence = checkpoint_sequence - 1";
            } + " WHERE negotiation_id = 'talks'");
            try (Parley parley = store.reopen(tempDir)) {
                assertThat(parley.state("talks")).contains(TestStores.replayed(parley, "talks"));
            }
            assertThat(warnings()).singleElement().asString()
                    .startsWith("the read side's checkpoint of negotiation 'talks' at sequence ")
                    .endsWith("; it is discarded, and the state re-folded from the stored developments and written "
                            + "back as a new checkpoint");
            CapturedLogs.clear();
            try (Parley parley = store.reopen(tempDir)) {
                assertThat(parley.state("talks")).contains(TestStores.replayed(parley, "talks"));
            }
            assertThat(warnings()).as("the checkpoint written back is trusted").isEmpty();
        }
    }

    @Nested
    @DisplayName("holding a development that cannot be read")
    class Unreadable {
        @BeforeEach
        void damage() throws Exception {
            sql("UPDATE parley_domain_event_entry SET payload = "
                    + (store == TestStores.H2 ? "X'7b2262726f6b656e' " : "'{\"broken'::bytea ")
                    + "WHERE aggregateIdentifier = 'talks' AND sequenceNumber = 5");
        }

        @Test
        @DisplayName("names negotiation, sequence number and type in Parley's words; other negotiations answer")
        void named() {
            try (Parley parley = store.reopen(tempDir)) {
                assertThatThrownBy(() -> parley.developments("talks"))
                        .isInstanceOf(StoreException.class)
                        .hasMessageContaining("stored development 'statement-made' (revision 1) at sequence 5 of "
                                + "negotiation 'talks' cannot be read: the stored JSON is damaged (Unexpected "
                                + "end-of-input in field name)")
                        .hasMessageNotContaining("JsonNode");
                assertThat(parley.state("other")).contains(TestStores.replayed(parley, "other"));
            }
        }

        @Test
        @DisplayName("is left out of a salvaging export, which writes all the others and lists it with its raw "
                + "stored JSON")
        void salvaged() throws Exception {
            ByteArrayOutputStream timeline = new ByteArrayOutputStream();
            ByteArrayOutputStream unreadable = new ByteArrayOutputStream();
            SalvageReport report;
            try (Parley parley = store.reopen(tempDir)) {
                report = parley.exportSalvaged("talks", timeline, unreadable, Progress.NONE);
            }
            assertThat(report.written()).isEqualTo(152);
            assertThat(report.unreadable()).singleElement().satisfies(u -> {
                assertThat(u.sequence()).isEqualTo(5);
                assertThat(u.type()).isEqualTo("statement-made");
                assertThat(u.stored()).isEqualTo("{\"broken");
                assertThat(u.reason()).contains("at sequence 5 of negotiation 'talks' cannot be read");
            });
            assertThat(ParleyJson.codec().read(unreadable.toString(StandardCharsets.UTF_8), SalvageReport.class))
                    .isEqualTo(report);

            Path file = Files.write(tempDir.resolve("salvaged.json"), timeline.toByteArray());
            try (Parley fresh = TestStores.MEMORY.open(tempDir)) {
                assertThat(fresh.importTimeline(file, Progress.NONE).recorded()).isEqualTo(152);
                assertThat(fresh.developments("talks")).extracting(Development::id)
                        .doesNotContain("s3").contains("s2", "s4", "s150");
            }
        }

        @Test
        @DisplayName("makes a plain export fail with the same sentence")
        void plainExportFails() {
            try (Parley parley = store.reopen(tempDir)) {
                assertThatThrownBy(() -> parley.exportTimeline("talks", new ByteArrayOutputStream(), Progress.NONE))
                        .isInstanceOf(StoreException.class).isNotInstanceOf(TimelineFormatException.class)
                        .hasMessageContaining("at sequence 5 of negotiation 'talks' cannot be read");
            }
        }
    }

    List<String> warnings() {
        return CapturedLogs.lines().stream()
                .filter(line -> line.level() == org.slf4j.event.Level.WARN)
                .map(CapturedLogs.Line::message).toList();
    }

    void sql(String statement) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(statement)).as(statement).isPositive();
        }
    }

    long count(String query) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(query)) {
            assertThat(rows.next()).as(query).isTrue();
            return rows.getLong(1);
        }
    }

    private Connection connection() throws SQLException {
        if (store == TestStores.H2) {
            return DriverManager.getConnection("jdbc:h2:file:" + tempDir.resolve("parley"), "sa", "");
        }
        TestStores.Postgres pg = TestStores.Postgres.require();
        return DriverManager.getConnection(pg.url(), pg.user(), pg.password());
    }
}
