package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * Envelope.undated("us-soybean-figure", "us-china-2025", "2025-11-05");   // a figure "as reported on" 5 November
 * }</pre>
 *
 * <p><b>Undated reports.</b> A report with no date of its own (a later account of an earlier event, a figure as
 * reported on a day) leaves {@code occurred} out and gives {@code reported}: it is then {@link #isUndated()
 * undated}, and it stands on both axes at its report date ({@link #when()}): on the knowledge axis because that is
 * when it became known, on the valid-time axis because the report is what happened then. It never borrows the date
 * of what it reports on.
 *
 * @param id            the reporter-chosen id (UUID or slug), unique within the negotiation; recording the same id
 *                      twice stores it once
 * @param negotiationId the negotiation this development belongs to
 * @param occurred      when it happened, to whatever precision is known; null for an undated report, which then
 *                      needs {@code reported}
 * @param reported      when it first became public; defaults to {@code occurred}
 * @param sources       where it was reported, with citation chains
 * @param refs          links to earlier developments of the same negotiation
 * @param mediators     the mediators or facilitators of this development (who brokered this round, this deal)
 * @param confidence    the reporter's grade of this report; null when not graded
 * @param note          the reporter's note: why it is uncertain, what is disputed
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Envelope(String id, String negotiationId, PartialDate occurred, PartialDate reported,
                       List<Attribution> sources, List<Ref> refs, List<String> mediators, Confidence confidence,
                       String note) {

    /**
     * Validates ids and dates; {@code reported} falls back to {@code occurred}, and one of the two is required.
     *
     * @param id the reporter-chosen id (UUID or slug), unique within the negotiation; recording the same id twice
     *           stores it once
     * @param negotiationId the negotiation this development belongs to
     * @param occurred when it happened, to whatever precision is known; null for an undated report
     * @param reported when it first became public; defaults to {@code occurred}
     * @param sources where it was reported, with citation chains
     * @param refs links to earlier developments of the same negotiation
     * @param mediators the mediators or facilitators of this development (who brokered this round, this deal)
     * @param confidence the reporter's grade of this report; null when not graded
     * @param note the reporter's note: why it is uncertain, what is disputed
     */
    public Envelope {
        Values.id("id", id);
        Values.id("negotiationId", negotiationId);
        if (occurred == null && reported == null) {
            throw new InvalidValueException("occurred", "is required; a report with no date of its own leaves it "
                    + "out and gives the date it was reported on as 'reported'");
        }
        reported = reported == null ? occurred : reported;
        sources = Values.list("sources", sources);
        refs = Values.list("refs", refs);
        mediators = Values.names("mediators", mediators);
        note = Values.optionalText(note);
    }

    /**
     * The envelope of format {@code parley/1} before mediators, confidence and notes: all three absent.
     *
     * @param id            the reporter-chosen id
     * @param negotiationId the negotiation
     * @param occurred      when it happened
     * @param reported      when it first became public; null for {@code occurred}
     * @param sources       where it was reported
     * @param refs          links to earlier developments
     */
    public Envelope(String id, String negotiationId, PartialDate occurred, PartialDate reported,
                    List<Attribution> sources, List<Ref> refs) {
        this(id, negotiationId, occurred, reported, sources, refs, List.of(), null, null);
    }

    /**
     * @param id the reporter-chosen id (UUID or slug), unique within the negotiation; recording the same id twice
     *           stores it once
     * @param negotiationId the negotiation this development belongs to
     * @param occurred when it happened, to whatever precision is known
     * @return an envelope with no sources or refs, reported when it occurred
     */
    public static Envelope of(String id, String negotiationId, String occurred) {
        return new Envelope(id, negotiationId, PartialDate.parse(occurred), null, List.of(), List.of());
    }

    /**
     * @param id the reporter-chosen id, unique within the negotiation
     * @param negotiationId the negotiation this development belongs to
     * @param reported the day (or any partial date) it was reported on
     * @return the envelope of a report with no date of its own: no {@code occurred}, placed by its report date
     */
    public static Envelope undated(String id, String negotiationId, String reported) {
        return new Envelope(id, negotiationId, null, PartialDate.parse(reported), List.of(), List.of());
    }

    /** @return true for a report with no date of its own: no {@code occurred} was given */
    @JsonIgnore
    public boolean isUndated() {
        return occurred == null;
    }

    /**
     * The date a development stands at on the valid-time axis: when it occurred, or for an undated report when it
     * was reported. Every placement, order and rule uses this date ({@code Development.occurred()} returns it).
     *
     * @return {@code occurred}, or {@code reported} when undated
     */
    @JsonIgnore
    public PartialDate when() {
        return occurred != null ? occurred : reported;
    }

    /**
     * @param reported when it first became public; defaults to {@code occurred}
     * @return a copy with the given report date
     */
    public Envelope reportedOn(String reported) {
        return new Envelope(id, negotiationId, occurred, PartialDate.parse(reported), sources, refs, mediators,
                confidence, note);
    }

    /**
     * @param source the source to add
     * @return a copy with one more source
     */
    public Envelope withSource(Attribution source) {
        List<Attribution> more = new ArrayList<>(sources);
        more.add(source);
        return new Envelope(id, negotiationId, occurred, reported, more, refs, mediators, confidence, note);
    }

    /**
     * @param kind how this development relates to the linked one
     * @param development the id of the linked development
     * @return a copy with one more reference
     */
    public Envelope withRef(RefKind kind, String development) {
        return withRef(Ref.of(kind, development));
    }

    /**
     * @param ref the link to add
     * @return a copy with one more reference, e.g. {@code Ref.toProvision(RefKind.FULFILS, "deal", "jcc")}
     */
    public Envelope withRef(Ref ref) {
        List<Ref> more = new ArrayList<>(refs);
        more.add(ref);
        return new Envelope(id, negotiationId, occurred, reported, sources, more, mediators, confidence, note);
    }

    /**
     * @param mediators the mediators or facilitators of this development (who brokered this round, this deal)
     * @return a copy naming the mediators or facilitators of this development
     */
    public Envelope mediatedBy(String... mediators) {
        return new Envelope(id, negotiationId, occurred, reported, sources, refs, List.of(mediators), confidence,
                note);
    }

    /**
     * @param confidence the reporter's grade of this report; null when not graded
     * @param note the reporter's note: why it is uncertain, what is disputed
     * @return a copy with the reporter's grade and note (either may be null)
     */
    public Envelope graded(Confidence confidence, String note) {
        return new Envelope(id, negotiationId, occurred, reported, sources, refs, mediators, confidence, note);
    }
}
