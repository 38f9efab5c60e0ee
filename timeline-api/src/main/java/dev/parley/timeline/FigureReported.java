package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A source gives a figure about something (a list of 339 children, almost 400, over 500). Figures on the same subject are kept side by side, never reconciled.
 * JSON type name {@code "figure-reported"}.
 *
 * <pre>{@code
 * FigureReported.of(Envelope.of("figure", "ru-ua-2025", "2025-06-02"), "children on Ukraine's list",
 *         Quantity.about(400)).by("Ukraine").withText("almost 400")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param subject what the figure counts; figures with the same subject compete
 * @param figure the figure as given
 * @param by who gives the figure
 * @param text the source's own wording
 */
@JsonTypeName("figure-reported")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FigureReported(@JsonUnwrapped Envelope envelope,
        String subject,
        Quantity figure,
        String by,
        String text) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param subject what the figure counts; figures with the same subject compete
     * @param figure the figure as given
     * @param by who gives the figure
     * @param text the source's own wording
     */
    public FigureReported {
        Values.required("envelope", envelope);
        subject = Values.text("subject", subject);
        Values.required("figure", figure);
        by = Values.text("by", by);
        text = Values.optionalText(text);
    }

    /**
     * The first stage: the figure; {@link Development.By#by(String)} names who gives it.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param subject what is counted
     * @param figure  the count
     * @return the stage that takes who gives the figure
     */
    public static Development.By<FigureReported> of(Envelope envelope, String subject, Quantity figure) {
        return side -> new FigureReported(envelope, subject, figure, side, null);
    }

    /**
     * @param text the source's own words
     * @return a copy with the source's words
     */
    public FigureReported withText(String text) {
        return new FigureReported(envelope, subject, figure, by, text);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onFigureReported(this);
    }
}
