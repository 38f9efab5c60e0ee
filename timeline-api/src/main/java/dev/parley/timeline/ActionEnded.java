package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An action that was started ends.
 * JSON type name {@code "action-ended"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param action the id of the {@code action-started}
 * @param by who ended it, if stated
 * @param reason why, as stated
 */
@JsonTypeName("action-ended")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ActionEnded(@JsonUnwrapped Envelope envelope,
        String action,
        String by,
        String reason) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param action the id of the {@code action-started}
     * @param by who ended it, if stated
     * @param reason why, as stated
     */
    public ActionEnded {
        Values.required("envelope", envelope);
        Values.id("action", action);
        by = Values.optionalName(by);
        reason = Values.optionalText(reason);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onActionEnded(this);
    }
}
