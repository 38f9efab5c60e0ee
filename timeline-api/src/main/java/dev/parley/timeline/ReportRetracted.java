package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An earlier development is retracted: from the retraction's report date on, it no longer counts. The history keeps it.
 * JSON type name {@code "report-retracted"}.
 *
 * <pre>{@code
 * ReportRetracted.of(Envelope.of("retraction", "ru-ua-2025", "2025-06-05"), "confirmed")
 *         .withReason("the source withdrew it")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param development the id of the retracted development
 * @param reason why it was retracted
 */
@JsonTypeName("report-retracted")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReportRetracted(@JsonUnwrapped Envelope envelope,
        String development,
        String reason) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param development the id of the retracted development
     * @param reason why it was retracted
     */
    public ReportRetracted {
        Values.required("envelope", envelope);
        Values.id("development", development);
        reason = Values.optionalText(reason);
    }

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param development the id of the development retracted
     * @return a retraction for no stated reason
     */
    public static ReportRetracted of(Envelope envelope, String development) {
        return new ReportRetracted(envelope, development, null);
    }

    /**
     * @param reason why it was retracted
     * @return a copy with the reason
     */
    public ReportRetracted withReason(String reason) {
        return new ReportRetracted(envelope, development, reason);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onReportRetracted(this);
    }
}
