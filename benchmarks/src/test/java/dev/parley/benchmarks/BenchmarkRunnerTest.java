package dev.parley.benchmarks;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        try (PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            rows = BenchmarkRunner.run(Scale.tiny(), null, printed, new PrintStream(new ByteArrayOutputStream()));
        }
        tableLines = Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n"))
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
            assertThat(rows).extracting(Row::name).satisfiesExactly(
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
    }
}
