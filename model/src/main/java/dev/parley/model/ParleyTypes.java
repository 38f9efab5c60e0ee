package dev.parley.model;

import dev.parley.timeline.Development;
import dev.parley.timeline.DevelopmentTypes;

/** The vocabulary's classes as an array, for the file reader; {@link DevelopmentTypes} is the public list. */
final class ParleyTypes {

    private ParleyTypes() {
    }

    /** @return every concrete development type, in {@link DevelopmentTypes#all()} order */
    @SuppressWarnings("unchecked")
    static Class<? extends Development>[] developmentTypes() {
        return DevelopmentTypes.all().values().toArray(Class[]::new);
    }
}
