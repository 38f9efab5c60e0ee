package dev.parley.benchmarks;

import dev.parley.Parley;

import java.nio.file.Path;

/** The stores the benchmarks run on, by name: {@code memory}, {@code h2} or {@code postgresql}. */
final class BenchmarkStores {

    private BenchmarkStores() {
    }

    /**
     * @param store   memory, h2 (a file in {@code tempDir}) or postgresql ({@code PARLEY_PG_URL}, {@code _USER},
     *                {@code _PASSWORD} from the environment)
     * @param tempDir where an H2 file goes
     * @return the open store; {@code -Dparley.snapshotEvery=N} overrides the snapshot threshold
     */
    static Parley open(String store, Path tempDir) {
        Parley.Builder builder = Parley.builder();
        String snapshotEvery = System.getProperty("parley.snapshotEvery");
        if (snapshotEvery != null) {
            builder.snapshotEvery(Integer.parseInt(snapshotEvery));
        }
        return switch (store) {
            case "memory" -> builder.inMemory().build();
            case "h2" -> builder.h2(tempDir.resolve("bench")).build();
            case "postgresql" -> builder.jdbc(env("PARLEY_PG_URL"), env("PARLEY_PG_USER"), env("PARLEY_PG_PASSWORD"))
                    .build();
            default -> throw new IllegalArgumentException("store must be memory, h2 or postgresql, not " + store);
        };
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set");
        }
        return value;
    }
}
