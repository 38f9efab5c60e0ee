package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A source gives another version of one field of an earlier development (one outlet dates a speech 10 May,
 * another 11 May; "about two hours" against "1 hour 40 minutes"). The versions are kept side by side with their
 * sources; the development itself keeps the value it was recorded with, and Parley never picks one.
 * JSON type name {@code "version-reported"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param development the id of the development reported differently
 * @param field the JSON name of the field, e.g. "occurred", "days", "quantity"
 * @param value the value as this source reports it
 * @param text the source's own wording, if worth keeping
 */
@JsonTypeName("version-reported")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VersionReported(@JsonUnwrapped Envelope envelope,
        String development,
        String field,
        String value,
        String text) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param development the id of the development reported differently
     * @param field the JSON name of the field, e.g. "occurred", "days", "quantity"
     * @param value the value as this source reports it
     * @param text the source's own wording, if worth keeping
     */
    public VersionReported {
        Values.required("envelope", envelope);
        Values.id("development", development);
        field = Values.text("field", field);
        value = Values.text("value", value);
        text = Values.optionalText(text);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onVersionReported(this);
    }
}
