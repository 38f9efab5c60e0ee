package dev.parley.core;

import dev.parley.model.Sample;

import dev.parley.model.Timeline;
import dev.parley.model.TimelineFiles;
import dev.parley.timeline.Progress;
import dev.parley.timeline.ImportReport;

import dev.parley.Parley;
import dev.parley.timeline.Development;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.Rule;
import dev.parley.timeline.TimelineFormatException;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@ParameterizedClass(name = "{0}")
@EnumSource(TestStores.class)
@DisplayName("Importing a timeline file into every store")
class TimelineImportTest {
    static final String HEAD = "{\n  \"format\": \"parley/1\",\n  \"negotiationId\": \"talks\",\n  \"developments\": [\n";
    static final String OPENED = "    {\"type\": \"negotiation-opened\", \"id\": \"opened\", \"occurred\": \"2025-05-16\", "
            + "\"title\": \"T\"}";
    static final String ROUND = "    {\"type\": \"round-held\", \"id\": \"r1\", \"occurred\": \"2025-05-16\", "
            + "\"number\": 1, \"venue\": \"Istanbul\"}";

    @Parameter
    TestStores store;

    @TempDir
    Path dir;

    Parley parley;
    List<Development> before;

    @BeforeEach
    void openWithOneNegotiation() throws IOException {
        parley = store.open(dir);
        assertThat(parley.importTimeline(write("good.json", file(ROUND)), Progress.NONE).recorded()).isEqualTo(2);
        before = parley.developments("talks");
    }

    @AfterEach
    void close() {
        if (parley != null) {
            parley.close();
        }
    }

    static String file(String... developments) {
        return HEAD + OPENED + (developments.length == 0 ? "" : ",\n" + String.join(",\n", developments)) + "\n  ]\n}\n";
    }

    Path write(String name, String json) throws IOException {
        return Files.write(dir.resolve(name), json.getBytes(StandardCharsets.UTF_8));
    }

    /** The store holds exactly what it held before the rejected import, and still takes new developments. */
    void assertStoreUnchanged() {
        assertThat(parley.negotiations()).containsExactly("talks");
        assertThat(parley.developments("talks")).isEqualTo(before);
        NegotiationState state = parley.state("talks").orElseThrow();
        assertThat(state.developmentCount()).isEqualTo(2);
        assertThat(state).isEqualTo(TestStores.replayed(parley, "talks"));
    }

    @Test
    @DisplayName("imports a file; importing it again adds nothing")
    void importsIdempotently() throws IOException {
        Path file = write("more.json", file(ROUND, "    {\"type\": \"round-held\", \"id\": \"r2\", "
                + "\"occurred\": \"2025-06-02\", \"number\": 2, \"venue\": \"Istanbul\"}"));

        ImportReport first = parley.importTimeline(file, Progress.NONE);
        ImportReport again = parley.importTimeline(file, Progress.NONE);

        assertThat(first).isEqualTo(new ImportReport(file.toString(), "talks", 1, 2));
        assertThat(again).isEqualTo(new ImportReport(file.toString(), "talks", 0, 3));
        assertThat(parley.developments("talks")).extracting(Development::id).containsExactly("opened", "r1", "r2");
    }

    @Test
    @DisplayName("a rule broken by the last of thousands of developments, after whole chunks were written, stores "
            + "nothing; the store then takes the corrected file")
    void rejectsAfterChunks() throws IOException {
        int statements = 2_600;   // more than two import chunks
        StringBuilder json = new StringBuilder("{\"format\": \"parley/1\", \"negotiationId\": \"big\", "
                + "\"developments\": [\n").append(OPENED);
        for (int i = 0; i < statements; i++) {
            json.append(",\n    {\"type\": \"statement-made\", \"id\": \"s").append(i).append("\", \"occurred\": "
                    + "\"2025-06-02\", \"speaker\": {\"name\": \"Envoy\"}, \"summary\": \"statement ").append(i)
                    .append("\"}");
        }
        String good = json + "\n]}\n";
        Path bad = write("big.json", json + ",\n    {\"type\": \"proposal-accepted\", \"id\": \"yes\", "
                + "\"occurred\": \"2025-06-03\", \"position\": \"nothing\", \"by\": \"Ukraine\"}\n]}\n");

        TimelineFormatException e = catchThrowableOfType(TimelineFormatException.class,
                () -> parley.importTimeline(bad, Progress.NONE));

        assertThat(e).hasMessage(bad + ":" + (statements + 3) + ":5: development 'yes': UNKNOWN_POSITION: at "
                + "/developments/" + (statements + 1) + ": position 'nothing' is not recorded");
        assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_POSITION);
        assertThat(parley.developments("big")).isEmpty();
        assertThat(parley.state("big")).isEmpty();
        assertStoreUnchanged();

        Path fixed = write("big.json", good);
        assertThat(parley.importTimeline(fixed, Progress.NONE).recorded()).isEqualTo(statements + 1);
        assertThat(parley.state("big").orElseThrow().statements()).hasSize(statements);
    }

    @Test
    @DisplayName("a file cut off after thousands of developments stores nothing")
    void rejectsTruncatedLongFile() throws IOException {
        StringBuilder json = new StringBuilder(HEAD).append(OPENED);
        for (int i = 0; i < 2_100; i++) {
            json.append(",\n    {\"type\": \"round-held\", \"id\": \"x").append(i)
                    .append("\", \"occurred\": \"2025-06-02\", \"number\": ").append(i + 2).append('}');
        }
        Path truncated = write("truncated.json", json.toString());

        TimelineFormatException e = catchThrowableOfType(TimelineFormatException.class,
                () -> parley.importTimeline(truncated, Progress.NONE));

        assertThat(e.getMessage()).startsWith(truncated + ":2105:").contains("MALFORMED_INPUT: the file ends too early");
        assertStoreUnchanged();
    }

    @Test
    @DisplayName("exports a negotiation streamed from the store; importing the export elsewhere gives the same "
            + "developments")
    void exportRoundTrip() throws IOException {
        StringBuilder json = new StringBuilder(HEAD).append(OPENED);
        for (int i = 0; i < 1_500; i++) {
            json.append(",\n    {\"type\": \"round-held\", \"id\": \"x").append(i)
                    .append("\", \"occurred\": {\"value\": \"2025-06\", \"approximate\": true}, \"number\": ")
                    .append(i + 2).append('}');
        }
        parley.importTimeline(write("long.json", json + "\n]}\n"), Progress.NONE);
        Path exported = dir.resolve("exported.json");
        List<long[]> updates = new ArrayList<>();

        try (OutputStream out = Files.newOutputStream(exported)) {
            assertThat(parley.exportTimeline("talks", out, (done, total) -> updates.add(new long[]{done, total})))
                    .isEqualTo(1_502);
        }

        assertThat(updates).extracting(u -> u[0] + "/" + u[1]).containsExactly("1000/1502", "1502/1502");
        try (Parley other = Parley.inMemory()) {
            assertThat(other.importTimeline(exported, Progress.NONE).recorded()).isEqualTo(1_502);
            assertThat(other.developments("talks")).isEqualTo(parley.developments("talks"));
        }
        assertThat(TimelineFiles.read(exported).developments()).isEqualTo(parley.developments("talks"));
    }

    @Test
    @DisplayName("exports an unknown negotiation as a file without developments")
    void exportUnknown() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThat(parley.exportTimeline("nobody", out, Progress.NONE)).isZero();
        assertThat(read(out)).isEqualTo(new Timeline("nobody", List.of()));
    }

    static Timeline read(java.io.ByteArrayOutputStream out) {
        return TimelineFiles.read(new java.io.ByteArrayInputStream(out.toByteArray()), "exported");
    }

    @Test
    @DisplayName("reports progress in bytes read, ending at the file's size")
    void reportsProgress() throws IOException {
        Path file = write("progress.json", file(ROUND));
        List<long[]> updates = new ArrayList<>();

        parley.importTimeline(file, (done, total) -> updates.add(new long[]{done, total}));

        assertThat(updates).isNotEmpty();
        assertThat(updates).allSatisfy(u -> assertThat(u[1]).isEqualTo(Files.size(file)));
        assertThat(updates.get(updates.size() - 1)[0]).isEqualTo(Files.size(file));
    }

    @Test
    @DisplayName("a writer in the same process waits for a running import of its negotiation, then records after it")
    void writerWaitsForImport() throws Exception {
        String head = "{\"format\": \"parley/1\", \"negotiationId\": \"busy\", \"developments\": [\n" + OPENED;
        parley.importTimeline(write("busy-opened.json", head + "\n]}\n"), Progress.NONE);
        StringBuilder json = new StringBuilder(head);
        for (int i = 0; i < 3_000; i++) {
            json.append(",\n    {\"type\": \"statement-made\", \"id\": \"s").append(i).append("\", \"occurred\": "
                    + "\"2025-06-02\", \"speaker\": {\"name\": \"Envoy\"}, \"summary\": \"s\"}");
        }
        Path file = write("busy.json", json + "\n]}\n");
        CountDownLatch firstChunk = new CountDownLatch(1);

        CompletableFuture<ImportReport> importing = CompletableFuture.supplyAsync(
                () -> parley.importTimeline(file, (done, total) -> firstChunk.countDown()));
        assertThat(firstChunk.await(60, TimeUnit.SECONDS)).isTrue();
        RecordResult late = parley.record(new Sample("busy").round("late-round", 1, "Geneva", "2025-06-03"));

        assertThat(importing.get()).isEqualTo(new ImportReport(file.toString(), "busy", 3_000, 1));
        assertThat(late).isEqualTo(RecordResult.RECORDED);
        assertThat(parley.developments("busy")).hasSize(3_002)
                .last().extracting(Development::id).isEqualTo("late-round");
        assertThat(parley.state("busy").orElseThrow()).isEqualTo(TestStores.replayed(parley, "busy"));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("a truncated file", HEAD + OPENED, Rule.MALFORMED_INPUT, ":5:",
                        "the file ends too early (truncated?)"),
                bad("text that is not JSON", "this is not JSON", Rule.MALFORMED_INPUT, ":1:", "not valid JSON"),
                bad("a top level that is not an object", "[1, 2]", Rule.MALFORMED_INPUT, ":1:1:",
                        "a timeline file is a JSON object"),
                bad("an unknown development type", file("    {\"type\": \"treaty-signed\", \"id\": \"t1\", "
                        + "\"occurred\": \"2025-06-02\"}"), Rule.MALFORMED_INPUT, ":6:5:",
                        "development 't1': MALFORMED_INPUT: at /developments/1: unknown development type "
                                + "\"treaty-signed\""),
                bad("a missing required field", file("    {\"type\": \"round-held\", \"id\": \"r9\", "
                        + "\"venue\": \"Istanbul\"}"), Rule.INVALID_VALUE, ":6:5:",
                        "development 'r9': INVALID_VALUE: at /developments/1: occurred: is required"),
                bad("a wrong field type", file("    {\"type\": \"round-held\", \"id\": \"r9\", \"occurred\": "
                        + "\"2025-06-02\", \"number\": \"two\"}"), Rule.MALFORMED_INPUT, ":6:5:",
                        "development 'r9': MALFORMED_INPUT: at /developments/1/number:"),
                bad("an impossible date", file("    {\"type\": \"round-held\", \"id\": \"r9\", \"occurred\": "
                        + "\"2025-02-30\"}"), Rule.INVALID_VALUE, ":6:5:",
                        "at /developments/1/occurred: date: '2025-02-30' is not a real calendar date"),
                bad("a precision that does not match the date", file("    {\"type\": \"round-held\", \"id\": "
                        + "\"r9\", \"occurred\": {\"value\": \"2025-06-02\", \"precision\": \"MONTH\"}}"),
                        Rule.INVALID_VALUE, ":6:5:",
                        "precision MONTH does not match '2025-06-02', which is written to DAY precision"),
                bad("a negative count", file("    {\"type\": \"offer-made\", \"id\": \"o\", \"occurred\": "
                        + "\"2025-06-02\", \"by\": \"Russia\", \"terms\": \"x\", \"quantity\": -3}"),
                        Rule.INVALID_VALUE, ":6:5:", "quantity.value: must not be negative (got -3)"),
                bad("two different developments with one id", file(ROUND, "    {\"type\": \"round-held\", "
                        + "\"id\": \"r1\", \"occurred\": \"2025-06-03\"}"), Rule.CONFLICTING_DUPLICATE, ":7:5:",
                        "development 'r1': CONFLICTING_DUPLICATE: at /developments/2: a different development with "
                                + "this id is already recorded in negotiation 'talks'"),
                bad("a reference to an unknown development", file("    {\"type\": \"statement-made\", \"id\": "
                        + "\"st\", \"occurred\": \"2025-06-02\", \"refs\": [{\"kind\": \"DISPUTES\", "
                        + "\"development\": \"ghost\"}], \"speaker\": {\"name\": \"Envoy\"}, \"summary\": \"no\"}"),
                        Rule.UNKNOWN_REFERENCE, ":6:5:", "development 'st': UNKNOWN_REFERENCE: at /developments/1:"),
                bad("a deadline before the offer", file("    {\"type\": \"offer-made\", \"id\": \"o\", "
                        + "\"occurred\": \"2025-06-02\", \"by\": \"A\", \"terms\": \"x\", \"deadline\": "
                        + "{\"by\": \"2025-05-01\"}}"), Rule.DEADLINE_BEFORE_POSITION, ":6:5:",
                        "deadline 2025-05-01 is before the position was taken (2025-06-02)"),
                bad("nesting 10,000 arrays deep", file("    {\"type\": \"round-held\", \"id\": \"r9\", "
                        + "\"occurred\": \"2025-06-02\", \"venue\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}"),
                        Rule.MALFORMED_INPUT, ":6:", "MALFORMED_INPUT: input exceeds a safety limit: "
                        + "Document nesting depth"));
    }

    private static Arguments bad(String name, String json, Rule rule, String location, String message) {
        return Arguments.of(Named.of(name, json.getBytes(StandardCharsets.UTF_8)), rule, location, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    @DisplayName("rejects the bad-input corpus naming file, location, development and rule, and stores nothing")
    void rejectsBadInput(byte[] content, Rule rule, String location, String message) throws IOException {
        Path file = Files.write(dir.resolve("bad.json"), content);

        TimelineFormatException e = catchThrowableOfType(TimelineFormatException.class,
                () -> parley.importTimeline(file, Progress.NONE));

        assertThat(e.rule()).isEqualTo(rule);
        assertThat(e.getMessage()).startsWith(file + location).contains(message);
        assertStoreUnchanged();
    }

    @Test
    @DisplayName("rejects a 50 MB string field at the safety limit, without storing anything")
    void rejectsHugeString() throws IOException {
        Path file = dir.resolve("huge.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((HEAD + OPENED + ",\n    {\"type\": \"round-held\", \"id\": \"r9\", \"occurred\": \"2025-06-02\", "
                    + "\"venue\": \"").getBytes(StandardCharsets.UTF_8));
            byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
            out.write("\"}\n  ]\n}".getBytes(StandardCharsets.UTF_8));
        }

        TimelineFormatException e = catchThrowableOfType(TimelineFormatException.class,
                () -> parley.importTimeline(file, Progress.NONE));

        assertThat(e.getMessage()).startsWith(file + ":6:").contains("MALFORMED_INPUT: input exceeds a safety limit: "
                + "String value length").contains("exceeds the maximum allowed (1000000");
        assertStoreUnchanged();
    }

    @Test
    @DisplayName("rejects bytes that are not UTF-8, without storing anything")
    void rejectsNonUtf8() throws IOException {
        Path file = Files.write(dir.resolve("latin1.json"),
                file(ROUND.replace("Istanbul", "\u00ccstanbul")).getBytes(StandardCharsets.ISO_8859_1));

        TimelineFormatException e = catchThrowableOfType(TimelineFormatException.class,
                () -> parley.importTimeline(file, Progress.NONE));

        assertThat(e.rule()).isEqualTo(Rule.MALFORMED_INPUT);
        assertThat(e.getMessage()).startsWith(file.toString()).contains("UTF-8");
        assertStoreUnchanged();
    }
}
