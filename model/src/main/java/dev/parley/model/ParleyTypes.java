package dev.parley.model;

import dev.parley.timeline.Development;

import java.util.ArrayList;
import java.util.List;

/** Walks the sealed vocabulary. */
public final class ParleyTypes {

    private ParleyTypes() {
    }

    /**
     * @return every concrete development type, found by walking {@code Development}'s permitted subclasses
     *         (so a new type cannot be forgotten)
     */
    @SuppressWarnings("unchecked")
    public static Class<? extends Development>[] developmentTypes() {
        List<Class<?>> found = new ArrayList<>();
        collect(Development.class, found);
        return found.toArray(Class[]::new);
    }

    private static void collect(Class<?> type, List<Class<?>> found) {
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                collect(sub, found);
            }
        } else {
            found.add(type);
        }
    }
}
