package dev.parley.engine;

import dev.parley.Parley;
import dev.parley.model.Sample;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.StoreException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Failures")
class FailuresTest {

    @Nested
    @DisplayName("are told apart")
    class Classification {

        @Test
        @DisplayName("a bug (NullPointerException) is returned as it is, never as a StoreException")
        void bugStaysABug() {
            NullPointerException bug = new NullPointerException("state was null");
            assertThat(Failures.translate(bug, "recording")).isSameAs(bug);
            IllegalStateException wrapped = new IllegalStateException("handler failed", bug);
            assertThat(Failures.translate(wrapped, "recording")).isSameAs(wrapped);
        }

        @Test
        @DisplayName("a database failure under Axon's EventStoreException is a StoreException in the database's words")
        void databaseFailure() {
            SQLException down = new SQLNonTransientConnectionException("Connection refused", "08001");
            RuntimeException translated = Failures.translate(
                    new EventStoreException("Failed to obtain a database connection", down), "recording into 'x'");
            assertThat(translated).isInstanceOf(StoreException.class)
                    .hasMessage("recording into 'x' failed: Connection refused (SQL state 08001)")
                    .hasRootCause(down);
        }

        @Test
        @DisplayName("a full disk under H2 is a StoreException sentence, not H2's MVStoreException text")
        void fullDisk() {
            // The chain H2 2.3 throws when its file cannot grow (measured on a full tmpfs).
            org.h2.mvstore.MVStoreException write = org.h2.mvstore.DataUtils.newMVStoreException(
                    org.h2.mvstore.DataUtils.ERROR_WRITING_FAILED, "Writing to {0} failed; length {1} at {2}",
                    "sun.nio.ch.FileChannelImpl@72035809", 20480, 3141632,
                    new java.io.IOException("No space left on device"));
            SQLException sql = org.h2.message.DbException.convert(write).getSQLException();
            RuntimeException translated = Failures.translate(
                    new EventStoreException("An event could not be stored", sql), "recording into 'x'");
            assertThat(translated).isInstanceOf(StoreException.class)
                    .hasMessage("recording into 'x' failed: the store could not write to its file (No space left "
                            + "on device); the write was not acknowledged. Free disk space (or fix the file's "
                            + "permissions) and try again");
        }

        @Test
        @DisplayName("H2's echo of the statement and its hex payload is left out")
        void h2StatementLeftOut() {
            SQLException h2 = new SQLException("Unique index or primary key violation: \"PUBLIC.X\"; SQL statement:\n"
                    + "INSERT INTO parley_domain_event_entry VALUES (X'7b2274797065223a')", "23505");
            assertThat(Failures.describe(h2))
                    .isEqualTo("Unique index or primary key violation: \"PUBLIC.X\" (SQL state 23505)");
        }

        @Test
        @DisplayName("Parley's own exceptions are unwrapped")
        void parleyUnwrapped() {
            RuleViolationException violation = new RuleViolationException(Rule.UNKNOWN_POSITION, "accept",
                    "position 'offer' is not recorded");
            assertThat(Failures.translate(new IllegalStateException(violation), "recording")).isSameAs(violation);
        }

        @Test
        @DisplayName("a conflicting append and a conflicting creation are concurrency failures; a bug is not")
        void concurrency() {
            assertThat(Failures.isConcurrency(new ConcurrencyException("taken"))).isTrue();
            assertThat(Failures.isConcurrency(new EventStoreException("x",
                    new AggregateStreamCreationException("Cannot reuse aggregate identifier [talks]")))).isTrue();
            assertThat(Failures.isConcurrency(new NullPointerException())).isFalse();
        }
    }

    @Nested
    @DisplayName("through Parley on a data source")
    class ThroughParley {
        @TempDir
        Path tempDir;
        final AtomicReference<Exception> failure = new AtomicReference<>();
        final Sample talks = new Sample("talks");
        Parley parley;

        @BeforeEach
        void open() {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:file:" + tempDir.resolve("parley") + ";DB_CLOSE_DELAY=0");
            h2.setUser("sa");
            parley = Parley.builder().jdbc(failing(h2)).readSideTimeout(Duration.ofSeconds(5)).build();
            parley.record(talks.opened());
        }

        @AfterEach
        void close() {
            failure.set(null);
            parley.close();
        }

        @Test
        @DisplayName("the database going away is a StoreException naming what was being done")
        void storeUnavailable() {
            failure.set(new SQLNonTransientConnectionException("Connection refused", "08001"));

            assertThatThrownBy(() -> parley.record(talks.statement("s1", "Umerov", "words", "2025-06-02")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("recording into 'talks' failed: ")
                    .hasMessageContaining("Connection refused (SQL state 08001)");
            assertThatThrownBy(() -> parley.developments("talks"))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("reading the developments of 'talks' failed: Connection refused (SQL state 08001)");
        }

        @Test
        @DisplayName("a bug below Parley (a NullPointerException) propagates as itself, not as a StoreException")
        void bugPropagates() {
            NullPointerException bug = new NullPointerException("a bug in the data source");
            failure.set(bug);

            assertThatThrownBy(() -> parley.record(talks.statement("s1", "Umerov", "words", "2025-06-02")))
                    .isSameAs(bug);
            assertThatThrownBy(() -> parley.developments("talks")).isSameAs(bug);
        }

        @Test
        @DisplayName("once the database is back, recording works again")
        void recovers() {
            failure.set(new SQLNonTransientConnectionException("Connection refused", "08001"));
            assertThatThrownBy(() -> parley.record(talks.statement("s1", "Umerov", "words", "2025-06-02")))
                    .isInstanceOf(StoreException.class);
            failure.set(null);

            parley.record(talks.statement("s1", "Umerov", "words", "2025-06-02"));
            assertThat(parley.developments("talks")).hasSize(2);
        }

        /** A data source whose connections fail with the current {@link #failure}, if any. */
        private DataSource failing(DataSource delegate) {
            return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("getConnection")) {
                            Exception now = failure.get();
                            if (now != null) {
                                throw now;
                            }
                            return method.invoke(delegate, args);
                        }
                        if (method.getName().equals("getLogWriter")) {
                            return new PrintWriter(System.err);
                        }
                        return method.invoke(delegate, args);
                    });
        }
    }
}
