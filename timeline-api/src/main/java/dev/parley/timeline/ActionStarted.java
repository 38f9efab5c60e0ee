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
 * <pre>{@code
 * ActionStarted.of(Envelope.of("wga-strike", "wga-amptp-2023", "2023-05-02"), "strike").by("WGA")
 *         .withAgainst("AMPTP")
 * }</pre>
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

    /**
     * The first stage: the kind of action; {@link Actors#by(String...)} names who takes it.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param action the kind of action, a lower-case word such as {@code "strike"}
     * @return the stage that takes the sides acting
     */
    public static Actors of(Envelope envelope, String action) {
        return sides -> new ActionStarted(envelope, Values.listOf(sides), List.of(), action, null);
    }

    /**
     * @param sides the sides it is aimed at
     * @return a copy naming whom it is aimed at
     */
    public ActionStarted withAgainst(String... sides) {
        return new ActionStarted(envelope, by, Values.listOf(sides), action, description);
    }

    /**
     * @param description the action in words
     * @return a copy with the description
     */
    public ActionStarted withDescription(String description) {
        return new ActionStarted(envelope, by, against, action, description);
    }

    /** The last stage of {@link #of(Envelope, String)}: who acts. */
    @FunctionalInterface
    public interface Actors {
        /**
         * @param sides the side acting, or the sides acting together
         * @return the development
         */
        ActionStarted by(String... sides);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onActionStarted(this);
    }
}
