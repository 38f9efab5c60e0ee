package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A negotiation starts being tracked: talks opened, a process launched. The first development of every negotiation.
 * JSON type name {@code "negotiation-opened"}.
 *
 * <pre>{@code
 * NegotiationOpened.titled(Envelope.of("opened", "ru-ua-2025", "2025-05-16"), "Russia-Ukraine direct talks")
 *         .withDescription("Direct talks in Istanbul, the first since 2022")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param title a human title, e.g. "Russia-Ukraine direct talks"
 * @param description optional longer description
 */
@JsonTypeName("negotiation-opened")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NegotiationOpened(@JsonUnwrapped Envelope envelope,
        String title,
        String description) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param title a human title, e.g. "Russia-Ukraine direct talks"
     * @param description optional longer description
     */
    public NegotiationOpened {
        Values.required("envelope", envelope);
        title = Values.text("title", title);
        description = Values.optionalText(description);
    }

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param title what the negotiation is called
     * @return the opening of a negotiation, with no description
     */
    public static NegotiationOpened titled(Envelope envelope, String title) {
        return new NegotiationOpened(envelope, title, null);
    }

    /**
     * @param description what the negotiation is about
     * @return a copy with the description
     */
    public NegotiationOpened withDescription(String description) {
        return new NegotiationOpened(envelope, title, description);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onNegotiationOpened(this);
    }
}
