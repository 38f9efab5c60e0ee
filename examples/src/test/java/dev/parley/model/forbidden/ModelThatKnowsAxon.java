package dev.parley.model.forbidden;

import org.axonframework.eventsourcing.eventstore.EventStore;

/** Breaks the boundaries on purpose: a model class that imports Axon. Only {@code ArchitectureTest} reads it. */
public final class ModelThatKnowsAxon {
    private EventStore store;

    /** @return the store it should not know */
    public EventStore store() {
        return store;
    }
}
