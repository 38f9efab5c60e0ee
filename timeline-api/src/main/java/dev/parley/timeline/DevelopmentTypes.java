package dev.parley.timeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vocabulary as data: every concrete development type and its stable JSON type name, found by walking
 * {@link Development}'s sealed {@code permits} clauses, the one list the compiler checks. The JSON codec registers
 * its subtypes from here, the schema test checks the schema against it, and the HTML page lists it.
 *
 * <pre>{@code
 * DevelopmentTypes.all().get("offer-made");        // OfferMade.class
 * DevelopmentTypes.all().keySet();                 // negotiation-opened, party-joined, ...
 * }</pre>
 */
public final class DevelopmentTypes {
    private static final Map<String, Class<? extends Development>> ALL = walk();

    private DevelopmentTypes() {
    }

    /**
     * @return every concrete development type by its JSON type name, in the order {@code Development} permits
     *         them; unmodifiable
     */
    public static Map<String, Class<? extends Development>> all() {
        return ALL;
    }

    private static Map<String, Class<? extends Development>> walk() {
        Map<String, Class<? extends Development>> found = new LinkedHashMap<>();
        collect(Development.class, found);
        return Collections.unmodifiableMap(found);
    }

    @SuppressWarnings("unchecked")
    private static void collect(Class<?> type, Map<String, Class<? extends Development>> found) {
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                collect(sub, found);
            }
            return;
        }
        Class<? extends Development> concrete = (Class<? extends Development>) type;
        Class<? extends Development> clash = found.put(Development.typeName(concrete), concrete);
        if (clash != null) {
            throw new IllegalStateException(concrete.getName() + " and " + clash.getName()
                    + " share the JSON type name '" + Development.typeName(concrete) + "'");
        }
    }
}
