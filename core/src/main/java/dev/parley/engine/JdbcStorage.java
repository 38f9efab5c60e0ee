package dev.parley.engine;

import dev.parley.timeline.StoreException;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.ConnectionWrapperFactory;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;

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
     * @param dataSource a pooled data source
     * @param serializer the serializer for events and snapshots
     * @param upcasters  the upcaster chain every read from the store goes through ({@link StoredForm#chain})
     * @param warnings   where to say that a snapshot was discarded
     * @return a storage engine whose tables exist
     */
    static Storage create(DataSource dataSource, Serializer serializer, EventUpcaster upcasters,
                          Consumer<String> warnings) {
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
                .persistenceExceptionResolver(new SQLStateResolver()), warnings);
        // PostgresEventTableFactory's DDL is "CREATE TABLE IF NOT EXISTS" and works on H2 2.x too.
        engine.createSchema(PostgresEventTableFactory.INSTANCE);
        Consumer<String> writeLock = isPostgreSql(dataSource) ? negotiationId -> lockForWrite(provider, negotiationId)
                : negotiationId -> { };
        // Axon's wrapper registers commit and rollback on the unit of work that first asks for the connection.
        // Asking from the batch's root unit of work makes the whole batch one transaction; asked first from a
        // nested command's unit of work, the commit would be tied to that nested unit and could be lost.
        return new Storage(engine, writeLock, () -> {
            try {
                transactional.getConnection();
            } catch (SQLException e) {
                throw new StoreException("cannot open a database transaction: " + e.getMessage(), e);
            }
        }, () -> longTransaction(dataSource, held));
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
    private static void lockForWrite(ConnectionProvider provider, String negotiationId) {
        try (Connection connection = provider.getConnection();
             PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setInt(2, negotiationId.hashCode());
            lock.execute();
        } catch (SQLException e) {
            throw new EventStoreException("cannot lock negotiation '" + negotiationId + "' for writing", e);
        }
    }

    private static boolean isPostgreSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new StoreException("cannot read the database's name: " + e.getMessage(), e);
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
