package dev.parley.spring;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The test PostgreSQL from {@code parley.pg.url} / {@code PARLEY_PG_URL} (and user, password), set by
 * {@code .ci/run}; without it a test is skipped with the reason, except under {@code CI=true}, where it fails.
 * Each test gets a schema of its own, so its tables never meet another test's.
 *
 * @param url      the JDBC URL, with {@code currentSchema} set to the test's schema
 * @param user     the user
 * @param password the password
 */
record TestPostgres(String url, String user, String password) {

    /**
     * @param schema a schema, dropped and created empty
     * @return the database, its current schema set to {@code schema}
     */
    static TestPostgres require(String schema) {
        String url = setting("parley.pg.url", "PARLEY_PG_URL");
        String reason;
        if (url == null) {
            reason = "PostgreSQL tests need -Dparley.pg.url (or PARLEY_PG_URL); .ci/run sets it";
        } else {
            String user = setting("parley.pg.user", "PARLEY_PG_USER");
            String password = setting("parley.pg.password", "PARLEY_PG_PASSWORD");
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute("CREATE SCHEMA " + schema);
                noteUse();
                return new TestPostgres(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user,
                        password);
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

    /** Leaves a line per use in target/postgresql-tests.log, so CI can show that these tests really ran. */
    private static void noteUse() {
        StackTraceElement caller = java.util.Arrays.stream(Thread.currentThread().getStackTrace())
                .filter(e -> e.getClassName().endsWith("Test") || e.getClassName().contains("Test$"))
                .findFirst().orElse(Thread.currentThread().getStackTrace()[1]);
        try {
            Files.writeString(Path.of("target", "postgresql-tests.log"),
                    caller.getClassName() + "." + caller.getMethodName() + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
