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
 * <pre>{@code
 * VersionReported.of(Envelope.of("other-hour", "ru-ua-2025", "2025-06-03"), "round-2")
 *         .field("occurred").value("2025-06-02T14:00+03:00").withText("talks began at two")
 * }</pre>
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

    /**
     * The first stage: the development reported differently; then {@link Field#field(String)} and
     * {@link Value#value(String)}.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param development the id of the development
     * @return the stage that takes the field
     */
    public static Field of(Envelope envelope, String development) {
        return field -> value -> new VersionReported(envelope, development, field, value, null);
    }

    /**
     * @param text the source's own words
     * @return a copy with the source's words
     */
    public VersionReported withText(String text) {
        return new VersionReported(envelope, development, field, value, text);
    }

    /** The stage of {@link #of(Envelope, String)} that takes the field. */
    @FunctionalInterface
    public interface Field {
        /**
         * @param field the field reported differently, e.g. {@code "occurred"}
         * @return the stage that takes the value
         */
        Value field(String field);
    }

    /** The last stage of {@link #of(Envelope, String)}: the other value. */
    @FunctionalInterface
    public interface Value {
        /**
         * @param value the value this source gives
         * @return the development
         */
        VersionReported value(String value);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onVersionReported(this);
    }
}
