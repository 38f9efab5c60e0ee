package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A side declares an agreement, or one of its provisions, fulfilled.
 * JSON type name {@code "fulfilment-declared"}.
 *
 * <pre>{@code
 * FulfilmentDeclared.of(Envelope.of("declared", "ru-ua-2025", "2025-06-20"), "exchange").by("Ukraine")
 *         .withProvision("pows")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param agreement the id of the agreement
 * @param provision the provision id, or null for the whole agreement
 * @param by who declares it
 * @param speaker who made the declaration for the side, if the report names them (optional)
 * @param quote the speaker's or side's own words, verbatim (optional)
 */
@JsonTypeName("fulfilment-declared")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FulfilmentDeclared(@JsonUnwrapped Envelope envelope,
        String agreement,
        String provision,
        String by,
        Agent speaker,
        String quote) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param agreement the id of the agreement
     * @param provision the provision id, or null for the whole agreement
     * @param by who declares it
     * @param speaker who made the declaration for the side, if the report names them (optional)
     * @param quote the speaker's or side's own words, verbatim (optional)
     */
    public FulfilmentDeclared {
        Values.required("envelope", envelope);
        Values.id("agreement", agreement);
        if (provision != null) {
            Values.id("provision", provision);
        }
        by = Values.text("by", by);
        quote = Values.optionalText(quote);
    }

    /**
     * A declaration without speaker or quote, as in format {@code parley/1} before them.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param agreement the id of the agreement
     * @param provision the provision id, or null for the whole agreement
     * @param by who declares it
     */
    public FulfilmentDeclared(Envelope envelope, String agreement, String provision, String by) {
        this(envelope, agreement, provision, by, null, null);
    }

    /**
     * The first stage: the agreement; {@link Development.By#by(String)} names the side declaring.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param agreement the id of the agreement declared carried out
     * @return the stage that takes the side declaring
     */
    public static Development.By<FulfilmentDeclared> of(Envelope envelope, String agreement) {
        return side -> new FulfilmentDeclared(envelope, agreement, null, side);
    }

    /**
     * @param provision the id of the one provision declared carried out
     * @return a copy about one provision
     */
    public FulfilmentDeclared withProvision(String provision) {
        return new FulfilmentDeclared(envelope, agreement, provision, by, speaker, quote);
    }

    /**
     * @param speaker who made the declaration for the side ({@link Agent#named})
     * @return a copy naming the speaker
     */
    public FulfilmentDeclared withSpeaker(Agent speaker) {
        return new FulfilmentDeclared(envelope, agreement, provision, by, speaker, quote);
    }

    /**
     * @param quote the speaker's or side's own words, verbatim
     * @return a copy with the quote
     */
    public FulfilmentDeclared withQuote(String quote) {
        return new FulfilmentDeclared(envelope, agreement, provision, by, speaker, quote);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onFulfilmentDeclared(this);
    }
}
