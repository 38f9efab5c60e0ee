package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * The parties agreed on one or more provisions. Its life afterwards (signatures, ratifications, extensions,
 * suspension, termination ...) is told by the {@link AgreementDevelopment agreement developments} naming it.
 * JSON type name {@code "agreement-reached"}.
 *
 * <pre>{@code
 * AgreementReached.titled(Envelope.of("exchange", "ru-ua-2025", "2025-06-02"), "prisoner exchange")
 *         .provisions(Provision.of("pows", "exchange of prisoners of war").withFormula("all for all"))
 *         .withParties("Russia", "Ukraine")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param title what the agreement is called or about
 * @param parties the sides that agreed
 * @param provisions what was agreed, provision by provision (at least one)
 * @param expires when its term ends unless extended, if it has a term; judged at the as-of cut ({@code EXPIRED}) * @param by the side or sides that announced it, when not all parties did (optional): a {@code CONFIRMS} or
 *           {@code DISPUTES} ref from the agreement is theirs
 * @param signatories who signed it when it was reached, each in the capacity of their {@code role} (optional)
 */
@JsonTypeName("agreement-reached")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AgreementReached(@JsonUnwrapped Envelope envelope,
        String title,
        List<String> parties,
        List<Provision> provisions,
        PartialDate expires,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> by,
        List<Agent> signatories) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param title what the agreement is called or about
     * @param parties the sides that agreed
     * @param provisions what was agreed, provision by provision (at least one)
     * @param expires when its term ends unless extended, if it has a term; judged at the as-of cut ({@code
     *                EXPIRED})     * @param by the side or sides that announced it, when not all parties did; each one of the parties or mediators
     *           (when parties are named)
     * @param signatories who signed it when it was reached; each affiliation one of the parties or mediators (when
     *                    parties are named)
     */
    public AgreementReached {
        Values.required("envelope", envelope);
        title = Values.text("title", title);
        parties = Values.names("parties", parties);
        provisions = Values.provisions(provisions);
        List<String> sides = parties.isEmpty() ? List.of() : Speakers.sides(parties, envelope.mediators());
        by = Speakers.announcers(by, sides);
        signatories = Speakers.signatories("signatories", signatories, sides);
    }

    /**
     * An agreement as in format {@code parley/1} before {@code by} and {@code signatories}.
     *
     * @param envelope   id, negotiation, dates, sources and refs
     * @param title      what it is called
     * @param parties    the sides that agreed
     * @param provisions what was agreed
     * @param expires    when its term ends unless extended, or null
     */
    public AgreementReached(Envelope envelope, String title, List<String> parties, List<Provision> provisions,
            PartialDate expires) {
        this(envelope, title, parties, provisions, expires, List.of(), List.of());
    }

    /**
     * An agreement without a term, as in format {@code parley/1} before {@code expires}.
     *
     * @param envelope   id, negotiation, dates, sources and refs
     * @param title      what it is called
     * @param parties    the sides that agreed
     * @param provisions what was agreed
     */
    public AgreementReached(Envelope envelope, String title, List<String> parties, List<Provision> provisions) {
        this(envelope, title, parties, provisions, null);
    }

    /**
     * The first stage: the agreement's title; {@link Provisions#provisions(Provision, Provision...)} gives what
     * it provides.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param title what the agreement is called
     * @return the stage that takes the provisions
     */
    public static Provisions titled(Envelope envelope, String title) {
        return (first, more) -> new AgreementReached(envelope, title, List.of(), Values.listOf(first, more), null);
    }

    /**
     * @param parties the sides bound by it
     * @return a copy naming the parties
     */
    public AgreementReached withParties(String... parties) {
        return new AgreementReached(envelope, title, Values.listOf(parties), provisions, expires, by, signatories);
    }

    /**
     * @param expires when it expires unless extended, in any {@link PartialDate} form
     * @return a copy with the expiry
     */
    public AgreementReached withExpiry(String expires) {
        return new AgreementReached(envelope, title, parties, provisions, PartialDate.parse(expires), by,
                signatories);
    }

    /**
     * @param sides the side or sides that announced it, when not all parties did
     * @return a copy naming who announced it
     */
    public AgreementReached announcedBy(String... sides) {
        return new AgreementReached(envelope, title, parties, provisions, expires, Values.listOf(sides), signatories);
    }

    /**
     * @param people who signed it when it was reached, each in the capacity of their {@code role}
     * @return a copy with the signatories
     */
    public AgreementReached withSignatories(Agent... people) {
        return new AgreementReached(envelope, title, parties, provisions, expires, by, Values.listOf(people));
    }

    /** The last stage of {@link #titled(Envelope, String)}: the provisions, at least one. */
    @FunctionalInterface
    public interface Provisions {
        /**
         * @param first the first provision
         * @param more  the others
         * @return the development
         */
        AgreementReached provisions(Provision first, Provision... more);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementReached(this);
    }
}
