package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A link from a development to an earlier development of the same negotiation, optionally to one provision of an
 * agreement.
 *
 * <pre>{@code
 * Ref.of(RefKind.CONTAINED_IN, "ru-memorandum-2025-06-02")
 * Ref.toProvision(RefKind.FULFILS, "bsgi-signed", "jcc")   // carries out the agreement's provision "jcc"
 * }</pre>
 *
 * @param kind        how the two relate
 * @param development the id of the earlier development; it must already be recorded
 * @param provision   a provision id of the referred agreement, when the link is to one provision; it must exist
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Ref(RefKind kind, String development, String provision) {

    /**
     * Validates the parts.
     *
     * @param kind how the two relate
     * @param development the id of the earlier development; it must already be recorded
     * @param provision a provision id of the referred agreement, when the link is to one provision; it must exist
     */
    public Ref {
        Values.required("ref.kind", kind);
        Values.id("ref.development", development);
        if (provision != null) {
            Values.id("ref.provision", provision);
        }
    }

    /**
     * A reference to a whole development.
     *
     * @param kind        how the two relate
     * @param development the id of the earlier development
     */
    public Ref(RefKind kind, String development) {
        this(kind, development, null);
    }

    /**
     * @param kind how the two relate
     * @param development the id of the earlier development; it must already be recorded
     * @return a reference of the given kind
     */
    public static Ref of(RefKind kind, String development) {
        return new Ref(kind, development, null);
    }

    /**
     * @param kind how the two relate
     * @param agreement the id of the development that recorded the agreement
     * @param provision a provision id of the referred agreement, when the link is to one provision; it must exist
     * @return a reference of the given kind to one provision of an agreement
     */
    public static Ref toProvision(RefKind kind, String agreement, String provision) {
        return new Ref(kind, agreement, Values.id("ref.provision", provision));
    }
}
