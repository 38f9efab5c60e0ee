package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A count as reported: exact, bounded, approximate, "all", or undisclosed. An undisclosed count is unknown, never
 * zero. In JSON a plain number means exact: {@code 10}; otherwise {@code {"value": 400, "qualifier": "ABOUT"}}
 * or {@code {"qualifier": "UNDISCLOSED"}}.
 *
 * <pre>{@code
 * Quantity.exactly(10); Quantity.atLeast(500); Quantity.undisclosed(); Quantity.all();
 * }</pre>
 *
 * @param value     the number; null for {@link Qualifier#UNDISCLOSED} and {@link Qualifier#ALL}
 * @param qualifier how to read the number
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quantity(Integer value, Qualifier qualifier) {

    /** How a reported number is to be read. */
    public enum Qualifier {
        /** Exactly the value. */
        EXACT,
        /** The value or more ("over 500"). */
        AT_LEAST,
        /** The value or fewer ("up to 1,000"). */
        AT_MOST,
        /** Roughly the value ("almost 400"). */
        ABOUT,
        /** Everyone meeting the criteria ("all for all"); no number given. */
        ALL,
        /** A count exists but was not made public. */
        UNDISCLOSED
    }

    /**
     * Checks that numbers are non-negative and present exactly when the qualifier needs one.
     *
     * @param value the number; null for {@link Qualifier#UNDISCLOSED} and {@link Qualifier#ALL}
     * @param qualifier how to read the number
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Quantity(@JsonProperty("value") Integer value, @JsonProperty("qualifier") Qualifier qualifier) {
        Qualifier q = qualifier == null ? Qualifier.EXACT : qualifier;
        boolean numberless = q == Qualifier.ALL || q == Qualifier.UNDISCLOSED;
        if (numberless && value != null) {
            throw new InvalidValueException("quantity.value", q + " takes no value (got " + value + ")");
        }
        if (!numberless && value == null) {
            throw new InvalidValueException("quantity.value", "is required for " + q);
        }
        if (value != null && value < 0) {
            throw new InvalidValueException("quantity.value", "must not be negative (got " + value + ")");
        }
        this.value = value;
        this.qualifier = q;
    }

    /**
     * @param value the number; null for {@link Qualifier#UNDISCLOSED} and {@link Qualifier#ALL}
     * @return an exact count; a bare JSON number reads as this
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Quantity exactly(int value) {
        return new Quantity(value, Qualifier.EXACT);
    }

    /**
     * @param value the number; null for {@link Qualifier#UNDISCLOSED} and {@link Qualifier#ALL}
     * @return "at least {@code value}"
     */
    public static Quantity atLeast(int value) {
        return new Quantity(value, Qualifier.AT_LEAST);
    }

    /**
     * @param value the number; null for {@link Qualifier#UNDISCLOSED} and {@link Qualifier#ALL}
     * @return "about {@code value}"
     */
    public static Quantity about(int value) {
        return new Quantity(value, Qualifier.ABOUT);
    }

    /** @return a count that exists but was not disclosed */
    public static Quantity undisclosed() {
        return new Quantity(null, Qualifier.UNDISCLOSED);
    }

    /** @return "all" (everyone meeting the criteria) */
    public static Quantity all() {
        return new Quantity(null, Qualifier.ALL);
    }

    /** The JSON form: a bare number when exact, an object otherwise. */
    @com.fasterxml.jackson.annotation.JsonValue
    Object json() {
        if (qualifier == Qualifier.EXACT) {
            return value;
        }
        java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
        if (value != null) {
            json.put("value", value);
        }
        json.put("qualifier", qualifier.name());
        return json;
    }

    /** @return true when the number is known exactly */
    @JsonIgnore
    public boolean isExact() {
        return qualifier == Qualifier.EXACT;
    }

    @Override
    public String toString() {
        return switch (qualifier) {
            case EXACT -> String.valueOf(value);
            case AT_LEAST -> "at least " + value;
            case AT_MOST -> "at most " + value;
            case ABOUT -> "about " + value;
            case ALL -> "all";
            case UNDISCLOSED -> "undisclosed";
        };
    }
}
