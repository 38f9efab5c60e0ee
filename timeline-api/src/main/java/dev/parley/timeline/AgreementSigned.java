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
 * <pre>{@code
 * AgreementSigned.of(Envelope.of("signed-ukraine", "ru-ua-2025", "2025-06-02"), "exchange").by("Ukraine")
 *         .withCounterparts("Turkey").withVenue("Istanbul")
 * }</pre>
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

    /**
     * The first stage: the agreement; {@link Development.By#by(String)} names the side signing.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param agreement the id of the agreement ({@code agreement-reached})
     * @return the stage that takes the side signing
     */
    public static Development.By<AgreementSigned> of(Envelope envelope, String agreement) {
        return side -> new AgreementSigned(envelope, agreement, side, null, null);
    }

    /**
     * @param sides the sides it signed with
     * @return a copy naming whom it signed with
     */
    public AgreementSigned withCounterparts(String... sides) {
        return new AgreementSigned(envelope, agreement, by, Values.listOf(sides), venue);
    }

    /**
     * @param venue where it signed
     * @return a copy with the venue
     */
    public AgreementSigned withVenue(String venue) {
        return new AgreementSigned(envelope, agreement, by, with, venue);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementSigned(this);
    }
}
