package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A step carrying out a provision happened, e.g. one stage of a prisoner exchange; a count may be undisclosed.
 * JSON type name {@code "implementation-step-completed"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param agreement the id of the agreement
 * @param provision the id of the provision within it
 * @param delivered what each side delivered in this step
 * @param description the step in words
 */
@JsonTypeName("implementation-step-completed")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ImplementationStepCompleted(@JsonUnwrapped Envelope envelope,
        String agreement,
        String provision,
        List<Share> delivered,
        String description) implements Development {

    /** Validates the content; the envelope validates itself. */
    public ImplementationStepCompleted {
        Values.required("envelope", envelope);
        Values.id("agreement", agreement);
        Values.id("provision", provision);
        delivered = Values.list("delivered", delivered);
        description = Values.optionalText(description);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onImplementationStepCompleted(this);
    }
}
