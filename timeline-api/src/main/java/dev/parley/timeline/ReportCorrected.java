package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An earlier development's content is corrected: from the correction's report date on, the replacement stands in for it. The history keeps both.
 * JSON type name {@code "report-corrected"}.
 *
 * <pre>{@code
 * ReportCorrected.replacing(Envelope.of("correction", "ru-ua-2025", "2025-06-04"),
 *         RoundHeld.round(Envelope.of("round-2", "ru-ua-2025", "2025-06-02T14:00+03:00"), 2))
 *         .withReason("wrong hour")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param development the id of the corrected development
 * @param replacement the corrected content: same type and id as the corrected development
 * @param reason why it was corrected
 */
@JsonTypeName("report-corrected")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReportCorrected(@JsonUnwrapped Envelope envelope,
        String development,
        Development replacement,
        String reason) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param development the id of the corrected development
     * @param replacement the corrected content: same type and id as the corrected development
     * @param reason why it was corrected
     */
    public ReportCorrected {
        Values.required("envelope", envelope);
        Values.id("development", development);
        Values.required("replacement", replacement);
        reason = Values.optionalText(reason);
        if (replacement instanceof ReportCorrected || replacement instanceof ReportRetracted) {
            throw new InvalidValueException("replacement", "a correction cannot replace a correction or retraction");
        }
        if (!replacement.id().equals(development)) {
            throw new InvalidValueException("replacement", "the replacement must keep the id '" + development
                    + "' (got '" + replacement.id() + "')");
        }
        if (!replacement.negotiationId().equals(envelope.negotiationId())) {
            throw new InvalidValueException("replacement", "the replacement belongs to another negotiation");
        }
    }

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param replacement the corrected development, under the id of the one it replaces
     * @return a correction of the development with the replacement's id, for no stated reason
     */
    public static ReportCorrected replacing(Envelope envelope, Development replacement) {
        return new ReportCorrected(envelope, Values.required("replacement", replacement).id(), replacement, null);
    }

    /**
     * @param reason why it was corrected
     * @return a copy with the reason
     */
    public ReportCorrected withReason(String reason) {
        return new ReportCorrected(envelope, development, replacement, reason);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onReportCorrected(this);
    }
}
