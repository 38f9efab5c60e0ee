package dev.parley.engine;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An event storage engine plus what must happen at the start of every batch, and (for databases) how to hold one
 * transaction across many units of work.
 *
 * @param engine            the Axon storage engine
 * @param readSideRows      where the read side keeps its rows, in the same database
 * @param writeLock         run in a write's transaction before it reads a negotiation: serializes the writers of
 *                          one negotiation where the database can (PostgreSQL), does nothing elsewhere
 * @param beginBatch        run inside the batch's root unit of work before any command, e.g. to bind a database
 *                          transaction to it
 * @param longTransaction   opens a transaction that every unit of work on the calling thread joins until it is
 *                          closed; null when the storage has none (memory)
 * @param stored            reads one development as stored, without deserializing it (for salvage)
 */
record Storage(EventStorageEngine engine, ReadSideRows readSideRows, Consumer<String> writeLock, Runnable beginBatch,
               Supplier<LongTransaction> longTransaction, StoredPayloads stored) {

    /** @return storage in memory, for tests and throw-away use */
    static Storage inMemory() {
        return new Storage(new InMemoryEventStorageEngine(), new ReadSideRows.InMemory(), negotiationId -> { },
                () -> { }, null, (negotiationId, sequence) -> Optional.empty());   // memory stores no bytes
    }

    /**
     * One development as stored.
     *
     * @param type     its stored type name
     * @param revision its stored revision
     * @param payload  its payload as text, exactly as stored (bytes that are not UTF-8 replaced)
     */
    record StoredPayload(String type, String revision, String payload) {
    }

    /** Reads one stored development's raw form. */
    interface StoredPayloads {
        /**
         * @param negotiationId the negotiation
         * @param sequence      the sequence number
         * @return the development as stored, when there is one and the store keeps bytes
         */
        Optional<StoredPayload> read(String negotiationId, long sequence);
    }

    /** @return whether other engines (processes, or Parleys in this process) may append to this storage too */
    boolean shared() {
        return longTransaction != null;
    }

    /** @return a new long transaction bound to the calling thread, when the storage has transactions */
    Optional<LongTransaction> beginLongTransaction() {
        return longTransaction == null ? Optional.empty() : Optional.of(longTransaction.get());
    }

    /**
     * One database transaction spanning many units of work on one thread: their commits are deferred to
     * {@link #commit()}; closing without a commit rolls everything back.
     */
    interface LongTransaction extends AutoCloseable {
        /** Commits everything written since it began. */
        void commit();

        /** Rolls back unless committed, and releases the connection and the thread binding. */
        @Override
        void close();
    }
}
