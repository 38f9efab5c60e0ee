package dev.parley.core;

import dev.parley.model.NegotiationProjection;

import dev.parley.Parley;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
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

    /** "Today" for every test store: deadlines in the current state are judged against this day. */
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    /** Opens a fresh, empty store of this kind. */
    public Parley open(Path tempDir) {
        return open(tempDir, UnaryOperator.identity());
    }

    /** Opens a fresh, empty store of this kind with options of the test's own. */
    public Parley open(Path tempDir, UnaryOperator<Parley.Builder> options) {
        if (this == POSTGRESQL) {
            Postgres.require().wipe();
        }
        return reopen(tempDir, options);
    }

    /** Opens the store again (for memory: a new empty one). */
    public Parley reopen(Path tempDir) {
        return reopen(tempDir, UnaryOperator.identity());
    }

    private Parley reopen(Path tempDir, UnaryOperator<Parley.Builder> options) {
        Parley.Builder builder = options.apply(Parley.builder().clock(
                Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)));
        return switch (this) {
            case MEMORY -> builder.inMemory().build();
            case H2 -> builder.h2(tempDir.resolve("parley")).build();
            case POSTGRESQL -> {
                Postgres pg = Postgres.require();
                yield builder.jdbc(pg.url, pg.user, pg.password).build();
            }
        };
    }

    /** @return the state {@code Parley.state(id)} must equal: a replay of the stored history today */
    public static dev.parley.timeline.state.NegotiationState replayed(Parley parley, String negotiationId) {
        return NegotiationProjection.replay(negotiationId, parley.developments(negotiationId),
                dev.parley.timeline.AsOf.now(), TODAY);
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
                s.execute("DROP TABLE IF EXISTS parley_domain_event_entry");
                s.execute("DROP TABLE IF EXISTS parley_snapshot_event_entry");
                s.execute("DROP TABLE IF EXISTS parley_read_side");
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
