package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Someone said something worth keeping, quoted verbatim or summarised.
 * JSON type name {@code "statement-made"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param speaker who spoke
 * @param quote the words, verbatim
 * @param summary a paraphrase, when there is no verbatim quote or it needs context
 */
@JsonTypeName("statement-made")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StatementMade(@JsonUnwrapped Envelope envelope,
        Agent speaker,
        String quote,
        String summary) implements Development {

    /** Validates the content; the envelope validates itself. */
    public StatementMade {
        Values.required("envelope", envelope);
        Values.required("speaker", speaker);
        quote = Values.optionalText(quote);
        summary = Values.optionalText(summary);
        if (quote == null && summary == null) {
            throw new InvalidValueException("quote", "a statement needs a quote or a summary");
        }
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onStatementMade(this);
    }
}
