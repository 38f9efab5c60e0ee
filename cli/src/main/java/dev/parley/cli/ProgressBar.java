package dev.parley.cli;

import dev.parley.timeline.Progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar redrawn in place on stderr ({@code \r}), at most ten times a second, ended with a
 * newline by {@link #finish()}. Only for terminals: redirected stderr gets no bar (see {@link OutputOptions}).
 */
final class ProgressBar implements Progress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final String label;
    private final Unit unit;
    private final LongSupplier clock;
    private long lastDrawn = Long.MIN_VALUE;
    private long lastDone = -1;
    private boolean drawn;

    /** How the figures are shown. */
    enum Unit { BYTES, DEVELOPMENTS }

    ProgressBar(PrintWriter err, String label, Unit unit, LongSupplier nanoClock) {
        this.err = err;
        this.label = label;
        this.unit = unit;
        this.clock = nanoClock;
    }

    @Override
    public void update(long done, long total) {
        long now = clock.getAsLong();
        boolean complete = total >= 0 && done >= total;
        if (done == lastDone || (!complete && drawn && now - lastDrawn < REDRAW_NANOS)) {
            return;
        }
        lastDrawn = now;
        lastDone = done;
        drawn = true;
        err.print("\r" + line(label, done, total, unit));
        err.flush();
    }

    /** Ends the bar's line, if one was drawn. */
    void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }

    /**
     * @return the bar's text, e.g. {@code import  [#########.....................]  30%  3.0 MB of 10.0 MB}
     */
    static String line(String label, long done, long total, Unit unit) {
        if (total <= 0) {
            return String.format(Locale.ROOT, "%s  %s", label, amount(done, unit));
        }
        long clamped = Math.min(done, total);
        int filled = (int) (WIDTH * clamped / total);
        return String.format(Locale.ROOT, "%s  [%s%s] %3d%%  %s of %s", label, "#".repeat(filled),
                ".".repeat(WIDTH - filled), 100 * clamped / total, amount(clamped, unit), amount(total, unit));
    }

    private static String amount(long value, Unit unit) {
        if (unit == Unit.DEVELOPMENTS) {
            return String.format(Locale.ROOT, "%,d developments", value);
        }
        return value < 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f kB", value / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", value / (1024.0 * 1024));
    }
}
