package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * A party signs an agreement, possibly separately from the others (each side signing its own copy with the
 * mediators): the signature of {@code by}, counter-signed by {@code with}.
 * JSON type name {@code "agreement-signed"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param agreement the id of the agreement
 * @param by the party signing
 * @param with the counter-signatories of this signature
 * @param venue where, if reported
 */
@JsonTypeName("agreement-signed")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AgreementSigned(@JsonUnwrapped Envelope envelope,
        String agreement,
        String by,
        List<String> with,
        String venue) implements AgreementDevelopment {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param agreement the id of the agreement
     * @param by the party signing
     * @param with the counter-signatories of this signature
     * @param venue where, if reported
     */
    public AgreementSigned {
        Values.required("envelope", envelope);
        Values.id("agreement", agreement);
        by = Values.text("by", by).intern();
        with = Values.names("with", with);
        venue = Values.optionalText(venue);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementSigned(this);
    }
}
