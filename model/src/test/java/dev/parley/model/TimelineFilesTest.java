package dev.parley.model;

import dev.parley.timeline.ImportReport;

import dev.parley.timeline.OfferMade;
import dev.parley.timeline.Rule;
import dev.parley.timeline.TimelineFormatException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Timeline files")
class TimelineFilesTest {

    static final String HEAD = "{\n  \"format\": \"parley/1\",\n  \"negotiationId\": \"talks\",\n  \"developments\": [\n";
    static final String OPENED = "    {\"type\": \"negotiation-opened\", \"id\": \"opened\", \"occurred\": \"2025-05-16\", \"title\": \"T\"}";

    static Timeline read(String json) {
        return TimelineFiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    static TimelineFormatException failure(String json) {
        try {
            read(json);
        } catch (TimelineFormatException e) {
            return e;
        }
        throw new AssertionError("expected the timeline to be rejected:\n" + json);
    }

    static String file(String... developments) {
        return HEAD + OPENED + (developments.length == 0 ? "" : ",\n" + String.join(",\n", developments)) + "\n  ]\n}\n";
    }

    @Test
    @DisplayName("reads developments, which inherit the file's negotiation id")
    void reads() {
        Timeline timeline = read(file("    {\"type\": \"offer-made\", \"id\": \"offer\", \"occurred\": \"2025-06-02\", "
                + "\"by\": \"Russia\", \"to\": [\"Ukraine\"], \"terms\": \"return children\", \"quantity\": 10, "
                + "\"deadline\": {\"by\": \"2025-07-10\"}}"));
        assertThat(timeline.negotiationId()).isEqualTo("talks");
        assertThat(timeline.developments()).hasSize(2);
        assertThat(timeline.developments().get(1)).isInstanceOfSatisfying(OfferMade.class, offer -> {
            assertThat(offer.negotiationId()).isEqualTo("talks");
            assertThat(offer.quantity().value()).isEqualByComparingTo("10");
        });
    }

    @Test
    @DisplayName("writes what it reads: write then read gives the same timeline")
    void roundTrip() {
        Timeline original = new Timeline(Samples.NEGOTIATION, List.copyOf(Samples.all().values()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TimelineFiles.write(original, out);
        assertThat(TimelineFiles.read(new ByteArrayInputStream(out.toByteArray()), "written")).isEqualTo(original);
    }

    @Test
    @DisplayName("validate checks the rules as an import into an empty store would, and counts identical repeats")
    void validates(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("t.json"), file(OPENED.replace("    ", "    ")));
        assertThat(TimelineFiles.validate(file)).isEqualTo(new ImportReport(file.toString(), "talks", 1, 1));
        Path bad = Files.writeString(dir.resolve("bad.json"), file("    {\"type\": \"round-held\", \"id\": "
                + "\"opened\", \"occurred\": \"2025-06-02\"}"));
        assertThatThrownBy(() -> TimelineFiles.validate(bad)).isInstanceOf(TimelineFormatException.class)
                .hasMessage(bad + ":6:5: development 'opened': CONFLICTING_DUPLICATE: at /developments/1: a different "
                        + "development with this id is already recorded in negotiation 'talks'");
    }

    @Test
    @DisplayName("the seed example file reads")
    void seedFileReads() {
        Timeline seed = TimelineFiles.read(Path.of("../examples/data/istanbul-2025-06-02.json"));
        assertThat(seed.negotiationId()).isEqualTo("ru-ua-direct-talks-2025");
        assertThat(seed.developments()).hasSizeGreaterThan(10);
    }

    @Nested
    @DisplayName("reject, naming file, line, column, development and rule")
    class BadInput {
        @Test
        @DisplayName("a truncated file")
        void truncated() {
            String json = file();
            TimelineFormatException e = failure(json.substring(0, json.length() - 8));
            assertThat(e.rule()).isEqualTo(Rule.MALFORMED_INPUT);
            assertThat(e.getMessage()).startsWith("test.json:").contains("the file ends too early (truncated?)");
            assertThat(e.line()).isPositive();
        }

        @Test
        @DisplayName("text that is not JSON")
        void notJson() {
            TimelineFormatException e = failure("this is not json");
            assertThat(e.getMessage()).startsWith("test.json:1:").contains("MALFORMED_INPUT: not valid JSON");
        }

        @Test
        @DisplayName("a top level that is not an object")
        void wrongTopLevel() {
            assertThat(failure("[1, 2]").getMessage()).isEqualTo("test.json:1:1: MALFORMED_INPUT: a timeline file is "
                    + "a JSON object with \"format\", \"negotiationId\" and \"developments\"");
        }

        @Test
        @DisplayName("another format version")
        void wrongFormat() {
            assertThat(failure("{\"format\": \"parley/9\"}").getMessage())
                    .isEqualTo("test.json:1:12: MALFORMED_INPUT: \"format\" must be \"parley/1\" (got \"parley/9\")");
        }

        @Test
        @DisplayName("an unknown development type")
        void unknownType() {
            TimelineFormatException e = failure(file(
                    "    {\"type\": \"treaty-signed\", \"id\": \"t1\", \"occurred\": \"2025-06-02\"}"));
            assertThat(e.getMessage()).startsWith("test.json:6:5: development 't1': MALFORMED_INPUT: at "
                    + "/developments/1: unknown development type \"treaty-signed\"; known types: action-ended,");
            assertThat(e.developmentId()).contains("t1");
        }

        @Test
        @DisplayName("a missing required field")
        void missingField() {
            TimelineFormatException e = failure(file(
                    "    {\"type\": \"round-held\", \"id\": \"r1\", \"venue\": \"Istanbul\"}"));
            assertThat(e.getMessage()).isEqualTo(
                    "test.json:6:5: development 'r1': INVALID_VALUE: at /developments/1: occurred: is required; a "
                            + "report with no date of its own leaves it out and gives the date it was reported on as "
                            + "'reported'");
        }

        @Test
        @DisplayName("a missing type")
        void missingType() {
            assertThat(failure(file("    {\"id\": \"r1\", \"occurred\": \"2025-06-02\"}")).getMessage())
                    .startsWith("test.json:6:5: development 'r1': MALFORMED_INPUT: at /developments/1: missing \"type\"");
        }

        @Test
        @DisplayName("an impossible date")
        void impossibleDate() {
            TimelineFormatException e = failure(file(
                    "    {\"type\": \"round-held\", \"id\": \"r1\", \"occurred\": \"2025-02-30\"}"));
            assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
            assertThat(e.getMessage()).isEqualTo("test.json:6:5: development 'r1': INVALID_VALUE: at "
                    + "/developments/1/occurred: date: '2025-02-30' is not a real calendar date");
        }

        @Test
        @DisplayName("a precision that does not match the date")
        void precisionMismatch() {
            assertThat(failure(file("    {\"type\": \"round-held\", \"id\": \"r1\", "
                    + "\"occurred\": {\"value\": \"2025-06-02\", \"precision\": \"MONTH\"}}")).getMessage())
                    .endsWith("date: precision MONTH does not match '2025-06-02', which is written to DAY precision");
        }

        @Test
        @DisplayName("a wrong field type")
        void wrongFieldType() {
            TimelineFormatException e = failure(file(
                    "    {\"type\": \"round-held\", \"id\": \"r1\", \"occurred\": \"2025-06-02\", \"number\": \"two\"}"));
            assertThat(e.rule()).isEqualTo(Rule.MALFORMED_INPUT);
            assertThat(e.getMessage()).startsWith("test.json:6:5: development 'r1': MALFORMED_INPUT: at "
                    + "/developments/1/number: ");
        }

        @Test
        @DisplayName("a negative count")
        void negativeCount() {
            assertThat(failure(file("    {\"type\": \"offer-made\", \"id\": \"o\", \"occurred\": \"2025-06-02\", "
                    + "\"by\": \"Russia\", \"terms\": \"x\", \"quantity\": -3}")).getMessage())
                    .endsWith("INVALID_VALUE: at /developments/1/quantity: quantity.value: must not be negative (got -3)");
        }

        @Test
        @DisplayName("an unknown field")
        void unknownField() {
            assertThat(failure(file("    {\"type\": \"round-held\", \"id\": \"r1\", \"occurred\": \"2025-06-02\", "
                    + "\"venu\": \"Istanbul\"}")).getMessage())
                    .endsWith("MALFORMED_INPUT: at /developments/1/venu: unknown field \"venu\"");
        }

        @Test
        @DisplayName("a file without a format")
        void missingFormat() {
            assertThat(failure("{\"negotiationId\": \"talks\", \"developments\": []}").getMessage())
                    .isEqualTo("test.json:1:47: MALFORMED_INPUT: \"format\" is required");
        }

        @Test
        @DisplayName("a second developments array")
        void twoArrays() {
            assertThat(failure(HEAD + OPENED + "\n  ],\n  \"developments\": []\n}").getMessage())
                    .isEqualTo("test.json:7:17: MALFORMED_INPUT: at /developments: duplicate key \"developments\"; a "
                            + "key may appear only once in an object");
        }

        @Test
        @DisplayName("a development of another negotiation")
        void otherNegotiation() {
            assertThat(failure(file("    {\"type\": \"round-held\", \"id\": \"r1\", \"negotiationId\": \"other\", "
                    + "\"occurred\": \"2025-06-02\"}")).getMessage())
                    .contains("differs from the file's negotiationId \"talks\"");
        }

        @Test
        @DisplayName("nesting deeper than any timeline needs")
        void deepNesting() {
            String deep = "[".repeat(10_000) + "]".repeat(10_000);
            TimelineFormatException e = failure(HEAD + "    " + deep + "\n  ]\n}");
            assertThat(e.getMessage()).contains("MALFORMED_INPUT");
        }

        @Test
        @DisplayName("a 50 MB string, streamed, without reading it all")
        void hugeString() {
            byte[] head = (HEAD + "    {\"type\": \"negotiation-opened\", \"id\": \"opened\", \"occurred\": "
                    + "\"2025-05-16\", \"title\": \"").getBytes(StandardCharsets.UTF_8);
            java.io.InputStream fifty = new java.io.InputStream() {
                long left = 50L * 1024 * 1024;

                @Override
                public int read() {
                    return left-- > 0 ? 'x' : -1;
                }
            };
            TimelineFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                    TimelineFormatException.class, () -> TimelineFiles.read(new java.io.SequenceInputStream(
                            new ByteArrayInputStream(head), fifty), "huge.json"));
            assertThat(e.getMessage()).startsWith("huge.json:5:").contains("MALFORMED_INPUT: input exceeds a safety "
                    + "limit: String value length").contains("exceeds the maximum allowed (1000000");
        }

        @Test
        @DisplayName("bytes that are not UTF-8")
        void notUtf8() {
            byte[] bytes = file().replace("\"T\"", "\"T\u00e9\"").getBytes(StandardCharsets.ISO_8859_1);
            TimelineFormatException e = catchFormat(bytes);
            assertThat(e.getMessage()).contains("MALFORMED_INPUT");
        }

        @Test
        @DisplayName("a file that does not exist")
        void missingFile(@TempDir Path dir) {
            Path missing = dir.resolve("nope.json");
            assertThatThrownBy(() -> TimelineFiles.read(missing))
                    .isInstanceOf(TimelineFormatException.class)
                    .hasMessage(missing + ": MALFORMED_INPUT: no such file");
        }

        @Test
        @DisplayName("and name the file path given")
        void namesPath(@TempDir Path dir) throws Exception {
            Path bad = dir.resolve("bad.json");
            Files.writeString(bad, "{");
            assertThatThrownBy(() -> TimelineFiles.read(bad)).hasMessageStartingWith(bad + ":1:");
        }

        private TimelineFormatException catchFormat(byte[] bytes) {
            try {
                TimelineFiles.read(new ByteArrayInputStream(bytes), "test.json");
            } catch (TimelineFormatException e) {
                return e;
            }
            throw new AssertionError("expected a rejection");
        }
    }
}
