package dev.parley.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The progress bar")
class ProgressBarTest {
    static final long SECOND = 1_000_000_000L;

    final StringWriter text = new StringWriter();
    final long[] now = {0};

    ProgressBar bar(ProgressBar.Unit unit, String finishingStage) {
        return new ProgressBar(new PrintWriter(text), "import", unit, finishingStage, () -> now[0]);
    }

    @Test
    @DisplayName("shows a bar, the percentage, both amounts, the rate and the time left")
    void line() {
        assertThat(ProgressBar.line("import", 3 << 20, 10 << 20, ProgressBar.Unit.BYTES, 2 * SECOND))
                .isEqualTo("import  [#########.....................]  30%  3.0 MB of 10.0 MB  1.5 MB/s  ETA 0:05");
        assertThat(ProgressBar.line("export", 1_500, 6_000, ProgressBar.Unit.DEVELOPMENTS, 3 * SECOND))
                .isEqualTo("export  [#######.......................]  25%  1,500 developments of 6,000 developments  "
                        + "500 developments/s  ETA 0:09");
        assertThat(ProgressBar.line("import", 512, 2048, ProgressBar.Unit.BYTES, 0))
                .isEqualTo("import  [#######.......................]  25%  0.5 kB of 2.0 kB");
        assertThat(ProgressBar.line("import", 1 << 20, 4000L << 20, ProgressBar.Unit.BYTES, 1000 * SECOND))
                .endsWith("1.0 kB/s  ETA 1110:50:00");
    }

    @Test
    @DisplayName("shows the amount and rate when the total is unknown")
    void unknownTotal() {
        assertThat(ProgressBar.line("import", 2 << 20, -1, ProgressBar.Unit.BYTES, SECOND))
                .isEqualTo("import  2.0 MB  2.0 MB/s");
    }

    @Test
    @DisplayName("redraws in place at most ten times a second")
    void redraws() {
        ProgressBar bar = bar(ProgressBar.Unit.DEVELOPMENTS, null);
        now[0] = SECOND;
        bar.update(100, 4_000);
        now[0] += SECOND / 20;
        bar.update(200, 4_000);            // too soon: skipped
        now[0] = 2 * SECOND;
        bar.update(3_000, 4_000);

        assertThat(text.toString()).isEqualTo(
                "\rimport  [..............................]   2%  100 developments of 4,000 developments  "
                        + "100 developments/s  ETA 0:39"
                        + "\rimport  [######################........]  75%  3,000 developments of 4,000 developments  "
                        + "1,500 developments/s  ETA 0:01");
    }

    @Test
    @DisplayName("names the stage once everything is read, then ends with the time taken and the rate")
    void stages() {
        ProgressBar bar = bar(ProgressBar.Unit.BYTES, "committing");
        now[0] = SECOND;
        bar.update(5 << 20, 10 << 20);
        now[0] = 2 * SECOND;
        bar.update(10 << 20, 10 << 20);    // read to the end: the commit starts
        bar.update(10 << 20, 10 << 20);    // nothing new: not drawn again
        now[0] = 4 * SECOND;
        bar.done();
        bar.finish();                      // after done(): nothing more

        assertThat(text.toString()).isEqualTo(
                "\rimport  [###############...............]  50%  5.0 MB of 10.0 MB  5.0 MB/s  ETA 0:01"
                        + "\rimport  [##############################] 100%  10.0 MB of 10.0 MB  committing"
                        + " ".repeat(7)        // clears the end of the longer line before
                        + "\rimport  [##############################] 100%  10.0 MB in 4.0 s, 2.5 MB/s"
                        + " ".repeat(4) + System.lineSeparator());
    }

    @Test
    @DisplayName("ends its line without a summary when the work failed")
    void failure() {
        ProgressBar bar = bar(ProgressBar.Unit.BYTES, "committing");
        now[0] = SECOND;
        bar.update(1 << 20, 10 << 20);
        bar.finish();
        assertThat(text.toString()).isEqualTo(
                "\rimport  [###...........................]  10%  1.0 MB of 10.0 MB  1.0 MB/s  ETA 0:09"
                        + System.lineSeparator());
    }

    @Test
    @DisplayName("draws nothing and ends no line when never updated")
    void silentWhenUnused() {
        ProgressBar bar = bar(ProgressBar.Unit.BYTES, "committing");
        bar.done();
        bar.finish();
        assertThat(text.toString()).isEmpty();
    }
}
