package dev.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.model.ParleyJson;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("show --recorded-at, the audit axis")
class RecordedAtOptionTest extends CommandLineTest {
    /** After anything a test stores, so the store's audit cut keeps the whole seed once the engine applies it. */
    static final String LATER = "2100-01-01T00:00:00Z";

    static AsOf parse(String... args) {
        ShowCommand show = new ShowCommand();
        new CommandLine(show).registerConverter(LocalDate.class, ParleyCommand::date).parseArgs(args);
        return show.time.cut();
    }

    @Nested
    @DisplayName("parses")
    class Parsing {
        @ParameterizedTest(name = "{0} as {1}")
        @CsvSource({
                "2025-07-01T12:00:00Z, 2025-07-01T12:00:00Z",
                "2025-07-01T12:00:00.25Z, 2025-07-01T12:00:00.250Z",
                "2025-07-01T14:00:00+02:00, 2025-07-01T12:00:00Z",
                "2025-07-01, 2025-07-01T23:59:59.999999999Z",
                "2024-12-31, 2024-12-31T23:59:59.999999999Z"})
        @DisplayName("an ISO instant as that instant, a date as the last instant of that day in UTC")
        void instantOrDate(String text, Instant expected) {
            assertThat(parse("--recorded-at", text, "f")).isEqualTo(AsOf.recordedBy(expected));
        }

        @Test
        @DisplayName("a date keeps everything stored before the next day began, and nothing from it")
        void dateIsTheWholeDay() {
            Instant cut = parse("--recorded-at", "2025-07-01", "f").recordedBy();
            Instant nextDay = Instant.parse("2025-07-02T00:00:00Z");
            assertThat(cut).isBefore(nextDay);
            assertThat(cut.plusNanos(1)).isEqualTo(nextDay);
        }

        @Test
        @DisplayName("combined with --as-of and --known-at into one cut on three axes")
        void combines() {
            assertThat(parse("--as-of", "2025-06-02", "--known-at", "2025-06-20", "--recorded-at", "2025-07-01", "f"))
                    .isEqualTo(AsOf.recordedBy(Instant.parse("2025-07-01T23:59:59.999999999Z"))
                            .andOccurredBy(LocalDate.of(2025, 6, 2)).andKnownAt(LocalDate.of(2025, 6, 20)));
            assertThat(parse("f")).isEqualTo(AsOf.now());
        }
    }

    @Nested
    @DisplayName("rejects")
    class Errors {
        @ParameterizedTest(name = "''{0}''")
        @CsvSource({"2025-07-01T12:00:00", "2025-13-01", "July 1st", "2025-07-01T25:00:00Z", "''"})
        @DisplayName("what is neither an instant nor a date: one line naming the option and the value, exit 2")
        void badValue(String text) {
            assertThat(run("show", "--in-memory", "--recorded-at", text, SEED)).isEqualTo(ParleyCommand.USAGE);
            assertThat(stderr()).isEqualTo(lines("parley: --recorded-at: '" + text + "' is not an instant "
                    + "(2025-07-01T12:00:00Z) or a date (yyyy-MM-dd)", "Try 'parley show --help'"));
            assertThat(stdout()).isEmpty();
        }

        @Test
        @DisplayName("with control characters in the value escaped, never raw")
        void controlCharacters() {
            assertThat(run("show", "--in-memory", "--recorded-at", "2025\u001b[2J\nparley: fake", SEED))
                    .isEqualTo(ParleyCommand.USAGE);
            assertThat(stderr()).isEqualTo(lines("parley: --recorded-at: '2025\\u001b[2J\\nparley: fake' is not an "
                    + "instant (2025-07-01T12:00:00Z) or a date (yyyy-MM-dd)", "Try 'parley show --help'"));
        }
    }

    @Nested
    @DisplayName("reaches Parley")
    class ReachesParley {
        @Test
        @DisplayName("as the AsOf of the state: --json carries all three axes, recordedBy as ISO-8601, and reads back")
        void jsonCarriesTheCut() throws Exception {
            assertThat(run("show", "--in-memory", "--json", "--as-of", "2025-06-03", "--known-at", "2025-06-20",
                    "--recorded-at", LATER, SEED)).as(stderr()).isZero();
            JsonNode asOf = ParleyJson.codec().reader().readTree(stdout()).get("asOf");
            assertThat(asOf.toString())
                    .isEqualTo("{\"occurredBy\":\"2025-06-03\",\"knownAt\":\"2025-06-20\",\"recordedBy\":\"" + LATER
                            + "\"}");
            NegotiationState back = ParleyJson.codec().read(stdout(), NegotiationState.class);
            assertThat(back.asOf()).isEqualTo(new AsOf(LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 20),
                    Instant.parse(LATER)));
        }

        @Test
        @DisplayName("alone: deadlines are judged on the audit cut's UTC day, and the summary names the cut")
        void alone() throws Exception {
            assertThat(run("show", "--in-memory", "--recorded-at", "2100-01-01", SEED)).as(stderr()).isZero();
            assertThat(stdout()).contains("; replayed: as stored by 2100-01-01T23:59:59.999999999Z; deadlines judged "
                    + "on 2100-01-01" + NL);
            assertThat(run("show", "--in-memory", "--json", "--recorded-at", "2100-01-01", SEED)).isZero();
            JsonNode state = ParleyJson.codec().reader().readTree(stdout());
            assertThat(state.get("asOf").toString()).isEqualTo("{\"recordedBy\":\"2100-01-01T23:59:59.999999999Z\"}");
            assertThat(state.get("evaluatedOn").asText()).isEqualTo("2100-01-01");
        }
    }

    @Test
    @DisplayName("the help says what the audit axis is and what a date means, with the instant unbroken")
    void help() {
        assertThat(run("show", "--help")).isZero();
        assertThat(stdout()).contains(lines(
                "      --recorded-at=INSTANT  the audit axis: replay only what this store held",
                "                               at INSTANT, judged by the store's own write",
                "                               timestamps, not by the file's dates; combines",
                "                               with --as-of and --known-at.",
                "                             INSTANT: e.g. 2025-07-01T12:00:00Z (inclusive), or",
                "                               a date yyyy-MM-dd meaning the whole of that day",
                "                               in UTC: everything stored before the next day",
                "                               began."));
    }
}
