package dev.parley.cli;

import dev.parley.timeline.Progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr, redrawn in place ({@code \r}, padded so a shorter line leaves nothing of a
 * longer one behind) at most ten times a second, with the rate and the time left. Once everything is read but the
 * work has not returned (an import commits its transaction), it names that stage instead of sitting at 100 %;
 * {@link #done()} replaces it with the elapsed time and the average rate. Only for terminals: redirected stderr
 * gets no bar (see {@link OutputOptions}).
 */
final class ProgressBar implements Progress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final double NANOS_PER_SECOND = 1e9;

    private final PrintWriter err;
    private final String label;
    private final Unit unit;
    private final String finishingStage;
    private final LongSupplier clock;
    private final long started;
    private long lastDrawn;
    private long lastDone = -1;
    private long lastTotal = -1;
    private int drawnLength = -1;
    private boolean ended;

    /** How the figures are shown. */
    enum Unit { BYTES, DEVELOPMENTS }

    /**
     * @param err            stderr, unfiltered: the bar draws with {@code \r}
     * @param label          what the bar says it does, e.g. {@code import}
     * @param unit           what the figures count
     * @param finishingStage what happens once everything is read, e.g. {@code committing}; null for nothing
     * @param nanoClock      the clock, {@code System::nanoTime} but for tests
     */
    ProgressBar(PrintWriter err, String label, Unit unit, String finishingStage, LongSupplier nanoClock) {
        this.err = err;
        this.label = label;
        this.unit = unit;
        this.finishingStage = finishingStage;
        this.clock = nanoClock;
        this.started = nanoClock.getAsLong();
    }

    @Override
    public void update(long done, long total) {
        long now = clock.getAsLong();
        boolean complete = total >= 0 && done >= total;
        if (ended || done == lastDone || (!complete && drawnLength >= 0 && now - lastDrawn < REDRAW_NANOS)) {
            return;
        }
        lastDrawn = now;
        lastDone = done;
        lastTotal = total;
        draw(complete ? finishing(total) : line(label, done, total, unit, now - started));
    }

    /** Draws the summary of the finished work (when a bar was drawn at all) and ends the line. */
    void done() {
        if (drawnLength >= 0 && !ended) {
            draw(summary(label, Math.max(lastDone, lastTotal), unit, clock.getAsLong() - started));
        }
        finish();
    }

    /** Ends the bar's line, if one was drawn; a failure's message then starts on a line of its own. */
    void finish() {
        if (drawnLength >= 0 && !ended) {
            err.println();
            err.flush();
        }
        ended = true;
    }

    private String finishing(long total) {
        String bar = bar(total, total, unit);
        return finishingStage == null ? label + "  " + bar : label + "  " + bar + "  " + finishingStage;
    }

    private void draw(String text) {
        String padding = " ".repeat(Math.max(0, drawnLength - text.length()));
        err.print("\r" + text + padding);
        err.flush();
        drawnLength = text.length();
    }

    /**
     * @param elapsedNanos time since the work started
     * @return the bar's text while the work runs, e.g.
     *         {@code import  [#########.....................]  30%  3.0 MB of 10.0 MB  1.5 MB/s  ETA 0:05}
     */
    static String line(String label, long done, long total, Unit unit, long elapsedNanos) {
        double seconds = elapsedNanos / NANOS_PER_SECOND;
        double rate = seconds > 0 ? done / seconds : 0;
        if (total <= 0) {
            return label + "  " + amount(done, unit) + (rate > 0 ? "  " + rate(rate, unit) : "");
        }
        String text = label + "  " + bar(done, total, unit);
        if (rate > 0) {
            text += "  " + rate(rate, unit) + "  ETA " + clock(Math.max(0, total - done) / rate);
        }
        return text;
    }

    /** @return the line left when the work is done, e.g. {@code import  [###...] 100%  10.0 MB in 6.2 s, 1.6 MB/s} */
    static String summary(String label, long total, Unit unit, long elapsedNanos) {
        double seconds = elapsedNanos / NANOS_PER_SECOND;
        String bar = "[" + "#".repeat(WIDTH) + "] 100%  " + amount(total, unit);
        return label + "  " + bar + " in " + (seconds < 60 ? String.format(Locale.ROOT, "%.1f s", seconds)
                : clock(seconds)) + (seconds > 0 ? ", " + rate(total / seconds, unit) : "");
    }

    private static String bar(long done, long total, Unit unit) {
        long clamped = Math.min(done, total);
        int filled = (int) (WIDTH * clamped / total);
        return String.format(Locale.ROOT, "[%s%s] %3d%%  %s of %s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                100 * clamped / total, amount(clamped, unit), amount(total, unit));
    }

    private static String amount(long value, Unit unit) {
        if (unit == Unit.DEVELOPMENTS) {
            return String.format(Locale.ROOT, "%,d developments", value);
        }
        return value < 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f kB", value / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", value / (1024.0 * 1024));
    }

    private static String rate(double perSecond, Unit unit) {
        if (unit == Unit.DEVELOPMENTS) {
            return String.format(Locale.ROOT, "%,d developments/s", Math.round(perSecond));
        }
        return perSecond < 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f kB/s", perSecond / 1024)
                : String.format(Locale.ROOT, "%.1f MB/s", perSecond / (1024 * 1024));
    }

    /** @return {@code m:ss}, or {@code h:mm:ss} from an hour on */
    private static String clock(double seconds) {
        long s = (long) Math.ceil(seconds);
        return s < 3600 ? String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
