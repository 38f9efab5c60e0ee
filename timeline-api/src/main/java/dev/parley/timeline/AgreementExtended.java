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

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementExtended(this);
    }
}
