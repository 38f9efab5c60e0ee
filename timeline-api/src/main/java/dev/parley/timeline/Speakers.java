package dev.parley.timeline;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules about who spoke or signed for a side, in one place: a coalition's name needs several sides, a
 * signatory belongs to a side of the signature, a delegation's reported size holds its named people. Not API: the
 * development records call it from their constructors, so a broken rule is an {@link InvalidValueException} naming
 * the field.
 */
final class Speakers {

    private Speakers() {
    }

    /**
     * @param by        the sides taking the position together
     * @param coalition the name they take it under, or null
     * @return the name, trimmed; null when none was given
     * @throws InvalidValueException when a name is given for fewer than two sides
     */
    static String coalition(List<String> by, String coalition) {
        String name = Values.optionalName(coalition);
        if (name != null && by.size() < 2) {
            throw new InvalidValueException("coalition", "names sides taking one position together, but 'by' "
                    + "names only " + by + "; list the coalition's members in 'by'");
        }
        return name;
    }

    /**
     * @param field       the JSON field checked ({@code "signatories"})
     * @param signatories who signed, each in the capacity of their {@code role}
     * @param sides       the sides a signatory may belong to (the signing party, its counterparts and mediators, or
     *                    the agreement's parties); empty when the development names none, and then not checked
     * @return the signatories, copied
     * @throws InvalidValueException when a signatory's affiliation is none of {@code sides}
     */
    static List<Agent> signatories(String field, List<Agent> signatories, Collection<String> sides) {
        List<Agent> people = Values.list(field, signatories);
        Set<String> allowed = new LinkedHashSet<>(sides);
        for (Agent person : people) {
            if (!allowed.isEmpty() && person.affiliation() != null && !allowed.contains(person.affiliation())) {
                throw new InvalidValueException(field, "'" + person + "' signs for '" + person.affiliation()
                        + "', which is none of the sides of this signature " + allowed);
            }
        }
        return people;
    }

    /**
     * @param by    who announced an agreement, or null
     * @param sides the parties and mediators of the agreement; empty when it names no parties, and then not checked
     * @return the announcers, copied
     * @throws InvalidValueException when an announcer is none of {@code sides}
     */
    static List<String> announcers(List<String> by, Collection<String> sides) {
        List<String> announcers = Values.names("by", by);
        for (String side : announcers) {
            if (!sides.isEmpty() && !sides.contains(side)) {
                throw new InvalidValueException("by", "'" + side + "' announced the agreement but is none of its "
                        + "parties or mediators " + sides);
            }
        }
        return announcers;
    }

    /**
     * @param lists lists of sides
     * @return their sides, each once, in order
     */
    @SafeVarargs
    static List<String> sides(List<String>... lists) {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }

    /**
     * @param size  how many people the delegation counts, as reported, or null
     * @param named how many of them are named (head and members)
     * @throws InvalidValueException when the size is below one or below the named people
     */
    static void delegationSize(Integer size, int named) {
        if (size == null) {
            return;
        }
        Values.positive("size", size);
        if (size < named) {
            throw new InvalidValueException("size", "is " + size + ", fewer than the " + named
                    + " people named in the delegation");
        }
    }
}
