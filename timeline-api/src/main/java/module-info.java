/**
 * Parley's public vocabulary: developments, values, state views, queries, the {@link dev.parley.timeline.NegotiationLog}
 * interface and the exceptions under one root. Depends on Jackson's annotations only.
 */
module dev.parley.timeline {
    requires transitive com.fasterxml.jackson.annotation;

    exports dev.parley.timeline;
    exports dev.parley.timeline.state;

    // Jackson (the model's codec, Axon's serializer, a user's own mapper) reads and builds the records reflectively.
    opens dev.parley.timeline to com.fasterxml.jackson.databind;
    opens dev.parley.timeline.state to com.fasterxml.jackson.databind;
}
