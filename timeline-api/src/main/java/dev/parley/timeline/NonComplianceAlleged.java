package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Someone accuses a side of breaking an agreement, or one of its provisions. Parley keeps the allegation with
 * the agreement and never judges it.
 * JSON type name {@code "non-compliance-alleged"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param by who alleges it: a party or a person
 * @param against the side accused
 * @param agreement the id of the agreement
 * @param provision the provision broken, if named
 * @param allegation what is alleged, in the reporter's words
 */
@JsonTypeName("non-compliance-alleged")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NonComplianceAlleged(@JsonUnwrapped Envelope envelope,
        String by,
        String against,
        String agreement,
        String provision,
        String allegation) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param by who alleges it: a party or a person
     * @param against the side accused
     * @param agreement the id of the agreement
     * @param provision the provision broken, if named
     * @param allegation what is alleged, in the reporter's words
     */
    public NonComplianceAlleged {
        Values.required("envelope", envelope);
        by = Values.text("by", by).intern();
        against = Values.text("against", against).intern();
        Values.id("agreement", agreement);
        Values.optionalId("provision", provision);
        allegation = Values.text("allegation", allegation);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onNonComplianceAlleged(this);
    }
}
