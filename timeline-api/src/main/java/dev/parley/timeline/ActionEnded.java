package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An action that was started ends.
 * JSON type name {@code "action-ended"}.
 *
 * <pre>{@code
 * ActionEnded.of(Envelope.of("wga-strike-over", "wga-amptp-2023", "2023-09-27"), "wga-strike")
 *         .withReason("members ratified the deal")
 * }</pre>
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

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param action the id of the {@code action-started} that ends
     * @return the end of the action, by no named side, for no stated reason
     */
    public static ActionEnded of(Envelope envelope, String action) {
        return new ActionEnded(envelope, action, null, null);
    }

    /**
     * @param by the side that ended it
     * @return a copy naming the side
     */
    public ActionEnded withBy(String by) {
        return new ActionEnded(envelope, action, by, reason);
    }

    /**
     * @param reason the stated reason or wording
     * @return a copy with the reason
     */
    public ActionEnded withReason(String reason) {
        return new ActionEnded(envelope, action, by, reason);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onActionEnded(this);
    }
}
