package dev.parley.timeline;

/**
 * A link from a development to an earlier development of the same negotiation.
 *
 * <pre>{@code
 * Ref.of(RefKind.CONTAINED_IN, "ru-memorandum-2025-06-02")
 * }</pre>
 *
 * @param kind        how the two relate
 * @param development the id of the earlier development; it must already be recorded
 */
public record Ref(RefKind kind, String development) {

    /** Validates both parts. */
    public Ref {
        Values.required("ref.kind", kind);
        Values.id("ref.development", development);
    }

    /** @return a reference of the given kind */
    public static Ref of(RefKind kind, String development) {
        return new Ref(kind, development);
    }
}
