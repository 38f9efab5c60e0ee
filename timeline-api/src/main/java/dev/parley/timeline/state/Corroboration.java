package dev.parley.timeline.state;

import java.util.List;

/**
 * How well a development is sourced.
 *
 * @param developmentId the development
 * @param attributions  how many attributions were recorded for it
 * @param rootSources   the distinct root sources (ends of citation chains), in first-seen order
 * @param anonymous     how many attributions end in an anonymous source
 * @param onRecord      how many attributions end in a named source
 */
public record Corroboration(String developmentId, int attributions, List<String> rootSources, int anonymous,
                            int onRecord) {
    /** Copies the list. */
    public Corroboration {
        rootSources = List.copyOf(rootSources);
    }
}
