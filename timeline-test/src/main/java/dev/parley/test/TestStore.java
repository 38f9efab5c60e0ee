package dev.parley.test;

import dev.parley.Parley;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;

/**
 * The stores {@link ParleyStoresTest} runs a test on. PostgreSQL is configured by the system properties
 * {@code parley.pg.url}, {@code parley.pg.user} and {@code parley.pg.password} or the environment variables
 * {@code PARLEY_PG_URL}, {@code PARLEY_PG_USER} and {@code PARLEY_PG_PASSWORD}; when it is not configured or not
 * reachable, its run is skipped with the reason, except under {@code CI=true}, where it fails. Each run gets a
 * fresh, empty store (on PostgreSQL, Parley's tables are dropped first: use a database reserved for tests).
 */
public enum TestStore {
    /** {@code Parley.inMemory()}. */
    MEMORY,
    /** An H2 file in a temporary folder. */
    H2,
    /** The configured PostgreSQL database. */
    POSTGRESQL;

    /**
     * @param clock the store's clock
     * @return a fresh, empty store of this kind
     */
    public Parley open(Clock clock) {
        Parley.Builder builder = Parley.builder().clock(clock);
        return switch (this) {
            case MEMORY -> builder.inMemory().build();
            case H2 -> {
                try {
                    Path folder = Files.createTempDirectory("parley-test");
                    folder.toFile().deleteOnExit();
                    yield builder.h2(folder.resolve("parley")).build();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case POSTGRESQL -> {
                String[] pg = postgres();
                wipe(pg);
                yield builder.jdbc(pg[0], pg[1], pg[2]).build();
            }
        };
    }

    /**
     * Skips the running test with the reason when this store cannot be used here (PostgreSQL not configured or not
     * reachable), or fails it under {@code CI=true}. Memory and H2 are always available.
     */
    public void requireAvailable() {
        if (this == POSTGRESQL) {
            postgres();
        }
    }

    /** @return url, user and password, or aborts (fails under CI=true) with the reason */
    private static String[] postgres() {
        String url = setting("parley.pg.url", "PARLEY_PG_URL");
        String reason;
        if (url == null) {
            reason = "PostgreSQL is not configured (set parley.pg.url or PARLEY_PG_URL)";
        } else {
            String[] pg = {url, setting("parley.pg.user", "PARLEY_PG_USER"),
                    setting("parley.pg.password", "PARLEY_PG_PASSWORD")};
            try (Connection ignored = DriverManager.getConnection(pg[0], pg[1], pg[2])) {
                return pg;
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

    private static void wipe(String[] pg) {
        try (Connection c = DriverManager.getConnection(pg[0], pg[1], pg[2]);
             java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS parley_domain_event_entry");
            s.execute("DROP TABLE IF EXISTS parley_snapshot_event_entry");
            s.execute("DROP TABLE IF EXISTS parley_read_side");
            s.execute("DROP TABLE IF EXISTS domainevententry");
            s.execute("DROP TABLE IF EXISTS snapshotevententry");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the PostgreSQL test database", e);
        }
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
