package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;

/**
 * What every development carries besides its own content: its id, its negotiation, when it happened
 * ({@code occurred}), when it first became public ({@code reported}), who reported it through whom
 * ({@code sources}) and what earlier developments it links to ({@code refs}). In JSON these fields sit directly
 * on the development object.
 *
 * <pre>{@code
 * Envelope.of("ru-offer-children", "ru-ua-2025", "2025-06-02")
 *         .reportedOn("2025-06-02")
 *         .withSource(Attribution.of("Axios"))
 *         .withRef(RefKind.RESPONDS_TO, "ua-demand-children");
 * }</pre>
 *
 * @param id            the reporter-chosen id (UUID or slug), unique within the negotiation; recording the same id
 *                      twice stores it once
 * @param negotiationId the negotiation this development belongs to
 * @param occurred      when it happened, to whatever precision is known
 * @param reported      when it first became public; defaults to {@code occurred}
 * @param sources       where it was reported, with citation chains
 * @param refs          links to earlier developments of the same negotiation
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Envelope(String id, String negotiationId, PartialDate occurred, PartialDate reported,
                       List<Attribution> sources, List<Ref> refs) {

    /** Validates ids and dates; {@code reported} falls back to {@code occurred}. */
    public Envelope {
        Values.id("id", id);
        Values.id("negotiationId", negotiationId);
        Values.required("occurred", occurred);
        reported = reported == null ? occurred : reported;
        sources = Values.list("sources", sources);
        refs = Values.list("refs", refs);
    }

    /** @return an envelope with no sources or refs, reported when it occurred */
    public static Envelope of(String id, String negotiationId, String occurred) {
        return new Envelope(id, negotiationId, PartialDate.parse(occurred), null, List.of(), List.of());
    }

    /** @return a copy with the given report date */
    public Envelope reportedOn(String reported) {
        return new Envelope(id, negotiationId, occurred, PartialDate.parse(reported), sources, refs);
    }

    /** @return a copy with one more source */
    public Envelope withSource(Attribution source) {
        List<Attribution> more = new ArrayList<>(sources);
        more.add(source);
        return new Envelope(id, negotiationId, occurred, reported, more, refs);
    }

    /** @return a copy with one more reference */
    public Envelope withRef(RefKind kind, String development) {
        List<Ref> more = new ArrayList<>(refs);
        more.add(Ref.of(kind, development));
        return new Envelope(id, negotiationId, occurred, reported, sources, more);
    }
}
