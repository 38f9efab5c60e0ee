package dev.parley.model.forbidden;

/** Breaks the boundaries on purpose: a model class that reaches into the engine. Only {@code ArchitectureTest} reads it. */
public final class ModelThatKnowsTheEngine {
    /** @return an engine type it should not know */
    public Class<?> engine() {
        return dev.parley.engine.Engine.class;
    }
}
