package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * Someone said something worth keeping, quoted verbatim or summarised.
 * JSON type name {@code "statement-made"}.
 *
 * <pre>{@code
 * StatementMade.quoting(Envelope.of("statement", "ru-ua-2025", "2025-06-02"),
 *         Agent.named("Rustem Umerov", "Defence Minister of Ukraine", "Ukraine"), "usual")
 *         .withSummary("the Russian position remains usual")
 * }</pre>
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

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param speaker who spoke
     * @param quote   their words
     * @return a quoted statement addressed to no one in particular
     */
    public static StatementMade quoting(Envelope envelope, Agent speaker, String quote) {
        return new StatementMade(envelope, speaker, quote, null, List.of());
    }

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param speaker who spoke
     * @param summary a paraphrase of what they said
     * @return a paraphrased statement addressed to no one in particular
     */
    public static StatementMade summarising(Envelope envelope, Agent speaker, String summary) {
        return new StatementMade(envelope, speaker, null, summary, List.of());
    }

    /**
     * @param quote their words
     * @return a copy with the quote
     */
    public StatementMade withQuote(String quote) {
        return new StatementMade(envelope, speaker, quote, summary, to);
    }

    /**
     * @param summary a paraphrase of what they said
     * @return a copy with the paraphrase
     */
    public StatementMade withSummary(String summary) {
        return new StatementMade(envelope, speaker, quote, summary, to);
    }

    /**
     * @param sides the sides it is addressed to
     * @return a copy naming whom it is addressed to
     */
    public StatementMade withAddressees(String... sides) {
        return new StatementMade(envelope, speaker, quote, summary, Values.listOf(sides));
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onStatementMade(this);
    }
}
