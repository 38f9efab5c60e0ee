package dev.parley.timeline;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Shared checks for compact constructors. Not API. */
final class Values {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,199}");
    private static final Pattern UNIT = Pattern.compile("[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\s]"
            + "(?:[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]{0,58}[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\s])?");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,60}(\\.\\d{1,60})?");
    private static final Pattern WORD = Pattern.compile("\\p{Ll}[\\p{Ll}\\p{Nd}-]*( [\\p{Ll}\\p{Nd}-]+)*");

    private Values() {
    }

    static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required and must not be blank");
        }
        if (!ID.matcher(value).matches()) {
            throw new InvalidValueException(field, "'" + value
                    + "' is not a valid id (letters, digits, '.', '_', ':' or '-', at most 200, starting with a letter or digit)");
        }
        return value;
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required and must not be blank");
        }
        return value;
    }

    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * For names that recur across thousands of developments (outlets, agents, roles, affiliations): one shared
     * instance each, so a long negotiation's state does not hold the same name once per development.
     */
    static String optionalName(String value) {
        String text = optionalText(value);
        return text == null ? null : text.intern();
    }

    /** A list of names (parties, mediators), each shared like {@link #optionalName}. */
    static List<String> names(String field, List<String> values) {
        return texts(field, values).stream().map(String::intern).toList();
    }

    /** A list of names that must hold at least one. */
    static List<String> someNames(String field, List<String> values) {
        List<String> names = names(field, values);
        if (names.isEmpty()) {
            throw new InvalidValueException(field, "is required and must name at least one side");
        }
        return names;
    }

    /** A lower-case word or words, e.g. a unit ("prisoners") or an action ("strike"); null stays null. */
    static String word(String field, String value) {
        String text = optionalText(value);
        if (text != null && !WORD.matcher(text).matches()) {
            throw new InvalidValueException(field, "'" + value
                    + "' is not a lower-case word such as 'prisoners', 'tonnes' or 'strike'");
        }
        return text == null ? null : text.intern();
    }

    /**
     * A unit is free text compared exactly ({@code "prisoners"}, {@code "per cent"}, {@code "USD"},
     * {@code "million tonnes"}): no control characters, no surrounding spaces, at most 60 characters.
     */
    static String unit(String field, String value) {
        String text = optionalText(value);
        if (text == null) {
            return null;
        }
        if (!UNIT.matcher(text).matches()) {
            throw new InvalidValueException(field, "'" + value + "' is not a unit: free text of at most 60 "
                    + "characters without control characters or surrounding spaces, such as 'prisoners', "
                    + "'per cent', 'USD' or 'tonnes'");
        }
        return text.intern();
    }

    /** The largest scale and precision a reported number may have: far beyond any count or rate reported. */
    private static final int MAX_DIGITS = 60;

    /**
     * An exact decimal held without trailing zeros and never in exponent form, so equal numbers are equal values
     * and are written alike ({@code 97.850} is {@code 97.85}, {@code 1E+3} is {@code 1000}).
     */
    static BigDecimal decimal(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if ((long) plain.precision() - plain.scale() > MAX_DIGITS || plain.scale() > MAX_DIGITS) {
            throw new InvalidValueException("quantity.value", "needs more than " + MAX_DIGITS
                    + " digits before or after the decimal point");
        }
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    /** A decimal from JSON: a number (integral or decimal) or a string holding a plain decimal. */
    static BigDecimal decimal(String field, Object json) {
        if (json instanceof BigDecimal decimal) {
            return decimal;
        }
        if (json instanceof Integer || json instanceof Long || json instanceof Short || json instanceof Byte) {
            return BigDecimal.valueOf(((Number) json).longValue());
        }
        if (json instanceof java.math.BigInteger whole) {
            return new BigDecimal(whole);
        }
        if (json instanceof Double || json instanceof Float) {
            double d = ((Number) json).doubleValue();
            if (!Double.isFinite(d)) {
                throw new InvalidValueException(field, "is not a finite number");
            }
            return BigDecimal.valueOf(d);
        }
        if (json instanceof String text && DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        throw new InvalidValueException(field, "expected a number or a decimal string such as \"97.85\", got "
                + (json instanceof String text ? "\"" + (text.length() > 40 ? text.substring(0, 37) + "..." : text)
                + "\"" : String.valueOf(json)));
    }

    static String optionalId(String field, String value) {
        return value == null ? null : id(field, value);
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    static <T> List<T> list(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new InvalidValueException(field, "must not contain null entries");
            }
        }
        return List.copyOf(values);
    }

    static List<String> texts(String field, List<String> values) {
        List<String> copy = list(field, values);
        for (String value : copy) {
            if (value.isBlank()) {
                throw new InvalidValueException(field, "must not contain blank entries");
            }
        }
        return copy;
    }

    /** Further ids beside a first one (the positions one response covers): each valid, none twice. */
    static List<String> furtherIds(String field, String first, List<String> further) {
        List<String> copy = list(field, further);
        java.util.Set<String> seen = new java.util.HashSet<>();
        seen.add(first);
        for (String id : copy) {
            if (!seen.add(id(field, id))) {
                throw new InvalidValueException(field, "'" + id + "' is named twice");
            }
        }
        return copy;
    }

    static void positive(String field, Integer value) {
        if (value != null && value < 1) {
            throw new InvalidValueException(field, "must be at least 1 (got " + value + ")");
        }
    }

    /** Ids of provisions named by a development, each once. */
    static List<String> provisionIds(String field, List<String> values) {
        List<String> copy = list(field, values);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String value : copy) {
            if (!seen.add(id(field, value))) {
                throw new InvalidValueException(field, "provision '" + value + "' is named twice");
            }
        }
        return copy;
    }

    static List<Provision> provisions(List<Provision> provisions) {
        List<Provision> copy = list("provisions", provisions);
        if (copy.isEmpty()) {
            throw new InvalidValueException("provisions", "an agreement needs at least one provision");
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Provision provision : copy) {
            if (!ids.add(provision.id())) {
                throw new InvalidValueException("provisions", "provision id '" + provision.id() + "' appears twice");
            }
        }
        return copy;
    }

    /**
     * The arguments of a varargs parameter as a list for a canonical constructor, which validates them (a null
     * entry becomes the rule-named {@link InvalidValueException} there, not a {@link NullPointerException} here).
     */
    @SafeVarargs
    static <T> List<T> listOf(T... values) {
        return values == null ? null : java.util.Arrays.asList(values);
    }

    /** {@code first} followed by {@code more}, for parameters that need at least one entry. */
    static <T> List<T> listOf(T first, T[] more) {
        List<T> all = new java.util.ArrayList<>();
        all.add(first);
        if (more != null) {
            all.addAll(java.util.Arrays.asList(more));
        }
        return all;
    }
}
