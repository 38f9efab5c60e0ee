package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;

import java.util.List;

/**
 * An allegation that a side broke an agreement or one of its provisions. Kept, never judged.
 *
 * @param developmentId the {@code non-compliance-alleged} development
 * @param by            who alleges it
 * @param against       the side accused
 * @param provision     the provision, if named
 * @param allegation    what is alleged
 * @param on            when
 * @param rootSources   the root sources of its attributions
 */
public record Allegation(String developmentId, String by, String against, String provision, String allegation,
                         PartialDate on, List<String> rootSources) {
    /**
     * Copies the list.
     *
     * @param developmentId the {@code non-compliance-alleged} development
     * @param by who alleges it
     * @param against the side accused
     * @param provision the provision, if named
     * @param allegation what is alleged
     * @param on when
     * @param rootSources the root sources of its attributions
     */
    public Allegation {
        rootSources = PersistentList.copyOf(rootSources);
    }
}
