package dev.parley.core;

import dev.parley.Parley;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Processes that open a new PostgreSQL database at the same moment all start: one creates the tables and the
 * others find them, rather than one failing on PostgreSQL's catalogue ({@code CREATE TABLE IF NOT EXISTS} racing
 * itself). Skipped without PostgreSQL, failing under {@code CI=true}.
 */
@DisplayName("Opening a new PostgreSQL store from several places at once")
class ConcurrentOpeningTest {
    private static final int OPENERS = 6;
    private static final int ROUNDS = 8;

    private final List<String> created = new ArrayList<>();

    @ParameterizedTest(name = "tables prefixed \"{0}\"")
    @ValueSource(strings = {"opening_", "opening_schema."})
    @DisplayName("every opener starts and sees the same, empty store")
    void everyOpenerStarts(String prefix) throws Exception {
        TestStores.Postgres pg = TestStores.Postgres.require();
        ExecutorService pool = Executors.newFixedThreadPool(OPENERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String roundPrefix = prefix.endsWith(".") ? prefix.replace(".", round + ".") : prefix + round + "_";
                created.add(roundPrefix);
                CyclicBarrier together = new CyclicBarrier(OPENERS);
                List<Future<Integer>> opened = new ArrayList<>();
                for (int i = 0; i < OPENERS; i++) {
                    opened.add(pool.submit(() -> {
                        together.await();
                        try (Parley parley = Parley.builder().jdbc(pg.url(), pg.user(), pg.password())
                                .tablePrefix(roundPrefix).build()) {
                            return parley.developments("nobody-wrote-this").size();
                        }
                    }));
                }
                for (Future<Integer> each : opened) {
                    assertThat(each.get(120, TimeUnit.SECONDS)).as("developments in round %d", round).isZero();
                }
                assertThat(tableExists(pg, roundPrefix + "domain_event_entry")).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterEach
    void dropTables() throws SQLException {
        TestStores.Postgres pg = TestStores.Postgres.require();
        try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password());
             Statement s = c.createStatement()) {
            for (String prefix : created) {
                if (prefix.endsWith(".")) {
                    s.execute("DROP SCHEMA IF EXISTS " + prefix.substring(0, prefix.length() - 1) + " CASCADE");
                } else {
                    s.execute("DROP TABLE IF EXISTS " + prefix + "domain_event_entry");
                    s.execute("DROP TABLE IF EXISTS " + prefix + "snapshot_event_entry");
                    s.execute("DROP TABLE IF EXISTS " + prefix + "read_side");
                }
            }
        }
    }

    private static boolean tableExists(TestStores.Postgres pg, String qualified) throws SQLException {
        try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password());
             Statement s = c.createStatement();
             ResultSet found = s.executeQuery("SELECT to_regclass('" + qualified + "') IS NOT NULL")) {
            return found.next() && found.getBoolean(1);
        }
    }
}
