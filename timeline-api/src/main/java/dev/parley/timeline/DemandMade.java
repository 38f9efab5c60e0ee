package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A side demands something of another side.
 * JSON type name {@code "demand-made"}.
 *
 * <pre>{@code
 * DemandMade.by(Envelope.of("wga-demand", "wga-amptp-2023", "2023-05-01"), "WGA").to("AMPTP")
 *         .terms("Minimum staffing of writers' rooms")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param by the side taking the position, or the sides taking it together (a coalition); in JSON a string or a
 *           list
 * @param to the sides it is addressed to
 * @param terms what is demanded, proposed or offered
 * @param items the individual points, e.g. regions or names
 * @param quantity how many, where the position is about a number
 * @param criteria who or what qualifies ("under 25")
 * @param deadline when it is due, if a deadline was set
 * @param speaker who put the position forward for the side, if the report names them (optional)
 * @param quote the speaker's or side's own words, verbatim, kept apart from the terms (optional)
 * @param coalition the name under which several sides take the position together ("E3"); needs at least two
 *                  sides in {@code by} (optional)
 */
@JsonTypeName("demand-made")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DemandMade(@JsonUnwrapped Envelope envelope,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> by,
        List<String> to,
        String terms,
        List<String> items,
        Quantity quantity,
        String criteria,
        Deadline deadline,
        Agent speaker,
        String quote,
        String coalition) implements PositionTaken, PositionTaken.OptionalParts<DemandMade> {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param by the side taking the position, or the sides taking it together (a coalition); in JSON a string or a
     *           list
     * @param to the sides it is addressed to
     * @param terms what is demanded, proposed or offered
     * @param items the individual points, e.g. regions or names
     * @param quantity how many, where the position is about a number
     * @param criteria who or what qualifies ("under 25")
     * @param deadline when it is due, if a deadline was set
     * @param speaker who put the position forward for the side, if the report names them (optional)
     * @param quote the speaker's or side's own words, verbatim, kept apart from the terms (optional)
     * @param coalition the name under which several sides take the position together ("E3"); needs at least two
     *                  sides in {@code by} (optional)
     */
    public DemandMade {
        Values.required("envelope", envelope);
        by = Values.someNames("by", by);
        to = Values.texts("to", to);
        terms = Values.text("terms", terms);
        items = Values.texts("items", items);
        criteria = Values.optionalText(criteria);
        quote = Values.optionalText(quote);
        coalition = Speakers.coalition(by, coalition);
    }

    /**
     * A position without speaker, quote or coalition name, as in format {@code parley/1} before them.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param by       the side taking the position, or the sides taking it together
     * @param to       the sides it is addressed to
     * @param terms    what is asked or given
     * @param items    the individual points
     * @param quantity how many, or null
     * @param criteria who or what qualifies, or null
     * @param deadline when it is due, or null
     */
    public DemandMade(Envelope envelope, List<String> by, List<String> to, String terms, List<String> items,
            Quantity quantity, String criteria, Deadline deadline) {
        this(envelope, by, to, terms, items, quantity, criteria, deadline, null, null, null);
    }

    /**
     * A position taken by one side, as in format {@code parley/1} before coalitions.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param by       the side taking the position
     * @param to       the sides it is addressed to
     * @param terms    what is asked or given
     * @param items    the individual points
     * @param quantity how many, or null
     * @param criteria who or what qualifies, or null
     * @param deadline when it is due, or null
     */
    public DemandMade(Envelope envelope, String by, List<String> to, String terms, List<String> items, Quantity quantity,
            String criteria, Deadline deadline) {
        this(envelope, by == null ? null : List.<String>of(by), to, terms, items, quantity, criteria, deadline);
    }

    /**
     * The first stage: who takes the position; then {@link PositionTaken.To#to(String...)} (optional) and
     * {@link PositionTaken.Terms#terms(String)}.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param sides the side demanding, or the sides demanding together (a coalition)
     * @return the stage that takes the addressees or the terms
     */
    public static PositionTaken.To<DemandMade> by(Envelope envelope, String... sides) {
        return new PositionStages<>(DemandMade::new, envelope, Values.listOf(sides), List.of());
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onDemandMade(this);
    }
}
