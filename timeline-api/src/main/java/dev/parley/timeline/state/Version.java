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
 * @param attribute     what the development has no field for ("duration"), when the version is of an attribute;
 *                      {@code field} is then null
 * @param unit          the unit of the value ("hours"), when the source gives one
 */
public record Version(String developmentId, String field, String value, String text, List<String> rootSources,
                      PartialDate on, String attribute, String unit) {
    /**
     * Copies the list.
     *
     * @param developmentId the {@code version-reported} development
     * @param field the JSON name of the field
     * @param value the value as this source reports it
     * @param text the source's wording
     * @param rootSources the root sources of its attributions
     * @param on when it was reported
     * @param attribute what the development has no field for, when the version is of an attribute
     * @param unit the unit of the value, when the source gives one
     */
    public Version {
        rootSources = PersistentList.copyOf(rootSources);
    }

    /**
     * A version of a field with no unit, as before versions of attributes.
     *
     * @param developmentId the {@code version-reported} development
     * @param field the JSON name of the field
     * @param value the value as this source reports it
     * @param text the source's wording
     * @param rootSources the root sources of its attributions
     * @param on when it was reported
     */
    public Version(String developmentId, String field, String value, String text, List<String> rootSources,
                   PartialDate on) {
        this(developmentId, field, value, text, rootSources, on, null, null);
    }
}
