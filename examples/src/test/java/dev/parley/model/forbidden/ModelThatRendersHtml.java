package dev.parley.model.forbidden;

/** Breaks the boundaries on purpose: a model class that uses a renderer. Only {@code ArchitectureTest} reads it. */
public final class ModelThatRendersHtml {
    /** @return a renderer it should not know */
    public Class<?> renderer() {
        return dev.parley.render.HtmlTimeline.class;
    }
}
