package dev.parley.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.model.NegotiationProjection;
import dev.parley.model.Samples;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.StatementMade;
import dev.parley.timeline.StoreException;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stored history evolves: golden stored events of revision 1 load, upcasters run on every read, and whatever this
 * version cannot read is an error naming negotiation, sequence number and type, never a silent skip; an
 * unreadable snapshot is discarded with a warning and never blocks writes.
 */
@DisplayName("Stored history")
class StoredHistoryTest {
    /**
     * Golden payloads of revision 1 as stored, one per development type, named {@code NN-type-name.json} in
     * recording order (the types added since the first release follow those of the first release).
     */
    static final String GOLDEN_V1 = "stored/v1/";
    /** Golden payloads of revision 2, for the types stored at revision 2 (positions, corrections). */
    static final String GOLDEN_V2 = "stored/v2/";
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    /** The tables a default engine writes to. */
    static final String EVENTS = JdbcStorage.Tables.defaults().eventTable();
    static final String SNAPSHOTS = JdbcStorage.Tables.defaults().snapshotTable();
    static final Engine.Settings SETTINGS = new Engine.Settings(0, Duration.ofSeconds(10), 10_000, null);

    @TempDir
    Path tempDir;
    final List<String> warnings = new CopyOnWriteArrayList<>();
    JdbcDataSource database;

    @BeforeEach
    void database() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + tempDir.resolve("parley") + DataSources.H2_SETTINGS);
        database.setUser("sa");
    }

    Engine open(StoredForm form) {
        return Engine.jdbc(database, SETTINGS, form, warnings::add);
    }

    Engine open(StoredForm form, int snapshotEvery) {
        return Engine.jdbc(database, new Engine.Settings(snapshotEvery, SETTINGS.readSideTimeout(),
                SETTINGS.readSideCache(), null), form, warnings::add);
    }

    @Nested
    @DisplayName("golden stored events of revision 1")
    class Golden {

        @Test
        @DisplayName("exist for every development type")
        void everyType() throws IOException {
            assertThat(goldenFiles()).extracting(StoredHistoryTest::typeOf)
                    .containsExactlyInAnyOrderElementsOf(Samples.all().values().stream()
                            .map(Development::typeName).toList());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.parley.engine.StoredHistoryTest#goldenFiles")
        @DisplayName("each loads through the upcaster chain into the sample it was written from, and is stored as "
                + "its golden file of today's revision")
        void loads(String file) throws IOException {
            byte[] stored = golden(file);
            ParleySerializer serializer = new ParleySerializer();

            Object loaded = read(serializer, StoredForm.CURRENT, "sample-talks", 0, typeOf(file), "1", stored);

            assertThat(loaded).isEqualTo(Samples.all().get(StoredForm.developmentType(typeOf(file))));
            String revision = StoredForm.CURRENT.revisionOf(typeOf(file));
            byte[] today = revision.equals("1") ? stored : golden(GOLDEN_V2, file);
            assertThat(new String(serializer.serialize(loaded, byte[].class).getData(), StandardCharsets.UTF_8))
                    .as("today's stored form of %s (revision %s); if it changed on purpose, add an upcaster from "
                            + "revision %s", file, revision, revision)
                    .isEqualTo(new String(today, StandardCharsets.UTF_8));
        }

        @Test
        @DisplayName("the optional fields added since (provisions suspended, partial disputes, completing steps ...) "
                + "are stored at the same revision and load unchanged, in a new process too")
        void widenedFields() {
            List<Development> history = new ArrayList<>(Samples.all().values());
            history.addAll(Samples.widened().values());
            try (Engine engine = open(StoredForm.CURRENT)) {
                assertThat(engine.record(history)).containsOnly(RecordResult.RECORDED);
            }
            try (Engine engine = open(StoredForm.CURRENT)) {
                assertThat(engine.developments(Samples.NEGOTIATION)).containsExactlyElementsOf(history);
                assertThat(engine.state(Samples.NEGOTIATION, AsOf.now(), TODAY)).contains(
                        NegotiationProjection.replay(Samples.NEGOTIATION, history, AsOf.now(), TODAY));
            }
        }

        @Test
        @DisplayName("as rows of a database, they are one negotiation that loads, folds and takes new records")
        void asRows() throws Exception {
            List<String> files = goldenFiles().toList();
            insertRows(files.stream().map(file -> new Row(typeOf(file), "1", goldenUnchecked(file))).toList());

            try (Engine engine = open(StoredForm.CURRENT)) {
                List<Development> loaded = engine.developments(Samples.NEGOTIATION);
                assertThat(loaded).extracting(Development::typeName)
                        .containsExactlyElementsOf(files.stream().map(StoredHistoryTest::typeOf).toList());
                assertThat(engine.state(Samples.NEGOTIATION, AsOf.now(), TODAY)).contains(
                        NegotiationProjection.replay(Samples.NEGOTIATION, loaded, AsOf.now(), TODAY));
                assertThat(engine.record(List.of(new StatementMade(Samples.env("after-upgrade", "2025-06-10"),
                        dev.parley.timeline.Agent.named("Rustem Umerov", null, null), "words", null))))
                        .containsExactly(RecordResult.RECORDED);
            }
        }
    }

    @Nested
    @DisplayName("with an upcaster (test-scoped: statement-made from revision 1 to a test revision 2)")
    class Upcasting {
        final StoredForm upcasting = new StoredForm(Map.of("statement-made", "2"), List.of(new QuoteUpcaster()));

        @Test
        @DisplayName("a golden event of revision 1 loads as the upcaster made it")
        void goldenUpcast() throws IOException {
            String file = goldenFiles().filter(f -> typeOf(f).equals("statement-made")).findFirst().orElseThrow();
            StatementMade loaded = (StatementMade) read(new ParleySerializer(upcasting, e -> { }), upcasting,
                    "sample-talks", 17, "statement-made", "1", golden(file));
            assertThat(loaded.quote()).isEqualTo("usual (upcast from revision 1)");
        }

        @Test
        @DisplayName("stored revision 1 is upcast on every read; new records are stored as revision 2")
        void storedUpcast() throws Exception {
            try (Engine engine = open(StoredForm.CURRENT)) {
                engine.record(List.of(opened(), statement("old", "said before")));
            }
            try (Engine engine = open(upcasting)) {
                assertThat(engine.developments("talks")).extracting(StoredHistoryTest::quoteOf)
                        .containsExactly(null, "said before (upcast from revision 1)");
                engine.record(List.of(statement("new", "said after")));
                assertThat(engine.developments("talks")).extracting(StoredHistoryTest::quoteOf)
                        .containsExactly(null, "said before (upcast from revision 1)", "said after");
                assertThat(engine.state("talks", AsOf.now(), TODAY).orElseThrow().statements()).hasSize(2);
            }
            assertThat(storedRevisions()).containsExactly("1", "1", "2");
        }

        @Test
        @DisplayName("a revision this version does not know is an error naming negotiation, sequence and type")
        void unknownRevision() throws Exception {
            try (Engine engine = open(upcasting)) {
                engine.record(List.of(opened(), statement("new", "said after")));
            }
            String expected = "stored development 'statement-made' (revision 2) at sequence 1 of negotiation "
                    + "'talks' is of a revision this version of Parley cannot read (it reads revision 1 of "
                    + "'statement-made'); upgrade Parley, or add an upcaster from revision 2";
            try (Engine engine = open(StoredForm.CURRENT)) {
                assertThatThrownBy(() -> engine.developments("talks"))
                        .isInstanceOf(StoreException.class).hasMessageEndingWith(expected);
                assertThatThrownBy(() -> engine.record(List.of(statement("more", "words"))))
                        .isInstanceOf(StoreException.class).hasMessage(expected);
                long start = System.nanoTime();
                assertThatThrownBy(() -> engine.state("talks", AsOf.now(), TODAY))
                        .isInstanceOf(StoreException.class).hasMessageContaining(expected);
                assertThat(Duration.ofNanos(System.nanoTime() - start))
                        .as("the query reports it, instead of waiting for the read side to time out")
                        .isLessThan(SETTINGS.readSideTimeout());
            }
        }
    }

    @Nested
    @DisplayName("a stored development this version cannot read")
    class Unreadable {

        @BeforeEach
        void store() {
            try (Engine engine = open(StoredForm.CURRENT)) {
                engine.record(List.of(opened(), statement("s", "words")));
            }
        }

        @Test
        @DisplayName("of an unknown type is an error, never skipped")
        void unknownType() throws Exception {
            update("UPDATE " + EVENTS + " SET payloadtype = 'statement-whispered' WHERE sequencenumber = 1");
            try (Engine engine = open(StoredForm.CURRENT)) {
                String expected = "stored development 'statement-whispered' (revision 1) at sequence 1 of negotiation "
                        + "'talks' is of a type this version of Parley does not know; upgrade Parley, or add an "
                        + "upcaster that turns it into a known type";
                assertThatThrownBy(() -> engine.developments("talks")).hasMessageEndingWith(expected);
                assertThatThrownBy(() -> engine.record(List.of(statement("s", "words"))))
                        .as("re-recording it must not store it a second time").hasMessage(expected);
                assertThatThrownBy(() -> engine.state("talks", AsOf.now(), TODAY)).hasMessageContaining(expected);
            }
            assertThat(storedRevisions()).hasSize(2);
        }

        @Test
        @DisplayName("lacking a required field is an error naming negotiation, sequence, type and field")
        void missingField() throws Exception {
            rewritePayload(1, node -> node.remove("quote"));
            try (Engine engine = open(StoredForm.CURRENT)) {
                assertThatThrownBy(() -> engine.developments("talks"))
                        .isInstanceOf(StoreException.class)
                        .hasMessageEndingWith("stored development 'statement-made' (revision 1) at sequence 1 of "
                                + "negotiation 'talks' cannot be read: quote: a statement needs a quote or a summary");
                assertThatThrownBy(() -> engine.record(List.of(statement("t", "more"))))
                        .isInstanceOf(StoreException.class).hasMessageContaining("at sequence 1 of negotiation");
            }
        }

        @Test
        @DisplayName("with a field it does not know is an error, as in timeline files")
        void unknownField() throws Exception {
            rewritePayload(1, node -> node.put("mood", "upbeat"));
            try (Engine engine = open(StoredForm.CURRENT)) {
                assertThatThrownBy(() -> engine.developments("talks"))
                        .isInstanceOf(StoreException.class)
                        .hasMessageEndingWith("stored development 'statement-made' (revision 1) at sequence 1 of "
                                + "negotiation 'talks' cannot be read: unknown field 'mood'");
            }
        }

        @Test
        @DisplayName("with an unknown field inside a correction's replacement is an error too")
        void unknownNestedField() throws Exception {
            try (Engine engine = open(StoredForm.CURRENT)) {
                engine.record(List.of(new dev.parley.timeline.ReportCorrected(env("c", "2025-06-03"), "s",
                        statement("s", "better words"), "misquoted")));
            }
            rewritePayload(2, node -> ((ObjectNode) node.get("replacement")).put("mood", "upbeat"));
            try (Engine engine = open(StoredForm.CURRENT)) {
                assertThatThrownBy(() -> engine.developments("talks"))
                        .hasMessageEndingWith("stored development 'report-corrected' (revision 2) at sequence 2 of "
                                + "negotiation 'talks' cannot be read: unknown field 'replacement.mood'");
            }
        }
    }

    @Nested
    @DisplayName("a snapshot that cannot be read")
    class Snapshots {

        @BeforeEach
        void storeWithSnapshot() throws Exception {
            try (Engine engine = open(StoredForm.CURRENT, 5)) {
                engine.record(List.of(opened()));
                for (int i = 0; i < 11; i++) {
                    engine.record(List.of(statement("s" + i, "words " + i)));
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (count("SELECT count(*) FROM " + SNAPSHOTS) == 0) {
                    assertThat(System.nanoTime()).as("a snapshot was taken").isLessThan(deadline);
                    Thread.sleep(20);
                }
            }
        }

        @Test
        @DisplayName("because of an unknown field is discarded with a warning; the negotiation is rebuilt and takes "
                + "writes")
        void unknownField() throws Exception {
            update("UPDATE " + SNAPSHOTS + " SET payload = " + hexOf("{\"surprise\":true}"));
            assertRebuiltWithWarning("Unrecognized field \"surprise\"");
        }

        @Test
        @DisplayName("because it is of another revision is discarded with a warning too")
        void otherRevision() throws Exception {
            update("UPDATE " + SNAPSHOTS + " SET payloadrevision = '0'");
            assertRebuiltWithWarning("the snapshot is of revision 0, this version of Parley reads revision "
                    + StoredForm.SNAPSHOT_REVISION);
        }

        private void assertRebuiltWithWarning(String reason) {
            try (Engine engine = open(StoredForm.CURRENT, 5)) {
                assertThat(engine.record(List.of(statement("after", "still writing"))))
                        .containsExactly(RecordResult.RECORDED);
                assertThat(engine.record(List.of(statement("s3", "words 3"))))
                        .as("the rebuilt negotiation knows everything recorded before")
                        .containsExactly(RecordResult.ALREADY_RECORDED);
                List<Development> stored = engine.developments("talks");
                assertThat(stored).hasSize(13);
                assertThat(engine.state("talks", AsOf.now(), TODAY)).contains(
                        NegotiationProjection.replay("talks", stored, AsOf.now(), TODAY));
            }
            assertThat(warnings).isNotEmpty().allSatisfy(warning -> assertThat(warning)
                    .startsWith("the snapshot of negotiation 'talks' cannot be read (")
                    .contains(reason)
                    .endsWith("); it is ignored and the negotiation is rebuilt from its developments"));
        }
    }

    /** A stand-in for a real change of stored form: marks the quote, so the test sees that it ran. */
    static final class QuoteUpcaster extends SingleEventUpcaster {
        @Override
        protected boolean canUpcast(IntermediateEventRepresentation event) {
            return event.getType().getName().equals("statement-made") && "1".equals(event.getType().getRevision());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
            return event.upcastPayload(new SimpleSerializedType("statement-made", "2"), JsonNode.class, node -> {
                ObjectNode statement = (ObjectNode) node;
                statement.put("quote", statement.get("quote").asText() + " (upcast from revision 1)");
                return statement;
            });
        }
    }

    // ---- golden files

    static Stream<String> goldenFiles() throws IOException {
        try (InputStream index = StoredHistoryTest.class.getClassLoader().getResourceAsStream(GOLDEN_V1 + "index")) {
            assertThat(index).as("%sindex lists the golden files", GOLDEN_V1).isNotNull();
            return Arrays.stream(new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank()).toList().stream();
        }
    }

    static String typeOf(String file) {
        return file.substring(3, file.length() - ".json".length());
    }

    static byte[] golden(String file) throws IOException {
        return golden(GOLDEN_V1, file);
    }

    static byte[] golden(String folder, String file) throws IOException {
        try (InputStream in = StoredHistoryTest.class.getClassLoader().getResourceAsStream(folder + file)) {
            assertThat(in).as("golden file %s", file).isNotNull();
            return in.readAllBytes();
        }
    }

    static byte[] goldenUnchecked(String file) {
        try {
            return golden(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads one stored payload the way the event store does: upcaster chain, then the serializer. */
    static Object read(ParleySerializer serializer, StoredForm form, String negotiationId, long sequence,
                       String type, String revision, byte[] payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("NegotiationAggregate", negotiationId,
                sequence, "event-" + sequence, Instant.parse("2025-06-02T00:00:00Z"), type, revision, payload,
                "{}".getBytes(StandardCharsets.UTF_8));
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer,
                form.chain(failure -> { })).next().getPayload();
    }

    /**
     * Writes the golden files that are missing, from {@link Samples#all()}: run with
     * {@code -Dparley.golden.write=true} when a type is added (its revision 1 is appended to the index) or moves to
     * a new revision (its file of that revision is written); existing files are never rewritten, since they are
     * what older stores hold.
     */
    @Test
    @DisplayName("golden files are written only on request, and only where missing")
    void writeGoldenOnRequest() throws IOException {
        if (!Boolean.getBoolean("parley.golden.write")) {
            assertThat(goldenFiles()).isNotEmpty();
            return;
        }
        Path v1 = Path.of("src/test/resources", GOLDEN_V1);
        Files.createDirectories(v1);
        List<String> names = new ArrayList<>(goldenFiles().toList());
        ParleySerializer serializer = new ParleySerializer();
        for (Development sample : Samples.all().values()) {
            String type = sample.typeName();
            String name = names.stream().filter(n -> typeOf(n).equals(type)).findFirst().orElse(null);
            byte[] stored = serializer.serialize(sample, byte[].class).getData();
            if (name == null) {
                name = String.format("%02d-%s.json", names.size(), type);
                Files.write(v1.resolve(name), stored);
                names.add(name);
            }
            String revision = StoredForm.CURRENT.revisionOf(type);
            Path current = Path.of("src/test/resources", "stored/v" + revision + "/", name);
            if (!revision.equals("1") && !Files.exists(current)) {
                Files.createDirectories(current.getParent());
                Files.write(current, stored);
            }
        }
        Files.writeString(v1.resolve("index"), String.join("\n", names) + "\n");
    }

    // ---- the database behind the engine

    record Row(String type, String revision, byte[] payload) {
    }

    void insertRows(List<Row> rows) throws SQLException {
        try (Engine ignored = open(StoredForm.CURRENT); Connection c = database.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO " + EVENTS + " (aggregateidentifier, "
                     + "sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, "
                     + "timestamp) VALUES (?, ?, 'NegotiationAggregate', ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                insert.setString(1, Samples.NEGOTIATION);
                insert.setLong(2, i);
                insert.setString(3, "golden-" + i);
                insert.setBytes(4, "{}".getBytes(StandardCharsets.UTF_8));
                insert.setBytes(5, rows.get(i).payload());
                insert.setString(6, rows.get(i).revision());
                insert.setString(7, rows.get(i).type());
                insert.setString(8, "2025-06-02T00:00:00Z");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    void update(String sql) throws SQLException {
        try (Connection c = database.getConnection(); var statement = c.createStatement()) {
            assertThat(statement.executeUpdate(sql)).as(sql).isPositive();
        }
    }

    long count(String sql) throws SQLException {
        try (Connection c = database.getConnection(); var statement = c.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    List<String> storedRevisions() throws SQLException {
        List<String> revisions = new ArrayList<>();
        try (Connection c = database.getConnection(); var statement = c.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT payloadrevision FROM " + EVENTS + " ORDER BY sequencenumber")) {
            while (rows.next()) {
                revisions.add(rows.getString(1));
            }
        }
        return revisions;
    }

    interface NodeEdit {
        void apply(ObjectNode node);
    }

    void rewritePayload(long sequence, NodeEdit edit) throws Exception {
        var mapper = dev.parley.model.ParleyJson.newMapper();
        byte[] payload;
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT payload FROM " + EVENTS + " WHERE sequencenumber = ?")) {
            select.setLong(1, sequence);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                payload = rows.getBytes(1);
            }
        }
        ObjectNode node = (ObjectNode) mapper.readTree(payload);
        edit.apply(node);
        try (Connection c = database.getConnection(); PreparedStatement write = c.prepareStatement(
                "UPDATE " + EVENTS + " SET payload = ? WHERE sequencenumber = ?")) {
            write.setBytes(1, mapper.writeValueAsBytes(node));
            write.setLong(2, sequence);
            assertThat(write.executeUpdate()).isOne();
        }
    }

    static String hexOf(String text) {
        return "X'" + java.util.HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8)) + "'";
    }

    // ---- developments

    static dev.parley.timeline.Envelope env(String id, String date) {
        return dev.parley.timeline.Envelope.of(id, "talks", date);
    }

    static Development opened() {
        return new dev.parley.timeline.NegotiationOpened(env("opened", "2025-05-16"), "Talks", null);
    }

    static StatementMade statement(String id, String quote) {
        return new StatementMade(env(id, "2025-06-02"), dev.parley.timeline.Agent.named("Rustem Umerov", null, null),
                quote, null);
    }

    static String quoteOf(Development development) {
        return development instanceof StatementMade statement ? statement.quote() : null;
    }
}
