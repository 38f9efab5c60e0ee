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
 * @param signatories who signed, each in the capacity of their {@code role} ("Defence Minister"); an affiliation,
 *                    when given, is the signing party, a counterpart or a mediator (optional)
 */
@JsonTypeName("agreement-signed")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AgreementSigned(@JsonUnwrapped Envelope envelope,
        String agreement,
        String by,
        List<String> with,
        String venue,
        List<Agent> signatories) implements AgreementDevelopment {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param agreement the id of the agreement
     * @param by the party signing
     * @param with the counter-signatories of this signature
     * @param venue where, if reported
     * @param signatories who signed, each in the capacity of their {@code role}; an affiliation, when given, is the
     *                    signing party, a counterpart or a mediator
     */
    public AgreementSigned {
        Values.required("envelope", envelope);
        Values.id("agreement", agreement);
        by = Values.text("by", by).intern();
        with = Values.names("with", with);
        venue = Values.optionalText(venue);
        signatories = Speakers.signatories("signatories", signatories, Speakers.sides(List.of(by), with,
                envelope.mediators()));
    }

    /**
     * A signature without signatories, as in format {@code parley/1} before them.
     *
     * @param envelope  id, negotiation, dates, sources and refs
     * @param agreement the id of the agreement
     * @param by        the party signing
     * @param with      the counter-signatories of this signature
     * @param venue     where, if reported
     */
    public AgreementSigned(Envelope envelope, String agreement, String by, List<String> with, String venue) {
        this(envelope, agreement, by, with, venue, List.of());
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
        return new AgreementSigned(envelope, agreement, by, Values.listOf(sides), venue, signatories);
    }

    /**
     * @param venue where it signed
     * @return a copy with the venue
     */
    public AgreementSigned withVenue(String venue) {
        return new AgreementSigned(envelope, agreement, by, with, venue, signatories);
    }

    /**
     * @param people who signed, each in the capacity of their {@code role} ("Defence Minister of Russia")
     * @return a copy with the signatories
     */
    public AgreementSigned withSignatories(Agent... people) {
        return new AgreementSigned(envelope, agreement, by, with, venue, Values.listOf(people));
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementSigned(this);
    }
}
