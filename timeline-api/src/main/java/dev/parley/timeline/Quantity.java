package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A number as reported: exact, bounded, approximate, "all", undisclosed or not stated, with the unit it counts in
 * when the source gives one. Numbers are exact decimals ({@code 97.85} stays 97.85, never a binary fraction), held
 * without trailing zeros, so {@code 97.850} and {@code 97.85} are the same quantity. An undisclosed count exists but
 * was kept back; a count that was not stated is one the source never gave: neither is ever read as zero.
 * In JSON a plain number means exact and unit-less: {@code 10}; otherwise an object,
 * {@code {"value": 97.85, "unit": "per cent"}}, {@code {"value": 400, "qualifier": "ABOUT"}},
 * {@code {"qualifier": "UNDISCLOSED"}}; the object's {@code value} may also be a decimal string ({@code "97.85"}).
 *
 * <pre>{@code
 * Quantity.exactly(10); Quantity.atLeast(500); Quantity.undisclosed(); Quantity.all(); Quantity.notStated();
 * Quantity.exactly("97.85").withUnit("per cent"); Quantity.exactly("12").withUnit("million tonnes");
 * }</pre>
 *
 * @param value     the number, never negative; null for {@link Qualifier#UNDISCLOSED}, {@link Qualifier#ALL} and
 *                  {@link Qualifier#NOT_STATED}
 * @param qualifier how to read the number
 * @param unit      what the number counts or measures ({@code "per cent"}, {@code "USD"}, {@code "tonnes"}), free
 *                  text compared exactly; null when the source gives none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quantity(BigDecimal value, Qualifier qualifier, String unit) {

    private static final List<String> FIELDS = List.of("value", "qualifier", "unit");
    private static final String QUALIFIERS = Arrays.toString(Qualifier.values());

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
        UNDISCLOSED,
        /** The source gave no number for this at all (not kept back, not zero: simply not said). */
        NOT_STATED;

        /** @return true when a quantity so qualified carries no number */
        boolean numberless() {
            return this == ALL || this == UNDISCLOSED || this == NOT_STATED;
        }
    }

    /**
     * Checks that numbers are non-negative and present exactly when the qualifier needs one, and the unit's form;
     * holds the number without trailing zeros.
     *
     * @param value the number; null for the qualifiers that take none
     * @param qualifier how to read the number; EXACT when null
     * @param unit what is counted, free text; null when the source gives none
     */
    public Quantity {
        qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
        if (qualifier.numberless() && value != null) {
            throw new InvalidValueException("quantity.value", qualifier + " takes no value (got "
                    + value.toPlainString() + ")");
        }
        if (!qualifier.numberless() && value == null) {
            throw new InvalidValueException("quantity.value", "is required for " + qualifier);
        }
        if (value != null && value.signum() < 0) {
            throw new InvalidValueException("quantity.value", "must not be negative (got " + value.toPlainString()
                    + ")");
        }
        value = value == null ? null : Values.decimal(value);
        unit = Values.unit("quantity.unit", unit);
    }

    /**
     * A quantity in no stated unit, as in format {@code parley/1} before units.
     *
     * @param value     the number; null for the qualifiers that take none
     * @param qualifier how to read the number
     */
    public Quantity(Integer value, Qualifier qualifier) {
        this(value == null ? null : BigDecimal.valueOf(value), qualifier, null);
    }

    /**
     * Reads the JSON form: a bare number (exact, no unit), or an object with {@code value} (a number or a decimal
     * string), {@code qualifier} and {@code unit}. One creator takes both, so that Jackson reads the number itself
     * exactly, whatever mapper reads it.
     *
     * @param json the number, or the object's fields
     * @return the quantity
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Quantity ofJson(Object json) {
        if (json instanceof Number number) {
            return exactly(Values.decimal("quantity", number));
        }
        if (!(json instanceof Map<?, ?> fields)) {
            throw new InvalidValueException("quantity", "expected a number or an object such as "
                    + "{\"value\": 97.85, \"unit\": \"per cent\"}, got "
                    + (json instanceof String text ? "the string \"" + clip(text) + "\""
                    : json instanceof Boolean ? json : json == null ? "null" : "an array"));
        }
        for (Object key : fields.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new InvalidValueException("quantity", "unknown field \"" + key + "\" (a quantity has "
                        + String.join(", ", FIELDS) + ")");
            }
        }
        Object value = fields.get("value");
        Object qualifier = fields.get("qualifier");
        Object unit = fields.get("unit");
        if (qualifier != null && !(qualifier instanceof String)) {
            throw new InvalidValueException("quantity.qualifier", "expected one of " + QUALIFIERS);
        }
        if (unit != null && !(unit instanceof String)) {
            throw new InvalidValueException("quantity.unit", "expected a string such as \"per cent\"");
        }
        Qualifier q = null;
        if (qualifier != null) {
            q = Arrays.stream(Qualifier.values()).filter(known -> known.name().equals(qualifier)).findFirst()
                    .orElseThrow(() -> new InvalidValueException("quantity.qualifier", "\"" + qualifier
                            + "\" is not one of " + QUALIFIERS));
        }
        return new Quantity(value == null ? null : Values.decimal("quantity.value", value), q, (String) unit);
    }

    /**
     * @param value the number
     * @return an exact count; a bare JSON number reads as this
     */
    public static Quantity exactly(int value) {
        return new Quantity(value, Qualifier.EXACT);
    }

    /**
     * @param value the number, exact
     * @return an exact quantity
     */
    public static Quantity exactly(BigDecimal value) {
        return new Quantity(value, Qualifier.EXACT, null);
    }

    /**
     * @param decimal the number written as a decimal ({@code "97.85"})
     * @return an exact quantity
     */
    public static Quantity exactly(String decimal) {
        return exactly(Values.decimal("quantity.value", decimal));
    }

    /**
     * @param value the number
     * @return "at least {@code value}"
     */
    public static Quantity atLeast(int value) {
        return new Quantity(value, Qualifier.AT_LEAST);
    }

    /**
     * @param value the number
     * @return "about {@code value}"
     */
    public static Quantity about(int value) {
        return new Quantity(value, Qualifier.ABOUT);
    }

    /**
     * @param decimal the number written as a decimal ({@code "24.5"})
     * @return "about {@code decimal}"
     */
    public static Quantity about(String decimal) {
        return new Quantity(Values.decimal("quantity.value", decimal), Qualifier.ABOUT, null);
    }

    private static String clip(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** @return a count that exists but was not disclosed */
    public static Quantity undisclosed() {
        return new Quantity(null, Qualifier.UNDISCLOSED, null);
    }

    /** @return "all" (everyone meeting the criteria) */
    public static Quantity all() {
        return new Quantity(null, Qualifier.ALL, null);
    }

    /** @return a number the source did not state: neither undisclosed nor zero */
    public static Quantity notStated() {
        return new Quantity(null, Qualifier.NOT_STATED, null);
    }

    /**
     * @param unit what the number counts, free text ({@code "per cent"}, {@code "USD"}, {@code "tonnes"})
     * @return a copy in this unit
     */
    public Quantity withUnit(String unit) {
        return new Quantity(value, qualifier, unit);
    }

    /** The JSON form: a bare number when exact and unit-less, an object otherwise. */
    @JsonValue
    Object json() {
        if (qualifier == Qualifier.EXACT && unit == null) {
            return number();
        }
        Map<String, Object> json = new LinkedHashMap<>();
        if (value != null) {
            json.put("value", number());
        }
        if (qualifier != Qualifier.EXACT) {
            json.put("qualifier", qualifier.name());
        }
        if (unit != null) {
            json.put("unit", unit);
        }
        return json;
    }

    /**
     * A whole number as the smallest integer type that holds it, as Jackson reads one, so that JSON trees hold
     * {@code 10} as the integer it always was (Jackson's
     * trees would otherwise strip a decimal {@code 10} to {@code 1E+1}); a fraction as the exact decimal.
     */
    private Number number() {
        if (value.scale() != 0) {
            return value;
        }
        java.math.BigInteger whole = value.toBigIntegerExact();
        return whole.bitLength() < Integer.SIZE ? (Number) whole.intValue()
                : whole.bitLength() < Long.SIZE ? (Number) whole.longValue() : whole;
    }

    /** @return true when the number is known exactly */
    @JsonIgnore
    public boolean isExact() {
        return qualifier == Qualifier.EXACT;
    }

    @Override
    public String toString() {
        String number = value == null ? null : value.toPlainString();
        String said = switch (qualifier) {
            case EXACT -> number;
            case AT_LEAST -> "at least " + number;
            case AT_MOST -> "at most " + number;
            case ABOUT -> "about " + number;
            case ALL -> "all";
            case UNDISCLOSED -> "undisclosed";
            case NOT_STATED -> "not stated";
        };
        return unit == null ? said : said + " " + unit;
    }
}
