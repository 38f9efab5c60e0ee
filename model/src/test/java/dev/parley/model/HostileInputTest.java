package dev.parley.model;

import dev.parley.timeline.Development;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.TimelineFormatException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("The timeline reader against hostile input")
class HostileInputTest {
    static final String HEAD = "{\n  \"format\": \"parley/1\",\n  \"negotiationId\": \"talks\",\n  \"developments\": [\n";
    static final String OPENED = "    {\"type\": \"negotiation-opened\", \"id\": \"opened\", \"occurred\": \"2025-05-16\", "
            + "\"title\": \"T\"}";

    static String file(String development) {
        return HEAD + OPENED + ",\n" + development + "\n  ]\n}\n";
    }

    static TimelineFormatException failure(String json) {
        return failure(json.getBytes(StandardCharsets.UTF_8));
    }

    static TimelineFormatException failure(byte[] bytes) {
        try {
            TimelineFiles.read(new ByteArrayInputStream(bytes), "test.json");
        } catch (TimelineFormatException e) {
            return e;
        }
        throw new AssertionError("expected the input to be rejected");
    }

    static Timeline read(byte[] bytes) {
        return TimelineFiles.read(new ByteArrayInputStream(bytes), "test.json");
    }

    /** The head and the opening, then {@code bytes} inside the second development's venue, then the rest. */
    static byte[] withVenueBytes(String before, int... bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((HEAD + OPENED + ",\n    {\"type\": \"round-held\", \"id\": \"r1\", \"occurred\": \"2025-06-02\", "
                + "\"venue\": \"" + before).getBytes(StandardCharsets.UTF_8));
        for (int b : bytes) {
            out.write(b);
        }
        out.writeBytes("\"}\n  ]\n}\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Nested
    @DisplayName("duplicate keys are rejected, never last-one-wins")
    class DuplicateKeys {
        @Test
        @DisplayName("a second \"type\" in a development, naming its id, pointer and the place after the key")
        void duplicateType() {
            assertThat(failure(file("    {\"type\": \"round-held\", \"id\": \"r1\", \"type\": \"offer-made\", "
                    + "\"occurred\": \"2025-06-02\"}")))
                    .hasMessage("test.json:6:46: development 'r1': MALFORMED_INPUT: at /developments/1/type: "
                            + "duplicate key \"type\"; a key may appear only once in an object")
                    .extracting(TimelineFormatException::rule).isEqualTo(Rule.MALFORMED_INPUT);
        }

        @Test
        @DisplayName("a duplicate before the id: no id to name")
        void beforeId() {
            assertThat(failure(file("    {\"type\": \"round-held\", \"type\": \"offer-made\", \"id\": \"r1\", "
                    + "\"occurred\": \"2025-06-02\"}")))
                    .hasMessage("test.json:6:34: MALFORMED_INPUT: at /developments/1/type: duplicate key \"type\"; "
                            + "a key may appear only once in an object");
        }

        @Test
        @DisplayName("a duplicate deep inside a development")
        void nested() {
            assertThat(failure(file("    {\"type\": \"round-held\", \"id\": \"r1\", \"occurred\": \"2025-06-02\", "
                    + "\"sources\": [{\"outlet\": \"A\", \"outlet\": \"B\"}]}")))
                    .hasMessage("test.json:6:102: development 'r1': MALFORMED_INPUT: at /developments/1/sources/0/outlet: "
                            + "duplicate key \"outlet\"; a key may appear only once in an object");
        }

        @Test
        @DisplayName("a second negotiationId in the header")
        void header() {
            assertThat(failure("{\"format\": \"parley/1\", \"negotiationId\": \"a\", \"negotiationId\": \"b\", "
                    + "\"developments\": []}"))
                    .hasMessage("test.json:1:61: MALFORMED_INPUT: at /negotiationId: duplicate key \"negotiationId\"; "
                            + "a key may appear only once in an object");
        }
    }

    @Nested
    @DisplayName("only UTF-8 is read")
    class Encoding {
        @ParameterizedTest(name = "{0}")
        @CsvSource({"UTF-16LE, UTF-16LE", "UTF-16BE, UTF-16BE", "UTF-32LE, UTF-32LE", "UTF-32BE, UTF-32BE",
                "UTF-16, UTF-16BE (byte order mark FE FF)"})
        @DisplayName("a file in another Unicode encoding is named as such")
        void otherEncodings(String charset, String named) {
            byte[] bytes = file("    {\"type\": \"round-held\", \"id\": \"r1\", \"occurred\": \"2025\"}")
                    .getBytes(Charset.forName(charset));
            assertThat(failure(bytes)).hasMessage("test.json:1:1: MALFORMED_INPUT: the file is " + named
                    + "; a timeline file must be UTF-8");
        }

        @Test
        @DisplayName("a UTF-16 little-endian byte order mark")
        void utf16LittleEndianMark() {
            byte[] text = "{}".getBytes(StandardCharsets.UTF_16LE);
            byte[] bytes = new byte[text.length + 2];
            bytes[0] = (byte) 0xFF;
            bytes[1] = (byte) 0xFE;
            System.arraycopy(text, 0, bytes, 2, text.length);
            assertThat(failure(bytes)).hasMessage("test.json:1:1: MALFORMED_INPUT: the file is UTF-16LE (byte order "
                    + "mark FF FE); a timeline file must be UTF-8");
        }

        @Test
        @DisplayName("a UTF-8 byte order mark is skipped (RFC 8259 lets a reader ignore it)")
        void utf8Mark() {
            byte[] bytes = ("\uFEFF" + file("    {\"type\": \"round-held\", \"id\": \"r1\", \"occurred\": \"2025\"}"))
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(read(bytes).developments()).hasSize(2);
        }

        @Test
        @DisplayName("an overlong encoding of '/' (C0 AF), with line, column and byte offset")
        void overlong() {
            // Line 6 is the round: the venue's text starts at column 76, after 241 bytes of the file.
            assertThat(failure(withVenueBytes("x", 0xC0, 0xAF)))
                    .hasMessage("test.json:6:77: development 'r1': MALFORMED_INPUT: not valid UTF-8 at byte offset "
                            + "242: C0 AF is an overlong encoding; a timeline file must be UTF-8");
        }

        @Test
        @DisplayName("an overlong three-byte encoding (E0 80 AF)")
        void overlongThreeBytes() {
            assertThat(failure(withVenueBytes("", 0xE0, 0x80, 0xAF)).detail())
                    .isEqualTo("not valid UTF-8 at byte offset 241: E0 80 AF is an overlong encoding; a timeline "
                            + "file must be UTF-8");
        }

        @Test
        @DisplayName("a surrogate encoded in UTF-8 (CESU-8)")
        void surrogate() {
            assertThat(failure(withVenueBytes("ab", 0xED, 0xA0, 0x80)))
                    .hasMessage("test.json:6:78: development 'r1': MALFORMED_INPUT: not valid UTF-8 at byte offset "
                            + "243: ED A0 80 is an encoded UTF-16 surrogate (CESU-8), not UTF-8; a timeline file must "
                            + "be UTF-8");
        }

        @Test
        @DisplayName("a truncated sequence: a lead byte without its continuation bytes, as in Latin-1 text")
        void truncated() {
            assertThat(failure(withVenueBytes("", 0xE2, 0x82)).detail())
                    .isEqualTo("not valid UTF-8 at byte offset 241: E2 82 is a lead byte without the continuation "
                            + "bytes it needs (ISO-8859-1 or Windows-1252 text?); a timeline file must be UTF-8");
            assertThat(failure(withVenueBytes("", 0xCC)).detail()).startsWith("not valid UTF-8 at byte offset 241: CC "
                    + "is a lead byte without the continuation bytes it needs");
        }

        @Test
        @DisplayName("a sequence cut off by the end of the file")
        void cutOff() {
            byte[] head = (HEAD + "    {\"type\": \"negotiation-opened\", \"id\": \"opened\", \"title\": \"T")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
            bytes[head.length] = (byte) 0xF0;
            bytes[head.length + 1] = (byte) 0x9F;
            assertThat(failure(bytes)).hasMessage("test.json:5:63: development 'opened': MALFORMED_INPUT: not valid "
                    + "UTF-8 at byte offset " + head.length + ": F0 9F is a sequence cut off by the end of the file; a "
                    + "timeline file must be UTF-8");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"80, a continuation byte without a lead byte", "FF, a byte that never occurs in UTF-8",
                "F4 90 80 80, a code point beyond U+10FFFF"})
        @DisplayName("bytes UTF-8 never has")
        void impossibleBytes(String hex, String why) {
            int[] bytes = java.util.Arrays.stream(hex.split(" ")).mapToInt(b -> Integer.parseInt(b, 16)).toArray();
            assertThat(failure(withVenueBytes("", bytes)).detail()).startsWith("not valid UTF-8 at byte offset 241: "
                    + (why.startsWith("a code point") ? "F4 90 80 80" : hex.substring(0, 2)) + " is " + why);
        }

        @Test
        @DisplayName("counts columns in characters and offsets in bytes, across many lines and buffers")
        void locationFarIn() {
            StringBuilder json = new StringBuilder(HEAD).append(OPENED);
            for (int i = 0; i < 2_000; i++) {
                json.append(",\n    {\"type\": \"round-held\", \"id\": \"r").append(i)
                        .append("\", \"occurred\": \"2025-06-02\", \"venue\": \"Gen\u00e8ve\"}");
            }
            json.append(",\n    {\"type\": \"round-held\", \"id\": \"last\", \"occurred\": \"2025-06-02\", \"venue\": \"\u00e9");
            byte[] head = json.toString().getBytes(StandardCharsets.UTF_8);
            byte[] bytes = java.util.Arrays.copyOf(head, head.length + 6);
            System.arraycopy(new byte[]{(byte) 0xC0, (byte) 0xAF, '"', '}', ']', '}'}, 0, bytes, head.length, 6);
            int column = "    {\"type\": \"round-held\", \"id\": \"last\", \"occurred\": \"2025-06-02\", \"venue\": \"\u00e9"
                    .length() + 1;

            assertThat(failure(bytes)).hasMessage("test.json:2006:" + column + ": development 'last': MALFORMED_INPUT: "
                    + "not valid UTF-8 at byte offset " + head.length + ": C0 AF is an overlong encoding; a timeline "
                    + "file must be UTF-8");
        }
    }

    @Nested
    @DisplayName("the file's negotiationId")
    class NegotiationId {
        @Test
        @DisplayName("must match the id pattern even when there are no developments")
        void pathLike() {
            assertThat(failure("{\"format\": \"parley/1\", \"negotiationId\": \"../../etc/passwd\", \"developments\": []}"))
                    .hasMessage("test.json:1:41: INVALID_VALUE: at /negotiationId: negotiationId: '../../etc/passwd' is "
                            + "not a valid id (letters, digits, '.', '_', ':' or '-', at most 200, starting with a "
                            + "letter or digit)")
                    .extracting(TimelineFormatException::rule).isEqualTo(Rule.INVALID_VALUE);
        }

        @Test
        @DisplayName("is echoed with its control characters escaped")
        void controlCharacters() {
            TimelineFormatException e = failure("{\"format\": \"parley/1\", \"negotiationId\": \"a\\u001b[2J\\u0007\", "
                    + "\"developments\": []}");
            assertThat(e).hasMessage("test.json:1:41: INVALID_VALUE: at /negotiationId: negotiationId: "
                    + "'a\\u001b[2J\\u0007' is not a valid id (letters, digits, '.', '_', ':' or '-', at most 200, "
                    + "starting with a letter or digit)");
        }

        @Test
        @DisplayName("longer than 200 characters")
        void tooLong() {
            assertThat(failure("{\"format\": \"parley/1\", \"negotiationId\": \"" + "a".repeat(201)
                    + "\", \"developments\": []}").detail()).startsWith("at /negotiationId: negotiationId: 'aaa")
                    .endsWith("' is not a valid id (letters, digits, '.', '_', ':' or '-', at most 200, starting "
                            + "with a letter or digit)");
        }
    }

    @Nested
    @DisplayName("numbers and other wrong values, in Parley's words")
    class Values {
        @ParameterizedTest(name = "{0} as a quantity")
        @CsvSource(delimiter = '|', value = {
                "1e400 | INVALID_VALUE | quantity.value: needs more than 60 digits before or after the decimal point",
                "1e-400 | INVALID_VALUE | quantity.value: needs more than 60 digits before or after the decimal point",
                "-1 | INVALID_VALUE | quantity.value: must not be negative (got -1)",
                "-0.5 | INVALID_VALUE | quantity.value: must not be negative (got -0.5)",
                "\"ten\" | INVALID_VALUE | quantity: expected a number or an object such as {\"value\": 97.85, "
                        + "\"unit\": \"per cent\"}, got the string \"ten\"",
                "true | INVALID_VALUE | quantity: expected a number or an object such as {\"value\": 97.85, "
                        + "\"unit\": \"per cent\"}, got true",
                "{\"value\": \"9,785\"} | INVALID_VALUE | quantity.value: expected a number or a decimal string "
                        + "such as \"97.85\", got \"9,785\"",
                "{\"value\": 5, \"units\": \"USD\"} | INVALID_VALUE | quantity: unknown field \"units\" (a quantity "
                        + "has value, qualifier, unit)",
                "{\"value\": 5, \"qualifier\": \"ROUGHLY\"} | INVALID_VALUE | quantity.qualifier: \"ROUGHLY\" is not "
                        + "one of [EXACT, AT_LEAST, AT_MOST, ABOUT, ALL, UNDISCLOSED, NOT_STATED]",
                "{\"qualifier\": \"NOT_STATED\", \"value\": 3} | INVALID_VALUE | quantity.value: NOT_STATED takes no "
                        + "value (got 3)",
                "{\"value\": 5, \"unit\": \" USD\"} | INVALID_VALUE | quantity.unit: ' USD' is not a unit: free "
                        + "text of at most 60 characters without control characters or surrounding spaces, such as "
                        + "'prisoners', 'per cent', 'USD' or 'tonnes'"})
        @DisplayName("a quantity")
        void counts(String quantity, Rule rule, String detail) {
            TimelineFormatException e = failure(file("    {\"type\": \"offer-made\", \"id\": \"o\", \"occurred\": "
                    + "\"2025-06-02\", \"by\": \"Russia\", \"terms\": \"x\", \"quantity\": " + quantity + "}"));
            assertThat(e).hasMessage("test.json:6:5: development 'o': " + rule + ": at /developments/1/quantity: "
                    + detail);
            assertThat(e.rule()).isEqualTo(rule);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "\"number\": \"two\" | MALFORMED_INPUT | at /developments/1/number: expected a whole number, got the "
                        + "string \"two\"",
                "\"number\": 1.5 | INVALID_VALUE | at /developments/1/number: 1.5 is not a whole number",
                "\"number\": 10.0 | INVALID_VALUE | at /developments/1/number: 10.0 must be written as a whole number, "
                        + "without a fraction or exponent",
                "\"number\": -3000000000 | INVALID_VALUE | at /developments/1/number: -3000000000 is too small",
                "\"number\": {} | MALFORMED_INPUT | at /developments/1/number: expected a whole number, got an object",
                "\"venue\": 5 | MALFORMED_INPUT | at /developments/1/venue: expected a string, got the number 5",
                "\"venue\": [\"a\"] | MALFORMED_INPUT | at /developments/1/venue: expected a string, got an array",
                "\"occurred\": 2025 | MALFORMED_INPUT | at /developments/1/occurred: expected a date: \"yyyy\", "
                        + "\"yyyy-MM\", \"yyyy-MM-dd\" or \"yyyy-MM-ddTHH:mm+hh:mm\", or an object with \"value\", got "
                        + "the number 2025",
                "\"occurred\": {\"value\": \"2025\", \"approximate\": 1} | MALFORMED_INPUT | at "
                        + "/developments/1/occurred/approximate: expected true or false, got the number 1",
                "\"refs\": [{\"kind\": \"NOPE\", \"development\": \"opened\"}] | INVALID_VALUE | at "
                        + "/developments/1/refs/0/kind: \"NOPE\" is not one of RESPONDS_TO, FULFILS, IMPLEMENTS, "
                        + "DISPUTES, CONFIRMS, CORRECTS, CONTAINED_IN, RELATES_TO",
                "\"refs\": [{\"kind\": 0, \"development\": \"opened\"}] | MALFORMED_INPUT | at "
                        + "/developments/1/refs/0/kind: expected one of RESPONDS_TO, FULFILS, IMPLEMENTS, DISPUTES, "
                        + "CONFIRMS, CORRECTS, CONTAINED_IN, RELATES_TO, got the number 0",
                "\"sources\": \"UNN\" | MALFORMED_INPUT | at /developments/1/sources: expected an array, got the "
                        + "string \"UNN\"",
                "\"sources\": [1] | MALFORMED_INPUT | at /developments/1/sources/0: expected an object with the "
                        + "fields outlet, url, published, via, note, got the number 1",
                "\"sources\": [{\"outlet\": \"A\", \"published\": \"2025-02-30\"}] | INVALID_VALUE | at "
                        + "/developments/1/sources/0/published: \"2025-02-30\" is not a day written yyyy-MM-dd"})
        @DisplayName("a value of the wrong kind or out of range")
        void wrongValues(String field, Rule rule, String detail) {
            TimelineFormatException e = failure(file("    {\"type\": \"round-held\", \"id\": \"r1\", "
                    + (field.startsWith("\"occurred\"") ? "" : "\"occurred\": \"2025-06-02\", ") + field + "}"));
            assertThat(e).hasMessage("test.json:6:5: development 'r1': " + rule + ": " + detail);
        }

        @Test
        @DisplayName("a number where the id belongs is not silently turned into a string")
        void numericId() {
            assertThat(failure(file("    {\"type\": \"round-held\", \"id\": 5, \"occurred\": \"2025\"}")))
                    .hasMessage("test.json:6:5: MALFORMED_INPUT: at /developments/1/id: expected a string, got the "
                            + "number 5");
        }

        @Test
        @DisplayName("a negative fraction deep inside an agreement")
        void nestedCount() {
            assertThat(failure(file("    {\"type\": \"agreement-reached\", \"id\": \"a\", \"occurred\": \"2025\", "
                    + "\"provisions\": [{\"id\": \"p\", \"subject\": \"s\", \"quantities\": [{\"party\": \"A\", "
                    + "\"quantity\": -2.5}]}]}")))
                    .hasMessage("test.json:6:5: development 'a': INVALID_VALUE: at "
                            + "/developments/1/provisions/0/quantities/0/quantity: quantity.value: must not be negative "
                            + "(got -2.5)");
        }

        @Test
        @DisplayName("a correction whose replacement is not a development")
        void replacementNotObject() {
            assertThat(failure(file("    {\"type\": \"report-corrected\", \"id\": \"c\", \"occurred\": \"2025\", "
                    + "\"development\": \"opened\", \"replacement\": 5}")))
                    .hasMessage("test.json:6:5: development 'c': MALFORMED_INPUT: at /developments/1/replacement: "
                            + "expected a development object with \"type\", got the number 5");
        }

        @Test
        @DisplayName("a type that is not a string")
        void typeNotString() {
            assertThat(failure(file("    {\"type\": 5, \"id\": \"r1\", \"occurred\": \"2025\"}")).detail())
                    .startsWith("at /developments/1/type: expected the name of a development type, got the number 5; "
                            + "known types: action-ended, ");
        }
    }

    @Nested
    @DisplayName("messages are safe to print")
    class Printable {
        @Test
        @DisplayName("control characters from an id are escaped in the message and the detail")
        void escapes() {
            TimelineFormatException e = failure(file("    {\"type\": \"round-held\", \"id\": \"x\\u001b]0;owned\\u0007"
                    + "\\u2028\\u202e\", \"occurred\": \"2025\"}"));
            assertThat(e).hasMessage("test.json:6:5: development 'x\\u001b]0;owned\\u0007\\u2028\\u202e': INVALID_VALUE: "
                    + "at /developments/1: id: 'x\\u001b]0;owned\\u0007\\u2028\\u202e' is not a valid id (letters, digits, "
                    + "'.', '_', ':' or '-', at most 200, starting with a letter or digit)");
            assertThat(e.developmentId()).contains("x\u001b]0;owned\u0007\u2028\u202e");
        }

        @Test
        @DisplayName("a long value quoted back is cut, saying how much was left out")
        void clipped() {
            TimelineFormatException e = failure(file("    {\"type\": \"round-held\", \"id\": \"" + "x".repeat(3_000)
                    + "\", \"occurred\": \"2025\"}"));
            assertThat(e.getMessage()).startsWith("test.json:6:5: development '" + "x".repeat(250)
                    + "... (2750 more characters)': INVALID_VALUE: at /developments/1: id: 'xxx");
            assertThat(e.detail()).hasSize(2_000 + "... (1130 more characters)".length())
                    .endsWith("xxx... (1130 more characters)");
        }

        @ParameterizedTest(name = "character {0}")
        @ValueSource(ints = {0x1B, 0x00, 0x7F, 0x9B, 0x09})
        @DisplayName("raw characters the parser quotes back are escaped too")
        void rawInParserMessages(int code) {
            String control = Character.toString(code);
            TimelineFormatException e = failure(file("    {\"type\": \"round-held\", \"id\": \"r1\", \"occurred\": nul"
                    + control + "x}"));
            assertThat(e.getMessage()).doesNotContain(control).startsWith("test.json:6:");
        }
    }

    @Nested
    @DisplayName("a development too long to be real")
    class TooLong {
        @Test
        @DisplayName("is rejected before it is held in memory")
        void rejected() {
            String parties = "\"a\", ".repeat(TimelineReader.MAX_DEVELOPMENT_LENGTH / 5 * 2);
            TimelineFormatException e = failure(file("    {\"type\": \"offer-made\", \"id\": \"o\", \"occurred\": "
                    + "\"2025\", \"by\": \"A\", \"terms\": \"t\", \"to\": [" + parties + "\"a\"]}"));
            assertThat(e.rule()).isEqualTo(Rule.MALFORMED_INPUT);
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.detail()).isEqualTo("a development longer than 2100000 characters of JSON (most likely not a "
                    + "real timeline); no development needs that much");
        }

        @Test
        @DisplayName("while a string at the string limit still fits")
        void longestString() {
            String title = "x".repeat(ParleyJson.MAX_STRING_LENGTH);
            byte[] bytes = (HEAD + "    {\"type\": \"negotiation-opened\", \"id\": \"opened\", \"occurred\": \"2025\", "
                    + "\"title\": \"" + title + "\", \"description\": \"" + title + "\"}\n  ]\n}\n")
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(read(bytes).developments()).hasSize(1);
        }
    }

    @Nested
    @DisplayName("doubtful inputs JSON allows are refused with the rule, the development and where it stands")
    class DoubtfulInputs {
        static final String OFFER = "    {\"type\": \"offer-made\", \"id\": \"o\", \"occurred\": \"2025-06-02\", "
                + "\"by\": \"Russia\", \"terms\": \"return children\", \"quantity\": 10},\n";

        @TempDir
        Path dir;

        /**
         * Records {@code developments} after the opening as an import does, development by development through one
         * decider, and returns the refusal; {@code stored} sees the decider's state after it.
         */
        TimelineFormatException refusal(String developments, Consumer<Integer> stored) throws Exception {
            Path file = dir.resolve("test.json");
            Files.writeString(file, file(developments));
            NegotiationDecider decider = NegotiationDecider.initialState("talks");
            TimelineFormatException refused = catchThrowableOfType(() -> {
                try (TimelineReader reader = TimelineReader.open(file)) {
                    while (reader.hasNext()) {
                        Development d = reader.next();
                        try {
                            decider.record(d);
                        } catch (RuleViolationException e) {
                            throw reader.locate(e);
                        }
                    }
                }
            }, TimelineFormatException.class);
            assertThat(refused).as("refused").isNotNull();
            stored.accept(decider.state().developmentCount());
            return refused;
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "the year 0000 | \"occurred\": \"0000-06-02\" | 6:5 | /developments/1/occurred | date: '0000-06-02' is "
                        + "in the year 0000",
                "a year 0000 alone | \"occurred\": \"0000\" | 6:5 | /developments/1/occurred | date: '0000' is in the "
                        + "year 0000",
                "a lone high surrogate | \"occurred\": \"2025\", \"venue\": \"Istanbul\\ud800\" | 6:69 | "
                        + "/developments/1/venue | the text holds a lone surrogate U+D800",
                "a lone low surrogate | \"occurred\": \"2025\", \"venue\": \"\\udc00Istanbul\" | 6:69 | "
                        + "/developments/1/venue | the text holds a lone surrogate U+DC00",
                "U+0000 in text | \"occurred\": \"2025\", \"outcome\": \"no\\u0000deal\" | 6:71 | "
                        + "/developments/1/outcome | the text holds U+0000 (a NUL character)",
                "U+0000 in a source | \"occurred\": \"2025\", \"sources\": [{\"outlet\": \"UNN\\u0000\"}] | 6:83 | "
                        + "/developments/1/sources/0/outlet | the text holds U+0000"})
        @DisplayName("in a round held")
        void inRoundHeld(String what, String fields, String location, String pointer, String detail)
                throws Exception {
            TimelineFormatException e = refusal("    {\"type\": \"round-held\", \"id\": \"r1\", " + fields + "}",
                    stored -> assertThat(stored).as("only the opening is recorded").isEqualTo(1));
            assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
            assertThat(e.developmentId()).contains("r1");
            assertThat(e.line() + ":" + e.column()).isEqualTo(location);
            assertThat(e.detail()).startsWith("at " + pointer + ": " + detail);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "-0 | 6:101 | /developments/1/quantity",
                "{\"value\": -0, \"qualifier\": \"ABOUT\"} | 6:111 | /developments/1/quantity/value"})
        @DisplayName("a count written -0")
        void negativeZero(String quantity, String location, String pointer) throws Exception {
            TimelineFormatException e = refusal("    {\"type\": \"offer-made\", \"id\": \"o\", \"occurred\": "
                    + "\"2025\", \"by\": \"Russia\", \"terms\": \"x\", \"quantity\": " + quantity + "}",
                    stored -> assertThat(stored).isEqualTo(1));
            assertThat(e).hasMessageEndingWith("test.json:" + location + ": development 'o': INVALID_VALUE: at "
                    + pointer + ": -0 is not a count; write 0");
        }

        @Test
        @DisplayName("a fulfilment dated before the position it fulfils")
        void fulfilmentBeforePosition() throws Exception {
            TimelineFormatException e = refusal(OFFER + "    {\"type\": \"fulfilment-reported\", \"id\": \"f\", "
                    + "\"occurred\": \"2025-05-30\", \"by\": \"Russia\", \"delivered\": 4, \"refs\": [{\"kind\": "
                    + "\"FULFILS\", \"development\": \"o\"}]}", stored -> assertThat(stored).isEqualTo(2));
            assertThat(e).hasMessageEndingWith("test.json:7:5: development 'f': FULFILMENT_BEFORE_POSITION: at "
                    + "/developments/2: it occurred 2025-05-30, before position 'o' it fulfils was taken (2025-06-02)");
        }

        @Test
        @DisplayName("a fulfilment of a partial date that may be the position's day is not certainly before it")
        void overlappingDates() throws Exception {
            Path file = dir.resolve("ok.json");
            Files.writeString(file, file(OFFER + "    {\"type\": \"fulfilment-reported\", \"id\": \"f\", "
                    + "\"occurred\": \"2025-06\", \"by\": \"Russia\", \"delivered\": 4, \"refs\": [{\"kind\": "
                    + "\"FULFILS\", \"development\": \"o\"}]}"));
            assertThat(TimelineFiles.validate(file).recorded()).isEqualTo(3);
        }

        @Test
        @DisplayName("deliveries beyond the quantity offered, counted over every fulfilment")
        void overFulfilment() throws Exception {
            String fulfilment = "    {\"type\": \"fulfilment-reported\", \"id\": \"f%d\", \"occurred\": "
                    + "\"2025-06-1%d\", \"by\": \"Russia\", \"delivered\": 6, \"refs\": [{\"kind\": \"FULFILS\", "
                    + "\"development\": \"o\"}]%s}";
            TimelineFormatException e = refusal(OFFER + fulfilment.formatted(1, 1, "") + ",\n"
                    + fulfilment.formatted(2, 2, ""), stored -> assertThat(stored).isEqualTo(3));
            assertThat(e.rule()).isEqualTo(Rule.OVER_FULFILMENT);
            assertThat(e.developmentId()).contains("f2");
            assertThat(e.line() + ":" + e.column()).isEqualTo("8:5");
            assertThat(e.detail()).isEqualTo("at /developments/3: it brings the delivered total against position "
                    + "'o' to 12, beyond the 10 promised; if more was delivered than promised, say so with "
                    + "\"overFulfilment\": true");

            Path marked = dir.resolve("marked.json");
            Files.writeString(marked, file(OFFER + fulfilment.formatted(1, 1, "") + ",\n"
                    + fulfilment.formatted(2, 2, ", \"overFulfilment\": true")));
            assertThat(TimelineFiles.validate(marked).recorded()).as("marked as more than promised").isEqualTo(4);
        }

        @Test
        @DisplayName("a correction of a correction: the vocabulary's refusal, not a missing negotiationId")
        void correctionOfCorrection() throws Exception {
            String round = "{\"type\": \"round-held\", \"id\": \"r1\", \"occurred\": \"2025-06-02\", \"venue\": "
                    + "\"%s\"}";
            String first = "{\"type\": \"report-corrected\", \"id\": \"c1\", \"occurred\": \"2025-06-03\", "
                    + "\"development\": \"r1\", \"replacement\": " + round.formatted("Geneva") + "}";
            TimelineFormatException e = refusal("    " + round.formatted("Istanbul") + ",\n    " + first + ",\n    "
                    + "{\"type\": \"report-corrected\", \"id\": \"c2\", \"occurred\": \"2025-06-04\", "
                    + "\"development\": \"c1\", \"replacement\": " + first.replace("Geneva", "Ankara") + "}",
                    stored -> assertThat(stored).isEqualTo(3));
            assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
            assertThat(e.developmentId()).contains("c2");
            assertThat(e.line() + ":" + e.column()).isEqualTo("8:5");
            assertThat(e.detail()).isEqualTo("at /developments/3: replacement: a correction cannot replace a "
                    + "correction or retraction");
        }

        @Test
        @DisplayName("a NUL byte between tokens is a NUL byte, not a sign of UTF-16")
        void nulBetweenTokens() {
            byte[] bytes = file("    {\"type\": \"round-held\", \"id\": \"r1\", \"occurred\": \"2025\"}")
                    .replaceFirst("\\{", "{\u0000").getBytes(StandardCharsets.UTF_8);
            TimelineFormatException e = failure(bytes);
            assertThat(e).hasMessage("test.json:1:3: MALFORMED_INPUT: not valid JSON: a control character U+0000 "
                    + "(a NUL byte) between tokens; only spaces, tabs and line breaks may stand there");
        }

        @Test
        @DisplayName("a raw control character inside a string is named, not quoted from the parser")
        void rawControlInString() {
            byte[] bytes = withVenueBytes("Ist", 0x01);
            assertThat(failure(bytes).detail()).isEqualTo("not valid JSON: a raw control character U+0001 inside a "
                    + "string; write it escaped");
        }
    }
}
