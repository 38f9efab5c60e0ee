package dev.parley.core.internal;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

import dev.parley.timeline.StoreException;

/**
 * Builds Axon's JDBC event storage on a {@link DataSource} (H2 or PostgreSQL).
 *
 * <p>Transactions: inside a unit of work every statement runs on one connection with auto-commit off, committed
 * or rolled back with the unit of work (Axon's {@link UnitOfWorkAwareConnectionProviderWrapper}), so a batch of
 * developments is atomic. Outside a unit of work (the read side's polling, snapshots after commit) plain
 * auto-commit connections are used, so nothing is left in an open transaction.
 * {@link Storage#beginBatch()} binds the transaction to the root unit of work of a batch.
 */
public final class JdbcStorage {

    private JdbcStorage() {
    }

    /**
     * @param dataSource a pooled data source
     * @param serializer the serializer for events and snapshots
     * @return a storage engine whose tables exist
     */
    public static Storage create(DataSource dataSource, Serializer serializer) {
        ConnectionProvider transactional = new UnitOfWorkAwareConnectionProviderWrapper(() -> {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            return connection;
        });
        ConnectionProvider provider = () -> inWritingUnitOfWork()
                ? transactional.getConnection()
                : dataSource.getConnection();
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(provider)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .persistenceExceptionResolver(new SQLStateResolver())
                .build();
        // PostgresEventTableFactory's DDL is "CREATE TABLE IF NOT EXISTS" and works on H2 2.x too.
        engine.createSchema(PostgresEventTableFactory.INSTANCE);
        // Axon's wrapper registers commit and rollback on the unit of work that first asks for the connection.
        // Asking from the batch's root unit of work makes the whole batch one transaction; asked first from a
        // nested command's unit of work, the commit would be tied to that nested unit and could be lost.
        return new Storage(engine, () -> {
            try {
                transactional.getConnection();
            } catch (SQLException e) {
                throw new StoreException("cannot open a database transaction: " + e.getMessage(), e);
            }
        });
    }

    private static boolean inWritingUnitOfWork() {
        return CurrentUnitOfWork.isStarted()
                && !CurrentUnitOfWork.get().phase().isAfter(UnitOfWork.Phase.PREPARE_COMMIT);
    }
}
