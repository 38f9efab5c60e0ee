package dev.parley.cli;

import dev.parley.test.TestStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Exit codes and messages")
class ExitCodesTest extends CommandLineTest {

    @Test
    @DisplayName("--version prints the project version")
    void version() {
        assertThat(run("--version")).isZero();
        assertThat(stdout()).isEqualTo(lines("parley " + System.getProperty("parley.expected.version")));
        assertThat(System.getProperty("parley.expected.version")).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    @DisplayName("a date that is not one is one line and a hint, exit 2, no stack text and no usage")
    void badDate() {
        assertThat(run("show", "--in-memory", "--as-of", "2025-13-01", SEED)).isEqualTo(ParleyCommand.USAGE);
        assertThat(stderr()).isEqualTo(lines("parley: --as-of: '2025-13-01' is not a date (yyyy-MM-dd)",
                "Try 'parley show --help'"));
        assertThat(run("diff", "--in-memory", "--from", "June", "--to", "2025-06-01", SEED))
                .isEqualTo(ParleyCommand.USAGE);
        assertThat(stderr()).isEqualTo(lines("parley: --from: 'June' is not a date (yyyy-MM-dd)",
                "Try 'parley diff --help'"));
    }

    @Test
    @DisplayName("the help lists every exit code and the environment")
    void help() {
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains(lines(
                "Exit codes:",
                "  0    ok",
                "  1    input rejected (bad file or a rule broken)",
                "  2    usage error",
                "  3    store unavailable",
                "  70   internal error (a bug in parley; please report it)",
                "  74   a file could not be read or written",
                "  75   out of memory (run again with a larger -Xmx)",
                "",
                "Environment:",
                "  PARLEY_PG_PASSWORD  the database password for --jdbc-url",
                "  JAVA_OPTS           JVM options for the ./parley launcher, e.g. -Xmx2g"));
    }

    @Nested
    @DisplayName("a bug")
    class Bug {
        @Test
        @DisplayName("is reported as a bug, exit 70, distinct from a store that is unavailable (3)")
        void internalError() {
            StringWriter err = new StringWriter();
            CommandLine command = new CommandLine(new ParleyCommand()).setErr(new PrintWriter(err, true));
            int code = ParleyCommand.failed(new IllegalStateException("the fold lost a round\u001b[2J"), command, null);
            assertThat(code).isEqualTo(ParleyCommand.INTERNAL_ERROR).isNotEqualTo(ParleyCommand.STORE_UNAVAILABLE);
            assertThat(err.toString()).isEqualTo(lines(
                    "parley: internal error: java.lang.IllegalStateException: the fold lost a round\\u001b[2J",
                    "parley: this is a bug in parley " + System.getProperty("parley.expected.version")
                            + "; please report it with the command that caused it (JAVA_OPTS=-Dparley.debug=true "
                            + "adds the stack trace)"));
        }
    }

    @Nested
    @DisplayName("running out of memory")
    class OutOfMemory {
        @Test
        @DisplayName("is one sentence with the heap limit and a larger -Xmx")
        void sentence() {
            assertThat(ParleyCommand.outOfMemory(24L << 20)).isEqualTo("out of memory with a heap of 24 MB; run it "
                    + "again with more, e.g. JAVA_OPTS=-Xmx64m ./parley ...");
            assertThat(ParleyCommand.outOfMemory(1L << 30)).isEqualTo("out of memory with a heap of 1.0 GB; run it "
                    + "again with more, e.g. JAVA_OPTS=-Xmx2g ./parley ...");
        }

        @Test
        @DisplayName("of a real validate in a small heap: exit 75, that sentence, no stack trace")
        void validateInSmallHeap() throws Exception {
            Path big = dir.resolve("big.json");
            String quote = "x".repeat(900_000);
            try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
                out.write("{\"format\": \"parley/1\", \"negotiationId\": \"big\", \"developments\": [\n"
                        + "{\"type\": \"negotiation-opened\", \"id\": \"opened\", \"occurred\": \"2025\", \"title\": \"T\"}");
                for (int i = 0; i < 80; i++) {
                    out.write(",\n{\"type\": \"statement-made\", \"id\": \"s" + i + "\", \"occurred\": \"2025\", "
                            + "\"speaker\": {\"name\": \"A\"}, \"quote\": \"" + quote + i + "\"}");
                }
                out.write("]}");
            }
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(java.toString(), "-Xmx48m", "-cp",
                    System.getProperty("java.class.path"), ParleyCommand.class.getName(), "validate", big.toString())
                    .redirectErrorStream(true).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(output).isEqualTo(ParleyCommand.OUT_OF_MEMORY);
            assertThat(output).matches("parley: out of memory with a heap of \\d+ MB; run it again with more, e\\.g\\. "
                    + "JAVA_OPTS=-Xmx\\d+m \\./parley \\.\\.\\.\\R");
        }
    }

    @Nested
    @DisplayName("the database password")
    class Password {
        StoreOptions parse(String... args) {
            ShowCommand show = new ShowCommand();
            new CommandLine(show).parseArgs(args);
            return show.store;
        }

        @Test
        @DisplayName("comes from --password-file (its first line), else PARLEY_PG_PASSWORD")
        void sources() throws Exception {
            Path secret = file("secret", "s3cret\nignored\n");
            assertThat(parse("--jdbc-url", "jdbc:x", "--password-file", secret.toString(), "f").password())
                    .isEqualTo("s3cret");
            StoreOptions.environment = name -> name.equals("PARLEY_PG_PASSWORD") ? "from-env" : null;
            try {
                assertThat(parse("--jdbc-url", "jdbc:x", "f").password()).isEqualTo("from-env");
                assertThat(parse("--jdbc-url", "jdbc:x", "--password", "typed", "f").password()).isEqualTo("typed");
            } finally {
                StoreOptions.environment = System::getenv;
            }
        }

        @Test
        @DisplayName("from PARLEY_PG_PASSWORD opens PostgreSQL; without it the login fails (exit 3)")
        void fromEnvironmentOnPostgres() {
            TestStore.POSTGRESQL.requireAvailable();
            String url = setting("parley.pg.url", "PARLEY_PG_URL");
            String user = setting("parley.pg.user", "PARLEY_PG_USER");
            String password = setting("parley.pg.password", "PARLEY_PG_PASSWORD");
            try {
                StoreOptions.environment = name -> name.equals("PARLEY_PG_PASSWORD") ? password : null;
                assertThat(run("timeline", "--jdbc-url", url, "--user", user, "--type", "round-held", SEED))
                        .as(stderr()).isZero();
                assertThat(stdout()).endsWith("[round-2]" + NL);
                StoreOptions.environment = name -> null;
                assertThat(run("timeline", "--jdbc-url", url, "--user", user, SEED))
                        .isEqualTo(ParleyCommand.STORE_UNAVAILABLE);
            } finally {
                StoreOptions.environment = System::getenv;
            }
        }

        private static String setting(String property, String variable) {
            String value = System.getProperty(property);
            return value == null || value.isBlank() ? System.getenv(variable) : value;
        }

        @Test
        @DisplayName("given twice, or from a file that is missing, is a usage error")
        void conflicts() {
            assertThat(run("show", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/x", "--password", "a",
                    "--password-file", "f", SEED)).isEqualTo(ParleyCommand.USAGE);
            assertThat(stderr()).startsWith("parley: --password and --password-file: give one of them");
            Path missing = dir.resolve("missing");
            assertThat(run("show", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/x", "--password-file",
                    missing.toString(), SEED)).isEqualTo(ParleyCommand.USAGE);
            assertThat(stderr()).isEqualTo(lines("parley: --password-file: " + missing + ": no such file or directory",
                    "Try 'parley show --help'"));
        }

        @Test
        @DisplayName("on the command line is discouraged in the help: ps shows it")
        void discouraged() {
            assertThat(run("show", "--help")).isZero();
            assertThat(stdout().replaceAll("\\s+", " "))
                    .contains("--password=PASSWORD database password, with --jdbc-url. Discouraged: a password on the "
                            + "command line is visible to other users in ps and kept in the shell history; set "
                            + "PARLEY_PG_PASSWORD or use --password-file instead")
                    .contains("--password-file=FILE read the database password from the first line of FILE");
        }
    }
}
