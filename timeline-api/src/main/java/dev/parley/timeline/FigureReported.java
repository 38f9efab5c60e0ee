package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A source gives a figure about something (a list of 339 children, almost 400, over 500). Figures on the same subject are kept side by side, never reconciled.
 * JSON type name {@code "figure-reported"}.
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

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onFigureReported(this);
    }
}
