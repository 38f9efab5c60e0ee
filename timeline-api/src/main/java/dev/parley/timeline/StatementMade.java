package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * Someone said something worth keeping, quoted verbatim or summarised.
 * JSON type name {@code "statement-made"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param speaker who spoke
 * @param quote the words, verbatim
 * @param summary a paraphrase, when there is no verbatim quote or it needs context
 * @param to the sides or people it was addressed to, if the source says
 */
@JsonTypeName("statement-made")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StatementMade(@JsonUnwrapped Envelope envelope,
        Agent speaker,
        String quote,
        String summary,
        List<String> to) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param speaker who spoke
     * @param quote the words, verbatim
     * @param summary a paraphrase, when there is no verbatim quote or it needs context
     * @param to the sides or people it was addressed to, if the source says
     */
    public StatementMade {
        Values.required("envelope", envelope);
        Values.required("speaker", speaker);
        quote = Values.optionalText(quote);
        summary = Values.optionalText(summary);
        if (quote == null && summary == null) {
            throw new InvalidValueException("quote", "a statement needs a quote or a summary");
        }
        to = Values.names("to", to);
    }

    /**
     * A statement with no addressee, as in format {@code parley/1} before {@code to}.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param speaker  who spoke
     * @param quote    the words, verbatim, or null
     * @param summary  a paraphrase, or null
     */
    public StatementMade(Envelope envelope, Agent speaker, String quote, String summary) {
        this(envelope, speaker, quote, summary, List.of());
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onStatementMade(this);
    }
}
