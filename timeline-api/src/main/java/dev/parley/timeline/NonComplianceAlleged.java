package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Someone accuses a side of breaking an agreement, or one of its provisions. Parley keeps the allegation with
 * the agreement and never judges it.
 * JSON type name {@code "non-compliance-alleged"}.
 *
 * <pre>{@code
 * NonComplianceAlleged.by(Envelope.of("breach", "ru-ua-2025", "2025-06-12"), "Ukraine").against("Russia")
 *         .under("exchange").alleging("wounded prisoners were held back").withProvision("pows")
 * }</pre>
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

    /**
     * The first stage: who alleges; then {@link Against#against(String)}, {@link Under#under(String)} and
     * {@link Alleging#alleging(String)}.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param side the side alleging
     * @return the stage that takes the side accused
     */
    public static Against by(Envelope envelope, String side) {
        return against -> agreement -> allegation ->
                new NonComplianceAlleged(envelope, side, against, agreement, null, allegation);
    }

    /**
     * @param provision the id of the provision broken
     * @return a copy naming the provision
     */
    public NonComplianceAlleged withProvision(String provision) {
        return new NonComplianceAlleged(envelope, by, against, agreement, provision, allegation);
    }

    /** The stage of {@link #by(Envelope, String)} that takes the side accused. */
    @FunctionalInterface
    public interface Against {
        /**
         * @param side the side accused
         * @return the stage that takes the agreement
         */
        Under against(String side);
    }

    /** The stage of {@link #by(Envelope, String)} that takes the agreement. */
    @FunctionalInterface
    public interface Under {
        /**
         * @param agreement the id of the agreement
         * @return the stage that takes the allegation
         */
        Alleging under(String agreement);
    }

    /** The last stage of {@link #by(Envelope, String)}: the allegation. */
    @FunctionalInterface
    public interface Alleging {
        /**
         * @param allegation what is alleged, in words
         * @return the development
         */
        NonComplianceAlleged alleging(String allegation);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onNonComplianceAlleged(this);
    }
}
