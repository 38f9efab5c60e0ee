package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * A side takes action to press its case, outside the talks: a strike, a lockout, a blockade, an offensive.
 * It is {@code ONGOING} until an {@code action-ended} names it.
 * JSON type name {@code "action-started"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param by who acts; in JSON a string or a list
 * @param against against whom, if stated; in JSON a string or a list
 * @param action what kind of action, a lower-case word: "strike", "lockout", "blockade", "offensive"
 * @param description the action in words
 */
@JsonTypeName("action-started")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ActionStarted(@JsonUnwrapped Envelope envelope,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> by,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> against,
        String action,
        String description) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param by who acts; in JSON a string or a list
     * @param against against whom, if stated; in JSON a string or a list
     * @param action what kind of action, a lower-case word: "strike", "lockout", "blockade", "offensive"
     * @param description the action in words
     */
    public ActionStarted {
        Values.required("envelope", envelope);
        by = Values.someNames("by", by);
        against = Values.names("against", against);
        action = Values.word("action", Values.text("action", action));
        description = Values.optionalText(description);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onActionStarted(this);
    }
}
