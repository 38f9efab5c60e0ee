package dev.parley.benchmarks;

/**
 * How big each row's workload is and how often it is repeated.
 *
 * @param name           {@code quick}, {@code full} or {@code tiny}
 * @param warmUps        untimed repetitions before the timed ones
 * @param repetitions    timed repetitions; the row shows their median
 * @param heavyRepetitions timed repetitions of the rows that import or start a JVM (import, rebuild, start-up),
 *                       after one warm-up
 * @param recordCount    developments per {@code record} loop
 * @param importCount    developments per imported file (import and rebuild rows)
 * @param validateCount  developments of the validated file
 * @param typedSmall     developments of the one type in the smaller file of each validate-per-type row
 * @param typedLarge     developments of the one type in the larger file of each validate-per-type row
 * @param asOfSmall      developments of the smaller as-of negotiation (the 10,000)
 * @param asOfLarge      developments of the larger as-of negotiation (the 100,000)
 * @param asOfQueries    timed as-of queries per negotiation, at most
 * @param asOfSeconds    time after which a negotiation's as-of queries stop early (at least 5 are always timed)
 * @param startupHistory developments in the big H2 store the start-up row opens
 * @param asOfHuge       developments of the one very large negotiation of the H2 and PostgreSQL as-of rows (cuts,
 *                       heap per development): larger than the default read-side cache of 200,000
 */
public record Scale(String name, int warmUps, int repetitions, int heavyRepetitions, int recordCount, int importCount, int validateCount,
                    int typedSmall, int typedLarge,
                    int asOfSmall, int asOfLarge, int asOfQueries, int asOfSeconds, int startupHistory,
                    int asOfHuge) {

    /**
     * @return the full run's scale: the sizes, five repetitions (three of the heavy rows); 30-40 minutes
     *         on 2 cores with PostgreSQL at the read side of 0.1, most of it in the start-up replays
     */
    public static Scale full() {
        return new Scale("full", 2, 5, 3, 10_000, 200_000, 200_000, 10_000, 200_000, 10_000, 100_000, 60, 60, 1_000_000,
                1_000_000);
    }

    /** @return {@code --quick}: three repetitions, smaller files, the start-up store at 100,000 (about 3 minutes) */
    public static Scale quick() {
        return new Scale("quick", 1, 3, 3, 2_000, 20_000, 50_000, 10_000, 100_000, 10_000, 100_000, 15, 10, 100_000,
                200_000);
    }

    /** @return a scale for tests of the runner itself: seconds, figures meaningless */
    public static Scale tiny() {
        return new Scale("tiny", 0, 1, 1, 40, 60, 60, 30, 90, 30, 90, 5, 5, 150, 120);
    }
}
