package dev.parley.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * One line of the benchmark table: a figure, the limit it is compared with (measured in the same run, or an
 * absolute target), their ratio and the target the ratio must meet.
 *
 * @param name   what is measured, e.g. {@code H2 record}
 * @param figure the figure, formatted with its unit
 * @param limit  the limit, formatted with its unit and what it is
 * @param ratio  figure divided by limit (for throughput: higher is better; for times: lower is better)
 * @param target what the ratio must meet
 */
public record Row(String name, String figure, String limit, double ratio, Target target) {

    /** The table's header, in Markdown. */
    static final String HEADER = "| row | figure | limit (same run) | ratio | target | result |\n"
            + "|---|---|---|---|---|---|";

    /**
     * A bound on a ratio.
     *
     * @param atLeast true when the ratio must be at least {@code bound}, false when at most
     * @param bound   the bound
     */
    public record Target(boolean atLeast, double bound) {
        /**
         * @param bound the least acceptable ratio
         * @return a target met by ratios of at least {@code bound}
         */
        static Target atLeast(double bound) {
            return new Target(true, bound);
        }

        /**
         * @param bound the greatest acceptable ratio
         * @return a target met by ratios of at most {@code bound}
         */
        static Target atMost(double bound) {
            return new Target(false, bound);
        }

        /**
         * @param ratio a measured ratio
         * @return whether it meets this target
         */
        boolean metBy(double ratio) {
            return atLeast ? ratio >= bound : ratio <= bound;
        }

        @Override
        public String toString() {
            return (atLeast ? "≥ " : "≤ ") + String.format(Locale.ROOT, "%.2f", bound);
        }
    }

    /** @return whether the ratio meets the target */
    public boolean passed() {
        return !Double.isNaN(ratio) && target.metBy(ratio);
    }

    /** @return the row as a Markdown table line */
    public String toMarkdown() {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |", name, figure, limit, ratio(ratio), target,
                passed() ? "PASS" : "MISS");
    }

    /** @return two decimals, or two significant digits for a ratio too small to show in two decimals */
    private static String ratio(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio) || ratio == 0 || Math.abs(ratio) >= 0.01) {
            return String.format(Locale.ROOT, "%.2f", ratio);
        }
        return new BigDecimal(ratio).round(new MathContext(2)).toPlainString();
    }

    /**
     * @param perSecond a rate
     * @return it with thousands separators and {@code dev/s}
     */
    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f dev/s", perSecond);
    }

    /**
     * @param nanos a duration
     * @return it in microseconds
     */
    static String micros(double nanos) {
        return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }

    /**
     * @param nanos a duration
     * @return it in milliseconds
     */
    static String millis(double nanos) {
        double ms = nanos / 1e6;
        return String.format(Locale.ROOT, ms < 10 ? "%.2f ms" : "%,.0f ms", ms);
    }
}
