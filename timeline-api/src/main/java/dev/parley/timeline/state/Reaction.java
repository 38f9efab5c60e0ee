package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;

import java.util.List;

/**
 * A development that disputes or confirms another: who, with what sources, when. Parley keeps both sides and
 * never decides between them.
 *
 * @param developmentId the disputing or confirming development
 * @param by            who disputes or confirms it (the speaker, claimant or side of that development)
 * @param provision     the provision of an agreement the reaction is about, when its ref names one; else null
 * @param rootSources   the root sources of its attributions
 * @param on            when
 */
public record Reaction(String developmentId, List<String> by, String provision, List<String> rootSources,
                       PartialDate on) {
    /**
     * Copies the lists.
     *
     * @param developmentId the disputing or confirming development
     * @param by who disputes or confirms it (the speaker, claimant or side of that development)
     * @param provision the provision of an agreement the reaction is about, when its ref names one; else null
     * @param rootSources the root sources of its attributions
     * @param on when
     */
    public Reaction {
        by = PersistentList.copyOf(by);
        rootSources = PersistentList.copyOf(rootSources);
    }
}
