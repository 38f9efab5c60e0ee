package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * The parties agreed on one or more provisions. Its life afterwards (signatures, ratifications, extensions,
 * suspension, termination ...) is told by the {@link AgreementDevelopment agreement developments} naming it.
 * JSON type name {@code "agreement-reached"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param title what the agreement is called or about
 * @param parties the sides that agreed
 * @param provisions what was agreed, provision by provision (at least one)
 * @param expires when its term ends unless extended, if it has a term; judged at the as-of cut ({@code EXPIRED})
 */
@JsonTypeName("agreement-reached")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AgreementReached(@JsonUnwrapped Envelope envelope,
        String title,
        List<String> parties,
        List<Provision> provisions,
        PartialDate expires) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param title what the agreement is called or about
     * @param parties the sides that agreed
     * @param provisions what was agreed, provision by provision (at least one)
     * @param expires when its term ends unless extended, if it has a term; judged at the as-of cut ({@code
     *                EXPIRED})
     */
    public AgreementReached {
        Values.required("envelope", envelope);
        title = Values.text("title", title);
        parties = Values.names("parties", parties);
        provisions = Values.provisions(provisions);
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

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementReached(this);
    }
}
