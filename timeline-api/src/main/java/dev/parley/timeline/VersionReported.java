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
 * VersionReported.ofAttribute(Envelope.of("how-long", "ru-ua-2025", "2025-06-03"), "round-2", "duration")
 *         .value("2").withUnit("hours").withText("about two hours")
 * }</pre>
 *
 * <p>A {@code field} names a field of the development by its JSON name, or a field nested in it by its path
 * ({@code "delivered.quantity"}); an {@code attribute} names what the development has no field for (a round's
 * duration, a list's size, a declared total), with the value's {@code unit}. A version gives one or the other.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param development the id of the development reported differently
 * @param field the JSON name or path of the field, e.g. "occurred", "days", "delivered.quantity"; null for an
 *              attribute
 * @param value the value as this source reports it
 * @param text the source's own wording, if worth keeping
 * @param attribute what the development has no field for, lower-case words ("duration", "end time", "size",
 *                  "declared total", "people affected"); null for a field
 * @param unit the unit of the value, free text ("hours", "names", "USD"); null when it has none
 */
@JsonTypeName("version-reported")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VersionReported(@JsonUnwrapped Envelope envelope,
        String development,
        String field,
        String value,
        String text,
        String attribute,
        String unit) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param development the id of the development reported differently
     * @param field the JSON name or path of the field; null for an attribute
     * @param value the value as this source reports it
     * @param text the source's own wording, if worth keeping
     * @param attribute what the development has no field for, lower-case words; null for a field
     * @param unit the unit of the value, free text; null when it has none
     */
    public VersionReported {
        Values.required("envelope", envelope);
        Values.id("development", development);
        field = Values.optionalText(field);
        attribute = Values.word("attribute", attribute);
        if ((field == null) == (attribute == null)) {
            throw new InvalidValueException(field == null ? "field" : "attribute", "a version names either a "
                    + "field or an attribute" + (field == null ? "" : ", not both"));
        }
        value = Values.text("value", value);
        text = Values.optionalText(text);
        unit = Values.unit("unit", unit);
    }

    /**
     * A version of a field, as before versions of attributes.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param development the id of the development reported differently
     * @param field the JSON name or path of the field
     * @param value the value as this source reports it
     * @param text the source's own wording, if worth keeping
     */
    public VersionReported(Envelope envelope, String development, String field, String value, String text) {
        this(envelope, development, field, value, text, null, null);
    }

    /**
     * The first stage of a version of an attribute the development has no field for; then
     * {@link Value#value(String)}.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param development the id of the development
     * @param attribute what is reported, lower-case words ("duration", "end time", "declared total")
     * @return the stage that takes the value
     */
    public static Value ofAttribute(Envelope envelope, String development, String attribute) {
        return value -> new VersionReported(envelope, development, null, value, null, attribute, null);
    }

    /**
     * @param unit the unit of the value ("hours", "names", "USD")
     * @return a copy with the unit
     */
    public VersionReported withUnit(String unit) {
        return new VersionReported(envelope, development, field, value, text, attribute, unit);
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
        return new VersionReported(envelope, development, field, value, text, attribute, unit);
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
