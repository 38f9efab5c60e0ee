package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;

import java.util.List;

/**
 * Another source's version of one field of a development ({@code version-reported}), kept beside the value the
 * development was recorded with.
 *
 * @param developmentId the {@code version-reported} development
 * @param field         the JSON name of the field
 * @param value         the value as this source reports it
 * @param text          the source's wording
 * @param rootSources   the root sources of its attributions
 * @param on            when it was reported
 */
public record Version(String developmentId, String field, String value, String text, List<String> rootSources,
                      PartialDate on) {
    /**
     * Copies the list.
     *
     * @param developmentId the {@code version-reported} development
     * @param field the JSON name of the field
     * @param value the value as this source reports it
     * @param text the source's wording
     * @param rootSources the root sources of its attributions
     * @param on when it was reported
     */
    public Version {
        rootSources = PersistentList.copyOf(rootSources);
    }
}
