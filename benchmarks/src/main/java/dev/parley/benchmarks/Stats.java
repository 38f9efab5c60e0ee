package dev.parley.benchmarks;

import java.util.Arrays;

/** Medians and percentiles of repeated measurements. */
final class Stats {

    private Stats() {
    }

    /**
     * @param values measurements (at least one)
     * @return their median (the mean of the middle two for an even count)
     */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * Nearest-rank percentile: with few samples p99 is the largest.
     *
     * @param values  measurements (at least one)
     * @param percent e.g. 99
     * @return the smallest value with at least {@code percent}% of the values at or below it
     */
    static double percentile(double[] values, double percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
