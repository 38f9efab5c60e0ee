package dev.parley.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The progress bar")
class ProgressBarTest {

    @Test
    @DisplayName("shows a bar, a percentage and both amounts")
    void line() {
        assertThat(ProgressBar.line("import", 3 << 20, 10 << 20, ProgressBar.Unit.BYTES))
                .isEqualTo("import  [#########.....................]  30%  3.0 MB of 10.0 MB");
        assertThat(ProgressBar.line("export", 1_500, 6_000, ProgressBar.Unit.DEVELOPMENTS))
                .isEqualTo("export  [#######.......................]  25%  1,500 developments of 6,000 developments");
        assertThat(ProgressBar.line("import", 512, 2048, ProgressBar.Unit.BYTES))
                .isEqualTo("import  [#######.......................]  25%  0.5 kB of 2.0 kB");
    }

    @Test
    @DisplayName("shows only the amount when the total is unknown")
    void unknownTotal() {
        assertThat(ProgressBar.line("import", 2 << 20, -1, ProgressBar.Unit.BYTES)).isEqualTo("import  2.0 MB");
    }

    @Test
    @DisplayName("redraws in place at most ten times a second, always draws completion, and ends its line")
    void throttles() {
        StringWriter text = new StringWriter();
        long[] now = {0};
        ProgressBar bar = new ProgressBar(new PrintWriter(text), "import", ProgressBar.Unit.DEVELOPMENTS,
                () -> now[0]);

        bar.update(1, 4);
        now[0] += 50_000_000L;
        bar.update(2, 4);            // too soon: skipped
        now[0] += 60_000_000L;
        bar.update(3, 4);
        bar.update(4, 4);            // complete: drawn at once
        bar.update(4, 4);            // nothing new: not drawn again
        bar.finish();

        assertThat(text.toString().split("\r", -1)).hasSize(4);
        assertThat(text.toString()).doesNotContain(" 50%").contains(" 25%").contains(" 75%")
                .endsWith("100%  4 developments of 4 developments" + System.lineSeparator());
    }

    @Test
    @DisplayName("draws nothing and ends no line when never updated")
    void silentWhenUnused() {
        StringWriter text = new StringWriter();
        new ProgressBar(new PrintWriter(text), "import", ProgressBar.Unit.BYTES, () -> 0).finish();
        assertThat(text.toString()).isEmpty();
    }
}
