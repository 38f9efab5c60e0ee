package dev.parley.core.internal;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/**
 * An event storage engine plus what must happen at the start of every batch.
 *
 * @param engine     the Axon storage engine
 * @param beginBatch run inside the batch's root unit of work before any command, e.g. to bind a database
 *                   transaction to it
 */
public record Storage(EventStorageEngine engine, Runnable beginBatch) {

    /** @return storage in memory, for tests and throw-away use */
    public static Storage inMemory() {
        return new Storage(new InMemoryEventStorageEngine(), () -> { });
    }
}
