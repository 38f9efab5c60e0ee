package dev.parley.engine;

import dev.parley.timeline.Development;
import dev.parley.timeline.StoreException;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.ConnectionWrapperFactory;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Builds Axon's JDBC event storage on a {@link DataSource} (H2 or PostgreSQL).
 *
 * <p>Transactions: inside a unit of work every statement runs on one connection with auto-commit off, committed
 * or rolled back with the unit of work (Axon's {@link UnitOfWorkAwareConnectionProviderWrapper}), so a batch of
 * developments is atomic. Outside a unit of work (the read side's polling, snapshots after commit) plain
 * auto-commit connections are used, so nothing is left in an open transaction.
 * {@link Storage#beginBatch()} binds the transaction to the root unit of work of a batch. A
 * {@link Storage.LongTransaction} (a file import) holds one connection for many units of work on its thread: their
 * commits are no-ops on it, so a file far too large for one unit of work's memory is still one transaction.
 */
final class JdbcStorage {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);

    /** Commits and closes of a long transaction's connection belong to the long transaction, not a unit of work. */
    private static final ConnectionWrapperFactory.ConnectionCloseHandler HELD_BY_LONG_TRANSACTION =
            new ConnectionWrapperFactory.ConnectionCloseHandler() {
                @Override
                public void close(Connection delegate) {
                }

                @Override
                public void commit(Connection delegate) {
                }
            };

    private JdbcStorage() {
    }

    /**
     * Names of Parley's tables: a prefix, optionally qualified by a schema, before {@code domain_event_entry} and
     * {@code snapshot_event_entry}, so that Parley never shares a table with an Axon application in the same
     * database (Axon's own defaults are {@code domainevententry} and {@code snapshotevententry}, or
     * {@code domain_event_entry} through JPA in Spring Boot).
     *
     * @param schema      the schema, or null for the connection's current one
     * @param tablePrefix what precedes each table's name; may be empty when a schema is given
     * @param adoptLegacy whether a store of Parley 0.1, which used Axon's default names, is used where it is found
     */
    public record Tables(String schema, String tablePrefix, boolean adoptLegacy) {
        /** The default prefix. */
        public static final String DEFAULT_PREFIX = "parley_";
        /** Axon's default names, which Parley 0.1 used. */
        static final String LEGACY_EVENT_TABLE = "domainevententry";
        static final String LEGACY_SNAPSHOT_TABLE = "snapshotevententry";
        private static final int MAX_PREFIX_LENGTH = 40;
        private static final Pattern PREFIX =
                Pattern.compile("(?:([a-z][a-z0-9_]*)\\.)?([a-z][a-z0-9_]*)?");

        /** @return {@code parley_} tables in the current schema, adopting a Parley 0.1 store where found */
        public static Tables defaults() {
            return new Tables(null, DEFAULT_PREFIX, true);
        }

        /**
         * @param prefix {@code parley_} (the default), {@code news_parley_}, {@code audit.parley_} (tables
         *               {@code audit.parley_domain_event_entry} ...) or {@code audit.} (tables
         *               {@code audit.domain_event_entry} ...): lowercase letters, digits and underscores, starting
         *               with a letter, at most {@value #MAX_PREFIX_LENGTH} characters, a schema ending in a dot
         * @return tables with exactly these names (a Parley 0.1 store under Axon's default names is not adopted)
         * @throws IllegalArgumentException when the prefix is not of that form
         */
        public static Tables prefixed(String prefix) {
            if (prefix == null || prefix.isEmpty() || prefix.length() > MAX_PREFIX_LENGTH
                    || !PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException("tablePrefix must be lowercase letters, digits and underscores, "
                        + "starting with a letter, optionally after a schema name and a dot (parley_, audit.parley_, "
                        + "audit.), at most " + MAX_PREFIX_LENGTH + " characters; got "
                        + (prefix == null ? "null" : "'" + printable(prefix) + "'"));
            }
            var matcher = PREFIX.matcher(prefix);
            matcher.matches();
            return new Tables(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2), false);
        }

        /** @return the event table's name as used in SQL */
        public String eventTable() {
            return qualified(tablePrefix + "domain_event_entry");
        }

        /** @return the read side's table's name as used in SQL */
        public String readSideTable() {
            return qualified(tablePrefix + "read_side");
        }

        /** @return the snapshot table's name as used in SQL */
        public String snapshotTable() {
            return qualified(tablePrefix + "snapshot_event_entry");
        }

        private String qualified(String table) {
            return schema == null ? table : schema + "." + table;
        }

        private static String printable(String text) {
            return printable(text, 60);
        }

        /** @return at most {@code limit} characters of a user's text, its control characters as Java escapes */
        static String printable(String text, int limit) {
            StringBuilder out = new StringBuilder();
            text.codePoints().limit(limit).forEach(c -> out.append(Character.isISOControl(c)
                    ? String.format("\\u%04x", c) : Character.toString(c)));
            return out.toString();
        }
    }

    /** The names chosen at start: Parley's own, or a Parley 0.1 store's. */
    private record ChosenTables(String eventTable, String snapshotTable) {
        EventSchema schema() {
            return EventSchema.builder().eventTable(eventTable).snapshotTable(snapshotTable).build();
        }
    }

    /** The tables chosen and known to exist, and whether the database is PostgreSQL. */
    private record PreparedTables(ChosenTables chosen, boolean postgreSql) {
    }

    /**
     * @param dataSource a pooled data source
     * @param serializer the serializer for events and snapshots
     * @param tables     the names of Parley's tables
     * @param upcasters  the upcaster chain every read from the store goes through ({@link StoredForm#chain})
     * @param warnings   where to say that a snapshot was discarded
     * @param lockTimeout how long a write waits for a negotiation's write lock (PostgreSQL)
     * @return a storage engine whose tables exist
     */
    static Storage create(DataSource dataSource, Serializer serializer, Tables tables, EventUpcaster upcasters,
                          Consumer<String> warnings, Duration lockTimeout) {
        PreparedTables prepared = prepareTables(dataSource, serializer, tables);
        ChosenTables chosen = prepared.chosen();
        ThreadLocal<Connection> held = new ThreadLocal<>();
        ConnectionProvider transactional = new UnitOfWorkAwareConnectionProviderWrapper(() -> {
            Connection longTransaction = held.get();
            if (longTransaction != null) {
                return ConnectionWrapperFactory.wrap(longTransaction, HELD_BY_LONG_TRANSACTION);
            }
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            return connection;
        });
        ConnectionProvider provider = () -> inWritingUnitOfWork()
                ? transactional.getConnection()
                : dataSource.getConnection();
        JdbcEventStorageEngine engine = new SnapshotTolerantEngine(JdbcEventStorageEngine.builder()
                .connectionProvider(provider)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(upcasters)
                .persistenceExceptionResolver(new SQLStateResolver())
                .schema(chosen.schema()), warnings);
        Consumer<String> writeLock = prepared.postgreSql()
                ? negotiationId -> lockForWrite(provider, negotiationId, lockTimeout)
                : negotiationId -> { };
        // Axon's wrapper registers commit and rollback on the unit of work that first asks for the connection.
        // Asking from the batch's root unit of work makes the whole batch one transaction; asked first from a
        // nested command's unit of work, the commit would be tied to that nested unit and could be lost.
        ReadSideRows rows = new JdbcReadSideRows(provider, tables.readSideTable(), chosen.schema(), warnings);
        return new Storage(engine, rows, writeLock, () -> {
            try {
                transactional.getConnection();
            } catch (SQLException e) {
                throw new StoreException("cannot open a database transaction: " + e.getMessage(), e);
            }
        }, () -> longTransaction(dataSource, held), (negotiationId, sequence) -> storedPayload(provider,
                chosen.schema(), negotiationId, sequence));
    }

    private static Optional<Storage.StoredPayload> storedPayload(ConnectionProvider provider, EventSchema events,
                                                                 String negotiationId, long sequence) {
        try (Connection connection = provider.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + events.payloadTypeColumn() + ", "
                     + events.payloadRevisionColumn() + ", " + events.payloadColumn() + " FROM "
                     + events.domainEventTable() + " WHERE " + events.aggregateIdentifierColumn() + " = ? AND "
                     + events.sequenceNumberColumn() + " = ?")) {
            select.setString(1, negotiationId);
            select.setLong(2, sequence);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                byte[] payload = row.getBytes(3);
                return Optional.of(new Storage.StoredPayload(row.getString(1), row.getString(2),
                        payload == null ? "" : new String(payload, StandardCharsets.UTF_8)));
            }
        } catch (SQLException e) {
            throw new StoreException("reading stored development " + sequence + " of '" + negotiationId
                    + "' failed: " + Failures.describe(e), e);
        }
    }

    /**
     * A snapshot is only a shortcut: one that cannot be read (an older revision of the aggregate's fields, an
     * unknown field, damage) is discarded with a warning and the negotiation is rebuilt from its events, so that it
     * never blocks writes. Axon would ignore a snapshot that fails to load, but it deserializes the payload lazily,
     * after that decision, so the payload is read here, inside it.
     */
    private static final class SnapshotTolerantEngine extends JdbcEventStorageEngine {
        private final Consumer<String> warnings;

        SnapshotTolerantEngine(JdbcEventStorageEngine.Builder builder, Consumer<String> warnings) {
            super(builder);
            this.warnings = warnings;
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            try {
                Optional<DomainEventMessage<?>> snapshot = super.readSnapshot(aggregateIdentifier);
                snapshot.ifPresent(DomainEventMessage::getPayload);
                return snapshot;
            } catch (RuntimeException e) {
                if (Failures.isDatabaseFailure(e)) {
                    throw e;   // the database failed, not the snapshot
                }
                warnings.accept("the snapshot of negotiation '" + aggregateIdentifier + "' cannot be read ("
                        + rootMessage(e) + "); it is ignored and the negotiation is rebuilt from its developments");
                return Optional.empty();
            }
        }

        /** The innermost message, first line: Jackson goes on to list every known property. */
        private static String rootMessage(Throwable e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message = String.valueOf(root.getMessage());
            int newline = message.indexOf('\n');
            return newline >= 0 ? message.substring(0, newline) : message;
        }
    }

    /** Namespaces Parley's advisory locks ("PRLY"), apart from any the application takes itself. */
    private static final int LOCK_CLASS = 0x50524c59;

    /**
     * Takes PostgreSQL's transaction-scoped advisory lock of one negotiation, so that writers in other processes
     * queue for it instead of racing to the same sequence number, which costs the loser a rollback and a reload.
     * It is released by the commit or rollback; a hash collision only makes two negotiations queue together.
     */
    private static void lockForWrite(ConnectionProvider provider, String negotiationId,
                                     Duration timeout) {
        // The timeout is the transaction's own (set_config's "true": local), set first by the row the lock joins.
        try (Connection connection = provider.getConnection();
             PreparedStatement lock = connection.prepareStatement("WITH timeout AS (SELECT set_config("
                     + "'lock_timeout', ?, true)) SELECT pg_advisory_xact_lock(?, ?) FROM timeout")) {
            lock.setString(1, Math.max(1, timeout.toMillis()) + "ms");
            lock.setInt(2, LOCK_CLASS);
            lock.setInt(3, negotiationId.hashCode());
            lock.execute();
        } catch (SQLException e) {
            throw new EventStoreException("cannot lock negotiation '" + negotiationId + "' for writing", e);
        }
    }

    /**
     * Chooses the tables and creates what is missing, on one auto-commit connection. On PostgreSQL this holds a
     * session advisory lock meanwhile: {@code CREATE TABLE IF NOT EXISTS} is not safe against itself there (two
     * processes opening a new database at once, one fails on {@code pg_type}'s unique index), so the processes
     * take turns and the later one finds the tables made.
     */
    private static PreparedTables prepareTables(DataSource dataSource, Serializer serializer, Tables tables) {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgreSql = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            if (postgreSql) {
                schemaLock(connection, "pg_advisory_lock");
            }
            try {
                ChosenTables chosen = chooseTables(connection, serializer, tables);
                DatabaseMetaData metaData = connection.getMetaData();
                String schema = tables.schema() != null ? tables.schema() : connection.getSchema();
                boolean hadEvents = tableExists(metaData, schema, unqualified(chosen.eventTable()));
                boolean hadReadSide = tableExists(metaData, schema, unqualified(tables.readSideTable()));
                // PostgresEventTableFactory's DDL is "CREATE TABLE IF NOT EXISTS" and works on H2 2.x too.
                try (PreparedStatement events = PostgresEventTableFactory.INSTANCE
                        .createDomainEventTable(connection, chosen.schema());
                     PreparedStatement snapshots = PostgresEventTableFactory.INSTANCE
                             .createSnapshotEventTable(connection, chosen.schema());
                     Statement readSide = connection.createStatement()) {
                    events.executeUpdate();
                    snapshots.executeUpdate();
                    readSide.execute(JdbcReadSideRows.createTable(tables.readSideTable(), postgreSql));
                    if (hadReadSide && !hadEvents) {
                        // the developments were dropped without their read side: it describes nothing stored
                        readSide.executeUpdate("DELETE FROM " + tables.readSideTable());
                    } else if (!hadReadSide && hadEvents) {
                        readSide.executeUpdate(JdbcReadSideRows.fillFromEvents(tables.readSideTable(),
                                chosen.schema()));
                    }
                }
                return new PreparedTables(chosen, postgreSql);
            } finally {
                if (postgreSql) {
                    schemaLock(connection, "pg_advisory_unlock");
                }
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot prepare the store's tables: " + e.getMessage(), e);
        }
    }

    /** Key of the session lock held while tables are created; apart from negotiations' keys by its class. */
    private static final int SCHEMA_LOCK_CLASS = LOCK_CLASS + 1;

    private static String unqualified(String table) {
        return table.substring(table.indexOf('.') + 1);
    }

    private static void schemaLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT " + function + "(?, 0)")) {
            lock.setInt(1, SCHEMA_LOCK_CLASS);
            lock.execute();
        }
    }

    /**
     * Parley's own tables when they exist or nothing else is there. A store of Parley 0.1 (Axon's default table
     * names, the oldest event a Parley development) is used in place when Parley's tables do not exist yet and
     * {@link Tables#adoptLegacy()} allows it. The same names holding an Axon application's events (the oldest
     * event not a Parley development), or nothing, are left alone. A missing schema is created.
     */
    private static ChosenTables chooseTables(Connection connection, Serializer serializer, Tables tables)
            throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String schema = tables.schema() != null ? tables.schema() : connection.getSchema();
        ChosenTables own = new ChosenTables(tables.eventTable(), tables.snapshotTable());
        if (tables.schema() != null && !schemaExists(metaData, tables.schema())) {
            try (Statement statement = connection.createStatement()) {
                // IF NOT EXISTS: another process may create it at the same moment.
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + tables.schema());
            }
        }
        if (!tables.adoptLegacy()
                || tableExists(metaData, schema, tables.tablePrefix() + "domain_event_entry")
                || !tableExists(metaData, schema, Tables.LEGACY_EVENT_TABLE)
                || !oldestEventIsParleys(connection, Tables.LEGACY_EVENT_TABLE, serializer)) {
            return own;
        }
        LOG.debug("Parley uses the tables {} and {} of a store created by Parley 0.1 (its own tables {} and "
                        + "{} do not exist); see the README's Storage section to rename them",
                Tables.LEGACY_EVENT_TABLE, Tables.LEGACY_SNAPSHOT_TABLE, own.eventTable(), own.snapshotTable());
        return new ChosenTables(Tables.LEGACY_EVENT_TABLE, Tables.LEGACY_SNAPSHOT_TABLE);
    }

    private static boolean schemaExists(DatabaseMetaData metaData, String schema) throws SQLException {
        try (ResultSet schemas = metaData.getSchemas(null, pattern(metaData, schema))) {
            return schemas.next();
        }
    }

    private static boolean tableExists(DatabaseMetaData metaData, String schema, String table) throws SQLException {
        try (ResultSet found = metaData.getTables(null, pattern(metaData, schema), pattern(metaData, table),
                new String[]{"TABLE"})) {
            return found.next();
        }
    }

    /** A metadata search pattern matching exactly this unquoted identifier, in the case the database stores. */
    private static String pattern(DatabaseMetaData metaData, String identifier) throws SQLException {
        if (identifier == null) {
            return null;
        }
        String stored = metaData.storesUpperCaseIdentifiers() ? identifier.toUpperCase(Locale.ROOT)
                : metaData.storesLowerCaseIdentifiers() ? identifier.toLowerCase(Locale.ROOT) : identifier;
        String escape = metaData.getSearchStringEscape();
        return stored.replace("_", escape + "_").replace("%", escape + "%");
    }

    private static boolean oldestEventIsParleys(Connection connection, String table, Serializer serializer)
            throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet oldest = statement.executeQuery("SELECT payloadType FROM " + table
                     + " WHERE globalIndex = (SELECT MIN(globalIndex) FROM " + table + ")")) {
            return oldest.next() && Development.class.isAssignableFrom(
                    serializer.classForType(new SimpleSerializedType(oldest.getString(1), null)));
        }
    }

    private static Storage.LongTransaction longTransaction(DataSource dataSource, ThreadLocal<Connection> held) {
        if (held.get() != null) {
            throw new IllegalStateException("a long transaction is already open on this thread");
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("cannot open a database transaction: " + e.getMessage(), e);
        }
        held.set(connection);
        return new Storage.LongTransaction() {
            private boolean committed;

            @Override
            public void commit() {
                try {
                    connection.commit();
                    committed = true;
                } catch (SQLException e) {
                    throw new StoreException("the import could not be committed: " + e.getMessage(), e);
                }
            }

            @Override
            public void close() {
                held.remove();
                try (connection) {
                    if (!committed) {
                        connection.rollback();
                    }
                } catch (SQLException e) {
                    // The connection is gone; so is its uncommitted work.
                }
            }
        };
    }

    private static boolean inWritingUnitOfWork() {
        return CurrentUnitOfWork.isStarted()
                && !CurrentUnitOfWork.get().phase().isAfter(UnitOfWork.Phase.PREPARE_COMMIT);
    }
}
