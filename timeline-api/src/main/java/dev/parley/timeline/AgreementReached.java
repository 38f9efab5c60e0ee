package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * The parties agreed on one or more provisions.
 * JSON type name {@code "agreement-reached"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param title what the agreement is called or about
 * @param parties the sides that agreed
 * @param provisions what was agreed, provision by provision (at least one)
 */
@JsonTypeName("agreement-reached")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AgreementReached(@JsonUnwrapped Envelope envelope,
        String title,
        List<String> parties,
        List<Provision> provisions) implements Development {

    /** Validates the content; the envelope validates itself. */
    public AgreementReached {
        Values.required("envelope", envelope);
        title = Values.text("title", title);
        parties = Values.texts("parties", parties);
        provisions = Values.provisions(provisions);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementReached(this);
    }
}
