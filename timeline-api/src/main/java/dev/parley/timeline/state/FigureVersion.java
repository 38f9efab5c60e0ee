package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Quantity;

import java.util.List;

/**
 * One source's figure for a subject.
 *
 * @param developmentId the development that reported it
 * @param figure        the figure as given
 * @param text          the source's wording
 * @param by            who gave it
 * @param on            when
 * @param rootSources   the root sources of its attributions
 */
public record FigureVersion(String developmentId, Quantity figure, String text, String by, PartialDate on,
                            List<String> rootSources) {
    /**
     * Copies the list.
     *
     * @param developmentId the development that reported it
     * @param figure the figure as given
     * @param text the source's wording
     * @param by who gave it
     * @param on when
     * @param rootSources the root sources of its attributions
     */
    public FigureVersion {
        rootSources = PersistentList.copyOf(rootSources);
    }
}
