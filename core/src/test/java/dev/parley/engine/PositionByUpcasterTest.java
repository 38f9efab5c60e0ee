package dev.parley.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.model.ParleyJson;
import dev.parley.model.Samples;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.ReportCorrected;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revision 1 to 2 of stored positions (issue 10: a position's {@code by} became a list), through Axon's upcaster
 * chain: without a database (the serializer and the chain, as every store reads) and from the rows of an H2 store
 * written before the change.
 */
@DisplayName("PositionByUpcaster: positions stored with one 'by' load as coalitions of one")
class PositionByUpcasterTest {
    static final String EXTRA = "extra-report-corrected-offer-made.json";

    static Stream<String> changedTypes() throws IOException {
        return StoredHistoryTest.goldenFiles()
                .filter(file -> PositionByUpcaster.TYPES.contains(StoredHistoryTest.typeOf(file)));
    }

    @Test
    @DisplayName("widens a position's string 'by' to a list, in a correction's replacement too; nothing else")
    void widen() {
        assertThat(PositionByUpcaster.widen(tree("{\"type\":\"offer-made\",\"by\":\"Russia\"}")).toString())
                .isEqualTo("{\"type\":\"offer-made\",\"by\":[\"Russia\"]}");
        assertThat(PositionByUpcaster.widen(tree("{\"type\":\"offer-made\",\"by\":[\"A\",\"B\"]}")).toString())
                .isEqualTo("{\"type\":\"offer-made\",\"by\":[\"A\",\"B\"]}");
        assertThat(PositionByUpcaster.widen(tree("{\"type\":\"report-corrected\",\"replacement\":"
                + "{\"type\":\"demand-made\",\"by\":\"Russia\"}}")).toString())
                .isEqualTo("{\"type\":\"report-corrected\",\"replacement\":"
                        + "{\"type\":\"demand-made\",\"by\":[\"Russia\"]}}");
        assertThat(PositionByUpcaster.widen(tree("{\"type\":\"fulfilment-reported\",\"by\":\"Russia\"}")).toString())
                .isEqualTo("{\"type\":\"fulfilment-reported\",\"by\":\"Russia\"}");
    }

    private static JsonNode tree(String json) {
        try {
            return ParleyJson.codec().reader().readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Nested
    @DisplayName("without a database: the serializer and the chain")
    class Chain {
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.parley.engine.PositionByUpcasterTest#changedTypes")
        @DisplayName("a golden event of revision 1 comes out of the upcaster as revision 2 with 'by' a list")
        void upcastForm(String file) throws IOException {
            GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("NegotiationAggregate", "sample-talks",
                    0, "e", Instant.parse("2025-06-02T00:00:00Z"), StoredHistoryTest.typeOf(file), "1",
                    StoredHistoryTest.golden(file), "{}".getBytes(StandardCharsets.UTF_8));
            IntermediateEventRepresentation upcast = new PositionByUpcaster().upcast(Stream.of(
                    new InitialEventRepresentation(entry, new ParleySerializer()))).findFirst().orElseThrow();
            assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(StoredHistoryTest.typeOf(file), "2"));
            assertThat(new String(upcast.getData(byte[].class).getData(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(StoredHistoryTest.golden(StoredHistoryTest.GOLDEN_V2, file),
                            StandardCharsets.UTF_8));
        }

        @Test
        @DisplayName("a correction of revision 1 whose replacement is an offer loads with the offer's 'by' a list")
        void nestedReplacement() throws IOException {
            Object loaded = StoredHistoryTest.read(new ParleySerializer(), StoredForm.CURRENT, "sample-talks", 30,
                    "report-corrected", "1", StoredHistoryTest.golden(EXTRA));
            OfferMade offer = (OfferMade) Samples.all().get(OfferMade.class);
            assertThat(loaded).isEqualTo(new ReportCorrected(Samples.env("offer-corrected", "2025-06-04"), "offer",
                    new OfferMade(offer.envelope(), List.of("Russia"), offer.to(), offer.terms(), offer.items(),
                            Quantity.exactly(12), offer.criteria(), offer.deadline()), "twelve, not ten"));
        }

        @Test
        @DisplayName("revision 2 is read as it is, without the upcaster changing it again")
        void currentRevisionUntouched() throws IOException {
            for (String file : changedTypes().toList()) {
                byte[] today = StoredHistoryTest.golden(StoredHistoryTest.GOLDEN_V2, file);
                Object loaded = StoredHistoryTest.read(new ParleySerializer(), StoredForm.CURRENT, "sample-talks", 0,
                        StoredHistoryTest.typeOf(file), "2", today);
                assertThat(loaded).as(file).isEqualTo(Samples.all().get(StoredForm.developmentType(
                        StoredHistoryTest.typeOf(file))));
                GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("NegotiationAggregate", "t", 0,
                        "e", Instant.parse("2025-06-02T00:00:00Z"), StoredHistoryTest.typeOf(file), "2", today,
                        "{}".getBytes(StandardCharsets.UTF_8));
                assertThat(new PositionByUpcaster().upcast(Stream.of(new InitialEventRepresentation(entry,
                        new ParleySerializer()))).findFirst().orElseThrow().getType().getRevision()).isEqualTo("2");
            }
        }
    }

    @Nested
    @DisplayName("from an H2 store written before the change")
    class OnH2 {
        @TempDir
        Path tempDir;
        JdbcDataSource database;

        @BeforeEach
        void database() throws Exception {
            database = new JdbcDataSource();
            database.setURL("jdbc:h2:file:" + tempDir.resolve("parley") + DataSources.H2_SETTINGS);
            database.setUser("sa");
            List<String> files = StoredHistoryTest.goldenFiles().toList();
            try (Engine ignored = open(); Connection c = database.getConnection();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO " + StoredHistoryTest.EVENTS
                         + " (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, "
                         + "payloadrevision, payloadtype, timestamp) VALUES (?, ?, 'NegotiationAggregate', ?, ?, ?, "
                         + "'1', ?, '2025-06-02T00:00:00Z')")) {
                for (int i = 0; i < files.size(); i++) {
                    insert.setString(1, Samples.NEGOTIATION);
                    insert.setLong(2, i);
                    insert.setString(3, "v1-" + i);
                    insert.setBytes(4, "{}".getBytes(StandardCharsets.UTF_8));
                    insert.setBytes(5, StoredHistoryTest.golden(files.get(i)));
                    insert.setString(6, StoredHistoryTest.typeOf(files.get(i)));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        Engine open() {
            return Engine.jdbc(database, StoredHistoryTest.SETTINGS, StoredForm.CURRENT, warning -> { });
        }

        @Test
        @DisplayName("every development of revision 1 loads into today's model, and re-recording it is ALREADY_RECORDED")
        void loadsAndStaysIdempotent() {
            try (Engine engine = open()) {
                List<Development> loaded = engine.developments(Samples.NEGOTIATION);
                assertThat(loaded).containsExactlyInAnyOrderElementsOf(Samples.all().values());
                assertThat(engine.record(new ArrayList<>(Samples.all().values())))
                        .as("the fingerprint of an upcast development is that of the same development read today")
                        .containsOnly(RecordResult.ALREADY_RECORDED);
                assertThat(engine.state(Samples.NEGOTIATION, AsOf.now(), StoredHistoryTest.TODAY).orElseThrow()
                        .position("offer").orElseThrow().by()).containsExactly("Russia");
            }
        }

        @Test
        @DisplayName("the stored rows keep revision 1; a position recorded now is stored as revision 2")
        void newRecordsAtRevisionTwo() throws Exception {
            try (Engine engine = open()) {
                OfferMade offer = new OfferMade(Samples.env("coalition-offer", "2025-06-20"),
                        List.of("Turkey", "United Nations"), List.of("Russia", "Ukraine"), "host a third round",
                        List.of(), null, null, null);
                assertThat(engine.record(List.of(offer))).containsExactly(RecordResult.RECORDED);
            }
            List<String> revisions = new ArrayList<>();
            try (Connection c = database.getConnection(); var statement = c.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT payloadtype, payloadrevision FROM "
                         + StoredHistoryTest.EVENTS + " ORDER BY sequencenumber")) {
                while (rows.next()) {
                    revisions.add(rows.getString(1) + "@" + rows.getString(2));
                }
            }
            assertThat(revisions).contains("offer-made@1").endsWith("offer-made@2");
            assertThat(revisions).filteredOn(r -> !r.equals("offer-made@2")).allMatch(r -> r.endsWith("@1"));
        }
    }
}
