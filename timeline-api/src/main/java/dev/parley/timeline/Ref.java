package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A link from a development to an earlier development of the same negotiation, optionally to one provision of an
 * agreement. A {@link RefKind#DISPUTES} ref to an implementation step may dispute only part of it: what
 * ({@link #aspect()}) and which shares, how many ({@link #disputed()}); the rest of the step stays counted.
 *
 * <pre>{@code
 * Ref.of(RefKind.CONTAINED_IN, "ru-memorandum-2025-06-02")
 * Ref.toProvision(RefKind.FULFILS, "bsgi-signed", "jcc")   // carries out the agreement's provision "jcc"
 * Ref.disputing("handover-4", DisputedAspect.ITEM, new Share("Hamas", Quantity.exactly(1), "bodies", null))
 * }</pre>
 *
 * @param kind        how the two relate
 * @param development the id of the earlier development; it must already be recorded
 * @param provision   a provision id of the referred agreement, when the link is to one provision; it must exist
 * @param aspect      for a dispute of part of an implementation step, what is disputed; null otherwise
 * @param disputed    for a dispute of part of an implementation step, the disputed shares (side, how many, unit);
 *                    empty when the whole step is disputed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Ref(RefKind kind, String development, String provision, DisputedAspect aspect,
                  @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Share> disputed) {

    /**
     * Validates the parts: only a dispute names an aspect or disputed shares, and a dispute of items or of a count
     * says which shares.
     *
     * @param kind how the two relate
     * @param development the id of the earlier development; it must already be recorded
     * @param provision a provision id of the referred agreement, when the link is to one provision; it must exist
     * @param aspect for a dispute of part of an implementation step, what is disputed; null otherwise
     * @param disputed for a dispute of part of an implementation step, the disputed shares; empty when the whole
     *                 step is disputed
     */
    public Ref {
        Values.required("ref.kind", kind);
        Values.id("ref.development", development);
        if (provision != null) {
            Values.id("ref.provision", provision);
        }
        disputed = Values.list("ref.disputed", disputed);
        if (kind != RefKind.DISPUTES && (aspect != null || !disputed.isEmpty())) {
            throw new InvalidValueException(aspect != null ? "ref.aspect" : "ref.disputed",
                    "only a DISPUTES ref names a disputed part, not a " + kind + " ref");
        }
        if (disputed.isEmpty() && (aspect == DisputedAspect.ITEM || aspect == DisputedAspect.COUNT)) {
            throw new InvalidValueException("ref.disputed", "a dispute of " + (aspect == DisputedAspect.ITEM
                    ? "items" : "a count") + " names the disputed shares (side, how many, unit)");
        }
    }

    /**
     * A reference to one provision, or to a whole development, as in format {@code parley/1} before partial
     * disputes.
     *
     * @param kind        how the two relate
     * @param development the id of the earlier development
     * @param provision   a provision id of the referred agreement, or null
     */
    public Ref(RefKind kind, String development, String provision) {
        this(kind, development, provision, null, List.of());
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

    /**
     * @param step     the id of the implementation step disputed in part
     * @param aspect   what is disputed: items, the link, or the count
     * @param disputed the first disputed share (side, how many, unit)
     * @param more     further disputed shares
     * @return a {@link RefKind#DISPUTES} ref to part of the step; the rest of the step stays counted
     */
    public static Ref disputing(String step, DisputedAspect aspect, Share disputed, Share... more) {
        return new Ref(RefKind.DISPUTES, step, null, Values.required("ref.aspect", aspect),
                Values.listOf(disputed, more));
    }

    /** @return true when this ref disputes only part of a step (some of its shares) */
    public boolean disputesPart() {
        return !disputed.isEmpty();
    }
}
