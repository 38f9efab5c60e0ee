package dev.parley.benchmarks;

import dev.parley.Parley;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the benchmarks store: Parley stores and, side by side, raw JDBC connections to the same kind of database
 * for the limits. Every store and scratch table has a name, so that rows never share data.
 */
abstract class Database implements AutoCloseable {

    /** @return {@code H2} or {@code PostgreSQL}, for row names */
    abstract String label();

    /**
     * @param name a lowercase name unique within the run
     * @return a Parley store of that name (a fresh one the first time)
     */
    abstract Parley open(String name);

    /**
     * @param name the name of a scratch table set, unique within the run
     * @return a raw connection (auto-commit off) to a database holding the scratch table {@link #rawTable}
     * @throws SQLException when the database cannot be reached
     */
    abstract Connection raw(String name) throws SQLException;

    /**
     * @param name the name given to {@link #raw}
     * @return the scratch table's qualified name
     */
    abstract String rawTable(String name);

    /** @return the SQL type of a binary payload column */
    abstract String binaryType();

    @Override
    public abstract void close();

    /** Embedded H2 files in a temporary directory, deleted on close. */
    static final class H2 extends Database {
        /**
         * The settings Parley's own H2 store uses (durable commits: no write delay), so the raw limit pays for the
         * same durability. Written out here rather than read from the engine, which is not API.
         */
        private static final String SETTINGS = ";DB_CLOSE_DELAY=0;WRITE_DELAY=0";
        private final Path dir;

        H2(Path dir) {
            this.dir = dir;
        }

        /** @return the file of the store named {@code name} (without H2's suffix) */
        Path file(String name) {
            return dir.resolve(name);
        }

        @Override
        String label() {
            return "H2";
        }

        @Override
        Parley open(String name) {
            return Parley.h2(file(name));
        }

        @Override
        Connection raw(String name) throws SQLException {
            Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("raw-" + name)
                    + SETTINGS, "sa", "");
            connection.setAutoCommit(false);
            return connection;
        }

        @Override
        String rawTable(String name) {
            return "raw_events";
        }

        @Override
        String binaryType() {
            return "VARBINARY";
        }

        @Override
        public void close() {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.err.println("could not delete " + dir + ": " + e.getMessage());
            }
        }
    }

    /** A PostgreSQL database: everything of the run goes into one schema, dropped on close. */
    static final class Postgres extends Database {
        private final String url;
        private final String user;
        private final String password;
        private final String schema;

        Postgres(String url, String user, String password) {
            this.url = url;
            this.user = user;
            this.password = password;
            this.schema = "parley_bench_" + Long.toString(System.currentTimeMillis(), 36);
        }

        @Override
        String label() {
            return "PostgreSQL";
        }

        @Override
        Parley open(String name) {
            return Parley.builder().jdbc(url, user, password).tablePrefix(schema + "." + name + "_").build();
        }

        @Override
        Connection raw(String name) throws SQLException {
            Connection connection = DriverManager.getConnection(url, user, password);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            }
            connection.setAutoCommit(false);
            return connection;
        }

        @Override
        String rawTable(String name) {
            return schema + "." + name + "_raw";
        }

        @Override
        String binaryType() {
            return "BYTEA";
        }

        @Override
        public void close() {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                System.err.println("could not drop schema " + schema + ": " + e.getMessage());
            }
        }
    }
}
