package dev.parley.core;

import dev.parley.Parley;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The stores every contract test runs on. PostgreSQL comes from the system properties {@code parley.pg.url},
 * {@code parley.pg.user} and {@code parley.pg.password} (set by {@code .ci/run}); without them the PostgreSQL
 * variant is skipped with the reason, except under {@code CI=true}, where it fails.
 */
public enum TestStores {
    MEMORY, H2, POSTGRESQL;

    /** Opens a fresh, empty store of this kind. */
    public Parley open(Path tempDir) {
        return switch (this) {
            case MEMORY -> Parley.inMemory();
            case H2 -> Parley.h2(tempDir.resolve("parley"));
            case POSTGRESQL -> {
                Postgres pg = Postgres.require();
                pg.wipe();
                yield Parley.jdbc(pg.url, pg.user, pg.password);
            }
        };
    }

    /** Reopens the same store after close (persistent stores only). */
    public Parley reopen(Path tempDir) {
        return switch (this) {
            case MEMORY -> throw new IllegalStateException("memory does not survive close");
            case H2 -> Parley.h2(tempDir.resolve("parley"));
            case POSTGRESQL -> {
                Postgres pg = Postgres.require();
                yield Parley.jdbc(pg.url, pg.user, pg.password);
            }
        };
    }

    /** Connection settings of the test PostgreSQL database. */
    public record Postgres(String url, String user, String password) {

        /** @return the configured database, or aborts (locally) / fails (CI) with the reason */
        public static Postgres require() {
            String url = setting("parley.pg.url", "PARLEY_PG_URL");
            String reason;
            if (url == null) {
                reason = "PostgreSQL tests need -Dparley.pg.url (or PARLEY_PG_URL); .ci/run sets it";
            } else {
                Postgres pg = new Postgres(url, setting("parley.pg.user", "PARLEY_PG_USER"),
                        setting("parley.pg.password", "PARLEY_PG_PASSWORD"));
                try (Connection ignored = DriverManager.getConnection(pg.url, pg.user, pg.password)) {
                    noteUse();
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

        /** Drops Parley's tables so each test starts empty. */
        public void wipe() {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS domainevententry");
                s.execute("DROP TABLE IF EXISTS snapshotevententry");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reset the PostgreSQL test database", e);
            }
        }

        /** Leaves a line per use in target/postgresql-tests.log, so CI can show that these tests really ran. */
        private static void noteUse() {
            StackTraceElement caller = java.util.Arrays.stream(Thread.currentThread().getStackTrace())
                    .filter(e -> e.getClassName().endsWith("Test") && !e.getClassName().contains("TestStores"))
                    .findFirst().orElse(Thread.currentThread().getStackTrace()[1]);
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of("target", "postgresql-tests.log"),
                        caller.getClassName() + "." + caller.getMethodName() + System.lineSeparator(),
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
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
}
