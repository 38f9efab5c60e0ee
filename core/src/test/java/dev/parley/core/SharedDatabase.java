package dev.parley.core;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.SortedSet;

/**
 * One database that Parley and someone else (an Axon application, a test looking at tables) use together: an H2
 * file in a temporary folder, or a schema of its own in the test PostgreSQL (so the tables these tests leave never
 * meet other tests' tables), reached through one pooled {@link DataSource}.
 */
final class SharedDatabase implements AutoCloseable {
    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final HikariDataSource pool;

    private SharedDatabase(String url, String user, String password, String schema) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(6);
        config.setPoolName("shared-test-database");
        this.pool = new HikariDataSource(config);
    }

    /**
     * @param store   H2 or POSTGRESQL
     * @param tempDir where an H2 file goes
     * @param name    names the PostgreSQL schema, which is dropped and created empty
     * @return an empty database
     */
    static SharedDatabase open(TestStores store, Path tempDir, String name) {
        if (store == TestStores.H2) {
            return new SharedDatabase("jdbc:h2:file:" + tempDir.toAbsolutePath().resolve("shared"), "sa", "",
                    "PUBLIC");
        }
        if (store != TestStores.POSTGRESQL) {
            throw new IllegalArgumentException("a shared database is H2 or PostgreSQL, not " + store);
        }
        TestStores.Postgres pg = TestStores.Postgres.require();
        String schema = "parley_" + name;
        try (Connection c = java.sql.DriverManager.getConnection(pg.url(), pg.user(), pg.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the PostgreSQL schema " + schema, e);
        }
        String separator = pg.url().contains("?") ? "&" : "?";
        return new SharedDatabase(pg.url() + separator + "currentSchema=" + schema, pg.user(), pg.password(),
                schema);
    }

    /** @return the pool both applications use */
    DataSource dataSource() {
        return pool;
    }

    /** @return the JDBC URL, for a Parley that opens its own pool on the same database */
    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** @return the lowercase names of the tables in the database's default schema */
    SortedSet<String> tables() {
        return tablesIn(schema);
    }

    /** @return the lowercase names of the tables in a schema */
    SortedSet<String> tablesIn(String inSchema) {
        SortedSet<String> names = new TreeSet<>();
        try (Connection c = pool.getConnection();
             ResultSet tables = c.getMetaData().getTables(null, storedCase(c, inSchema), "%",
                     new String[]{"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    /** @return the payload types of a table's rows, in global order */
    List<String> payloadTypes(String table) {
        return strings("SELECT payloadType FROM " + table + " ORDER BY globalIndex");
    }

    /** @return the number of rows of a table */
    long count(String table) {
        return Long.parseLong(strings("SELECT COUNT(*) FROM " + table).get(0));
    }

    void execute(String sql) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private List<String> strings(String sql) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String storedCase(Connection c, String identifier) throws SQLException {
        return c.getMetaData().storesUpperCaseIdentifiers() ? identifier.toUpperCase(Locale.ROOT)
                : identifier.toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        pool.close();
    }
}
