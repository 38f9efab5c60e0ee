package dev.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.model.ParleyJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The parley command line")
class ParleyCommandTest extends CommandLineTest {

    @Test
    @DisplayName("show prints a readable summary of the seed and exits 0")
    void showsSummary() {
        int code = run("show", "--db", dir.resolve("db").toString(), SEED);
        assertThat(code).as(stderr()).isZero();
        assertThat(stdout())
                .contains("round 2 [round-2]: held on 2025-06-02 in Istanbul")
                .contains("ru-memorandum: memorandum \"Peace memorandum\", Russia -> Ukraine")
                .contains("[OVERDUE] OFFER ru-offer-children by Russia to Ukraine: Return 10 children")
                .contains("deadline: by 2025-07-10")
                .contains("[REJECTED] DEMAND us-demand-ceasefire by United States to Russia")
                .contains("[DISPUTED] ua-claim-abductions: Ukraine claims")
                .contains("UNN <- Axios <- 2 unnamed Ukrainian officials (anonymous)");
    }

    @Test
    @DisplayName("show --json prints the state as JSON, and showing twice on one store gives the same state")
    void showsJson() throws Exception {
        String db = dir.resolve("db").toString();
        assertThat(run("show", "--json", "--db", db, SEED)).isZero();
        JsonNode first = ParleyJson.codec().reader().readTree(stdout());
        assertThat(run("show", "--json", "--db", db, SEED)).isZero();
        JsonNode second = ParleyJson.codec().reader().readTree(stdout());

        assertThat(second).isEqualTo(first);
        assertThat(first.get("negotiationId").asText()).isEqualTo("ru-ua-direct-talks-2025");
        assertThat(first.get("rounds").get(0).get("venue").asText()).isEqualTo("Istanbul");
        assertThat(first.get("developmentCount").asInt()).isEqualTo(17);
        assertThat(Files.exists(dir.resolve("db.mv.db"))).isTrue();
    }

    @Test
    @DisplayName("show --as-of replays the seed: no offer on 1 June, OPEN on 3 June, OVERDUE on 11 July")
    void showsAsOf() throws Exception {
        assertThat(offerStatus("2025-06-01")).isNull();
        assertThat(offerStatus("2025-06-03")).isEqualTo("OPEN");
        assertThat(offerStatus("2025-07-11")).isEqualTo("OVERDUE");
    }

    private String offerStatus(String asOf) throws Exception {
        assertThat(run("show", "--json", "--in-memory", "--as-of", asOf, SEED)).isZero();
        for (JsonNode position : ParleyJson.codec().reader().readTree(stdout()).get("positions")) {
            if (position.get("id").asText().equals("ru-offer-children")) {
                assertThat(position.get("deadline").get("by").asText()).isEqualTo("2025-07-10");
                return position.get("status").asText();
            }
        }
        return null;
    }

    @Test
    @DisplayName("validate accepts the examples and rejects a rule broken in a file, naming pointer and rule")
    void validate() throws Exception {
        assertThat(run("validate", SEED)).isZero();
        assertThat(stdout()).contains("valid, negotiation ru-ua-direct-talks-2025, 17 developments");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"parley/1\", \"negotiationId\": \"t\", \"developments\": [\n"
                + "  {\"type\": \"negotiation-opened\", \"id\": \"opened\", \"occurred\": \"2025-05-16\", \"title\": \"T\"},\n"
                + "  {\"type\": \"offer-made\", \"id\": \"o\", \"occurred\": \"2025-06-02\", \"by\": \"A\", "
                + "\"terms\": \"x\", \"deadline\": {\"by\": \"2025-05-01\"}}\n]}");
        assertThat(run("validate", bad.toString())).isEqualTo(ParleyCommand.INPUT_REJECTED);
        assertThat(stderr()).contains(bad + ":3:3: development 'o': DEADLINE_BEFORE_POSITION: at /developments/1: "
                + "deadline 2025-05-01 is before the position was taken (2025-06-02)");
    }

    @Test
    @DisplayName("import then export gives back the same developments; importing twice adds nothing")
    void importExport() throws Exception {
        String db = dir.resolve("db").toString();
        assertThat(run("import", "--db", db, SEED)).isZero();
        assertThat(stdout()).isEqualTo(lines(SEED + ": 17 recorded, 0 already recorded, negotiation "
                + "ru-ua-direct-talks-2025"));
        assertThat(run("import", "--db", db, SEED)).isZero();
        assertThat(stdout()).isEqualTo(lines(SEED + ": 0 recorded, 17 already recorded, negotiation "
                + "ru-ua-direct-talks-2025"));
        Path exported = dir.resolve("export.json");
        assertThat(run("export", "--db", db, "-o", exported.toString())).isZero();
        assertThat(dev.parley.model.TimelineFiles.read(exported))
                .isEqualTo(dev.parley.model.TimelineFiles.read(Path.of(SEED)));
    }

    @Test
    @DisplayName("import --quiet prints nothing; a second import still adds nothing")
    void importQuietly() {
        String db = dir.resolve("db").toString();
        assertThat(run("import", "--quiet", "--db", db, SEED)).isZero();
        assertThat(run("import", "-q", "--db", db, SEED)).isZero();
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEmpty();
        assertThat(run("validate", "--quiet", SEED)).isZero();
        assertThat(stdout()).isEmpty();
    }

    @Test
    @DisplayName("import and export draw a progress bar on stderr when it is a terminal, and not with --quiet")
    void progressBarOnTerminal() throws Exception {
        String db = dir.resolve("db").toString();
        System.setProperty(OutputOptions.TERMINAL_PROPERTY, "true");
        try {
            assertThat(run("import", "--db", db, SEED)).isZero();
            String size = String.format(java.util.Locale.ROOT, "%.1f kB", Files.size(Path.of(SEED)) / 1024.0);
            assertThat(stderr()).startsWith("\rimport  [")
                    .contains("[##############################] 100%  " + size + " of " + size + "  committing")
                    .matches("(?s).*\\rimport  \\[#{30}] 100%  " + java.util.regex.Pattern.quote(size)
                            + " in \\d+\\.\\d s, [\\d.]+ (kB|MB)/s *" + NL);
            assertThat(run("export", "--db", db, "-o", dir.resolve("out.json").toString())).isZero();
            assertThat(stderr()).contains("export  [##############################] 100%  17 developments of 17 "
                    + "developments").contains("100%  17 developments in ");
            assertThat(run("import", "--quiet", "--db", db, SEED)).isZero();
            assertThat(stderr()).isEmpty();
        } finally {
            System.clearProperty(OutputOptions.TERMINAL_PROPERTY);
        }
    }

    @Test
    @DisplayName("export --format timelinejs writes one event per development with partial start dates and eras")
    void timelineJs() throws Exception {
        assertThat(run("import", "--db", dir.resolve("db").toString(), SEED)).isZero();
        assertThat(run("export", "--db", dir.resolve("db").toString(), "--format", "timelinejs"))
                .isZero();
        JsonNode json = ParleyJson.codec().reader().readTree(stdout());
        assertThat(json.get("title").get("text").get("headline").asText())
                .isEqualTo("Russia-Ukraine direct talks in Istanbul");
        assertThat(json.get("events")).hasSize(17);
        JsonNode opened = json.get("events").get(0);
        assertThat(opened.get("start_date").has("month")).as("year precision has no month").isFalse();
        assertThat(opened.get("display_date").asText()).isEqualTo("2025 (not after 1 June 2025)");
        assertThat(json.get("events")).anySatisfy(e -> {
            assertThat(e.get("unique_id").asText()).isEqualTo("ru-offer-children");
            assertThat(e.get("start_date").get("day").asInt()).isEqualTo(2);
            assertThat(e.get("group").asText()).isEqualTo("Russia");
            assertThat(e.get("text").get("text").asText()).contains("UNN, 2 June 2025, citing Axios, citing 2 unnamed Ukrainian officials");
        });
        assertThat(json.get("eras").get(0).get("text").get("headline").asText())
                .as("an era headline would be drawn over TimelineJS's axis labels").isEmpty();
        assertThat(json.get("events")).anySatisfy(e -> {
            assertThat(e.get("unique_id").asText()).isEqualTo("round-2");
            // the round keeps its name on its own slide: the short label heads it, the sentence opens its text
            assertThat(e.get("text").get("headline").asText()).isEqualTo("Russia and Ukraine · Round 2 · Istanbul");
            assertThat(e.get("text").get("text").asText()).startsWith("<p>Round 2 held in Istanbul</p>");
        });
        assertThat(run("export", "--db", dir.resolve("db").toString(), "--negotiation", "nope"))
                .isEqualTo(ParleyCommand.USAGE);
    }

    @Test
    @DisplayName("a bad file exits 1 with the location and rule on stderr, and stores nothing")
    void rejectsBadFile() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"parley/1\", \"negotiationId\": \"t\", \"developments\": [\n"
                + "  {\"type\": \"negotiation-opened\", \"id\": \"opened\", \"occurred\": \"2025-05-16\", \"title\": \"T\"},\n"
                + "  {\"type\": \"proposal-accepted\", \"id\": \"yes\", \"occurred\": \"2025-05-17\", "
                + "\"position\": \"nothing\", \"by\": \"Ukraine\"}\n]}");
        String db = dir.resolve("db").toString();

        assertThat(run("show", "--db", db, bad.toString())).isEqualTo(ParleyCommand.INPUT_REJECTED);
        assertThat(stderr()).contains(bad + ":3:3: development 'yes': UNKNOWN_POSITION: at /developments/1: "
                + "position 'nothing' is not recorded");

        Files.writeString(bad, "{\"format\": \"parley/1\", \"negotiationId\": \"t\", \"developments\": [\n"
                + "  {\"type\": \"negotiation-opened\", \"id\": \"opened\", \"occurred\": \"2025-05-16\", \"title\": \"T\"}\n]}");
        assertThat(run("show", "--json", "--db", db, bad.toString())).isZero();
        assertThat(ParleyJson.codec().reader().readTree(stdout()).get("developmentCount").asInt())
                .as("the rejected file left nothing behind").isEqualTo(1);
    }

    @Test
    @DisplayName("a malformed file exits 1 naming file, line and column")
    void rejectsMalformedFile() throws Exception {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"format\": \"parley/1\",\n \"negotiationId\": ");
        assertThat(run("show", "--in-memory", bad.toString())).isEqualTo(ParleyCommand.INPUT_REJECTED);
        assertThat(stderr()).startsWith("parley: " + bad + ":2:").contains("MALFORMED_INPUT");
    }

    @Test
    @DisplayName("wrong usage exits 2")
    void usage() {
        assertThat(run("show")).isEqualTo(ParleyCommand.USAGE);
        assertThat(stderr()).isEqualTo(lines("parley: Missing required parameter: 'FILE'", "Try 'parley show --help'"));
        assertThat(run("frobnicate")).isEqualTo(ParleyCommand.USAGE);
        assertThat(stderr()).isEqualTo(lines("parley: Unmatched argument at index 0: 'frobnicate'",
                "Try 'parley --help'"));
    }

    @Test
    @DisplayName("a database that cannot be reached exits 3")
    void databaseUnavailable() {
        int code = run("show", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/parley", "--user", "x",
                "--password", "y", SEED);
        assertThat(code).isEqualTo(ParleyCommand.STORE_UNAVAILABLE);
        assertThat(stderr()).startsWith("parley: cannot connect to jdbc:postgresql://127.0.0.1:1/parley");
    }

    @Test
    @DisplayName("a store that cannot be opened exits 3")
    void storeUnavailable() throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        int code = run("show", "--db", notAFolder.resolve("db").toString(), SEED);
        assertThat(code).isEqualTo(ParleyCommand.STORE_UNAVAILABLE);
        assertThat(stderr()).startsWith("parley: cannot");
    }
}
