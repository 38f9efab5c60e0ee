package dev.parley.timeline;

import java.util.List;
import java.util.regex.Pattern;

/** Shared checks for compact constructors. Not API. */
final class Values {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,199}");
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

    static String unit(String field, String value) {
        return word(field, value);
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
