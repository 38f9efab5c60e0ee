package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * An agreement's term is extended or renewed: until a date, or by a number of days from its current expiry.
 * JSON type name {@code "agreement-extended"}.
 *
 * <pre>{@code
 * AgreementExtended.of(Envelope.of("extended", "ru-ua-2025", "2025-06-30"), "exchange")
 *         .withBy("Russia", "Ukraine").withUntil("2025-09-30").withDays(90)
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param agreement the id of the agreement
 * @param by who extended it, if reported; in JSON a string or a list
 * @param until the new end of its term, if stated
 * @param days the length of the extension in days, if stated
 */
@JsonTypeName("agreement-extended")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AgreementExtended(@JsonUnwrapped Envelope envelope,
        String agreement,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> by,
        PartialDate until,
        Integer days) implements AgreementDevelopment {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param agreement the id of the agreement
     * @param by who extended it, if reported; in JSON a string or a list
     * @param until the new end of its term, if stated
     * @param days the length of the extension in days, if stated
     */
    public AgreementExtended {
        Values.required("envelope", envelope);
        Values.id("agreement", agreement);
        by = Values.names("by", by);
        Values.positive("days", days);
    }

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param agreement the id of the agreement ({@code agreement-reached})
     * @return an extension by no named side, to no stated date or length yet
     */
    public static AgreementExtended of(Envelope envelope, String agreement) {
        return new AgreementExtended(envelope, agreement, List.of(), null, null);
    }

    /**
     * @param sides the sides that extended it
     * @return a copy naming the sides
     */
    public AgreementExtended withBy(String... sides) {
        return new AgreementExtended(envelope, agreement, Values.listOf(sides), until, days);
    }

    /**
     * @param until the new expiry, in any {@link PartialDate} form
     * @return a copy with the new expiry
     */
    public AgreementExtended withUntil(String until) {
        return new AgreementExtended(envelope, agreement, by, PartialDate.parse(until), days);
    }

    /**
     * @param days the length of the extension in days
     * @return a copy with the length
     */
    public AgreementExtended withDays(int days) {
        return new AgreementExtended(envelope, agreement, by, until, days);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementExtended(this);
    }
}
