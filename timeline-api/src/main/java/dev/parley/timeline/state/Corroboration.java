package dev.parley.timeline.state;

import dev.parley.timeline.Attribution;

import java.util.List;

/**
 * How a development is sourced: its attributions with their citation chains, the distinct root sources (the
 * ends of the chains), and how many attributions end in an anonymous versus a named source.
 *
 * @param developmentId the development
 * @param sources       its attributions, as recorded
 * @param rootSources   the distinct root sources, in first-seen order
 * @param anonymous     how many attributions end in an anonymous source
 * @param onRecord      how many attributions end in a named source
 */
public record Corroboration(String developmentId, List<Attribution> sources, List<String> rootSources,
                            int anonymous, int onRecord) {
    /** Copies the lists. */
    public Corroboration {
        sources = PersistentList.copyOf(sources);
        // Root sources recur across a negotiation's developments; share one instance of each name.
        rootSources = PersistentList.copyOf(rootSources.stream().map(String::intern).toList());
    }
}
