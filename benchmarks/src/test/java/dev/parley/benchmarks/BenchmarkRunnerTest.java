package dev.parley.benchmarks;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the whole runner on tiny workloads: it checks the table's shape, never a timing. */
@DisplayName("The benchmark runner")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchmarkRunnerTest {
    private List<Row> rows;
    private List<String> tableLines;

    @BeforeAll
    void runOnTinyWorkloads() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rows = runTiny(null, out);
        tableLines = tableLines(out);
    }

    private static List<Row> runTiny(BenchmarkRunner.Postgres postgres, ByteArrayOutputStream out) throws Exception {
        try (PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            return BenchmarkRunner.run(Scale.tiny(), postgres, printed, new PrintStream(new ByteArrayOutputStream()));
        }
    }

    private static List<String> tableLines(ByteArrayOutputStream out) {
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(line -> line.startsWith("| ") && !line.startsWith("| row ")).toList();
    }

    @Nested
    @DisplayName("without PostgreSQL")
    class WithoutPostgres {

        @Test
        @DisplayName("prints one table line per row, every row of memory and H2 present once")
        void oneLinePerRow() {
            assertThat(tableLines).hasSize(rows.size());
            assertThat(rows).extracting(Row::name).doesNotHaveDuplicates();
            List<String> typed = rows.stream().map(Row::name)
                    .filter(name -> name.startsWith("validate per development, ")).toList();
            assertThat(typed).as("one validate-per-type row for every type a file can hold many of")
                    .hasSize(TypedTimeline.types().size())
                    .allSatisfy(name -> assertThat(TypedTimeline.types()).contains(name.substring(
                            name.lastIndexOf(' ') + 1)));
            assertThat(rows).extracting(Row::name).filteredOn(name -> !typed.contains(name)).satisfiesExactly(
                    name -> assertThat(name).isEqualTo("memory record"),
                    name -> assertThat(name).isEqualTo("H2 record"),
                    name -> assertThat(name).startsWith("H2 import of"),
                    name -> assertThat(name).startsWith("TimelineFiles.validate of"),
                    name -> assertThat(name).startsWith("H2 rebuild + first state"),
                    name -> assertThat(name).startsWith("memory as-of p50 on"),
                    name -> assertThat(name).startsWith("memory as-of p99 on"),
                    name -> assertThat(name).startsWith("memory as-of p50 on").contains(" / on "),
                    name -> assertThat(name).startsWith("H2 as-of p50 on"),
                    name -> assertThat(name).startsWith("H2 as-of p99 on"),
                    name -> assertThat(name).startsWith("H2 as-of p50 on").contains(" / on "),
                    name -> assertThat(name).startsWith("H2 as-of first cut after opening, on"),
                    name -> assertThat(name).startsWith("H2 as-of p50 on 120 / on 90"),
                    name -> assertThat(name).startsWith("H2 heap per development, one negotiation of"),
                    name -> assertThat(name).startsWith("H2 start-up + state(seed)"),
                    name -> assertThat(name).startsWith("H2 heap after start-up"));
        }

        @Test
        @DisplayName("gives every line a positive numeric ratio, a target and PASS or MISS")
        void numericRatios() {
            assertThat(tableLines).allSatisfy(line -> {
                String[] cells = line.split("\\|");
                assertThat(cells).as(line).hasSize(7);
                assertThat(Double.parseDouble(cells[4].strip())).as(line).isPositive().isFinite();
                assertThat(cells[5].strip()).as(line).matches("[≥≤] \\d+\\.\\d\\d");
                assertThat(cells[6].strip()).as(line).isIn("PASS", "MISS");
            });
        }
    }

    @Nested
    @DisplayName("with PostgreSQL")
    class WithPostgres {

        @Test
        @DisplayName("adds the record, import, rebuild and as-of rows of PostgreSQL, each once with a numeric ratio")
        void postgresRows() throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<Row> all = runTiny(requirePostgres(), out);
            List<String> lines = tableLines(out);
            assertThat(lines).hasSize(all.size()).hasSize(rows.size() + 9);
            assertThat(all).extracting(Row::name).doesNotHaveDuplicates()
                    .filteredOn(name -> name.startsWith("PostgreSQL ")).satisfiesExactly(
                            name -> assertThat(name).isEqualTo("PostgreSQL record"),
                            name -> assertThat(name).startsWith("PostgreSQL import of"),
                            name -> assertThat(name).startsWith("PostgreSQL rebuild + first state"),
                            name -> assertThat(name).startsWith("PostgreSQL as-of p50 on"),
                            name -> assertThat(name).startsWith("PostgreSQL as-of p99 on"),
                            name -> assertThat(name).contains(" / on "),
                            name -> assertThat(name).startsWith("PostgreSQL as-of first cut after opening"),
                            name -> assertThat(name).startsWith("PostgreSQL as-of p50 on 120 / on 90"),
                            name -> assertThat(name).startsWith("PostgreSQL heap per development"));
            assertThat(lines).allSatisfy(line ->
                    assertThat(Double.parseDouble(line.split("\\|")[4].strip())).as(line).isPositive());
        }

        /** The CI PostgreSQL; skipped with the reason when there is none, failed under {@code CI=true}. */
        private static BenchmarkRunner.Postgres requirePostgres() {
            String url = setting("parley.pg.url", "PARLEY_PG_URL");
            String reason;
            if (url == null) {
                reason = "PostgreSQL tests need -Dparley.pg.url (or PARLEY_PG_URL); .ci/run sets it";
            } else {
                String user = setting("parley.pg.user", "PARLEY_PG_USER");
                String password = setting("parley.pg.password", "PARLEY_PG_PASSWORD");
                try (Connection ignored = DriverManager.getConnection(url, user, password)) {
                    return new BenchmarkRunner.Postgres(url, user, password);
                } catch (SQLException e) {
                    reason = "PostgreSQL at " + url + " is not reachable: " + e.getMessage();
                }
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true but " + reason);
            }
            Assumptions.abort("SKIPPED: " + reason);
            throw new AssertionError("unreachable");
        }

        private static String setting(String property, String env) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                value = System.getenv(env);
            }
            return value == null || value.isBlank() ? null : value;
        }
    }

    @Nested
    @DisplayName("a row")
    class ARow {

        @Test
        @DisplayName("passes a throughput target at or above its bound and misses below it")
        void atLeast() {
            Row.Target target = Row.Target.atLeast(0.5);
            assertThat(new Row("r", "f", "l", 0.5, target).passed()).isTrue();
            assertThat(new Row("r", "f", "l", 0.49, target).passed()).isFalse();
        }

        @Test
        @DisplayName("passes a time target at or below its bound and misses above it")
        void atMost() {
            Row.Target target = Row.Target.atMost(2.0);
            assertThat(new Row("r", "f", "l", 2.0, target).toMarkdown()).endsWith("| 2.00 | ≤ 2.00 | PASS |");
            assertThat(new Row("r", "f", "l", 2.01, target).toMarkdown()).endsWith("| 2.01 | ≤ 2.00 | MISS |");
        }

        @Test
        @DisplayName("shows a ratio below 0.01 with two significant digits, never as 0.00")
        void smallRatio() {
            assertThat(new Row("r", "f", "l", 0.002849, Row.Target.atLeast(0.5)).toMarkdown())
                    .endsWith("| 0.0028 | ≥ 0.50 | MISS |");
        }

        @Test
        @DisplayName("of a failed section is a MISS whatever its target")
        void failed() {
            assertThat(new Row("H2 start-up", "failed: timeout", "—", Double.NaN, Row.Target.atLeast(0)).toMarkdown())
                    .isEqualTo("| H2 start-up | failed: timeout | — | NaN | ≥ 0.00 | MISS |");
        }
    }
}
