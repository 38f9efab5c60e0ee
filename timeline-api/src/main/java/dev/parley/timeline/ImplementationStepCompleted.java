package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A step carrying out an agreement happened, e.g. one stage of a prisoner exchange; a count may be undisclosed.
 * The step names the provision it serves ({@code provision}), several ({@code provisions}, with each share saying
 * which it counts under), or none when the source never said. A step marked {@code complete} carries out in full
 * every provision it names, which is how a provision without a number (a withdrawal, opening a route, lifting a
 * measure) is fulfilled by a step.
 * JSON type name {@code "implementation-step-completed"}.
 *
 * <pre>{@code
 * ImplementationStepCompleted.under(Envelope.of("stage-1", "ru-ua-2025", "2025-06-09"), "exchange")
 *         .withProvision("pows").withDelivered(new Share("Russia", Quantity.atLeast(300)))
 * ImplementationStepCompleted.under(Envelope.of("route-open", "grain-2022", "2022-08-01"), "grain-deal")
 *         .withProvision("corridor").completing()
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param agreement the id of the agreement
 * @param provision the id of the provision within it; null when the step serves several or the source does not say
 * @param delivered what each side delivered in this step
 * @param description the step in words
 * @param provisions the provisions a step serves when it serves several (one exchange under two categories)
 * @param complete true when the source says the step carries out the provisions it names in full
 */
@JsonTypeName("implementation-step-completed")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ImplementationStepCompleted(@JsonUnwrapped Envelope envelope,
        String agreement,
        String provision,
        List<Share> delivered,
        String description,
        List<String> provisions,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean complete) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param agreement the id of the agreement
     * @param provision the id of the provision within it; null when the step serves several or the source does not
     *                  say
     * @param delivered what each side delivered in this step
     * @param description the step in words
     * @param provisions the provisions a step serves when it serves several (one exchange under two categories)
     * @param complete true when the source says the step carries out the provisions it names in full
     */
    public ImplementationStepCompleted {
        Values.required("envelope", envelope);
        Values.id("agreement", agreement);
        Values.optionalId("provision", provision);
        delivered = Values.list("delivered", delivered);
        description = Values.optionalText(description);
        provisions = Values.list("provisions", provisions);
        Set<String> seen = new LinkedHashSet<>();
        for (String id : provisions) {
            if (!seen.add(Values.id("provisions", id)) || id.equals(provision)) {
                throw new InvalidValueException("provisions", "provision '" + id + "' is named twice");
            }
        }
        if (complete && provision == null && provisions.isEmpty()
                && delivered.stream().allMatch(share -> share.provision() == null)) {
            throw new InvalidValueException("complete", "a step that completes what it carries out names the "
                    + "provision (or provisions) it completes");
        }
    }

    /**
     * A step that does not say it completes anything, as in format {@code parley/1} before {@code complete}.
     *
     * @param envelope    id, negotiation, dates, sources and refs
     * @param agreement   the id of the agreement
     * @param provision   the id of the provision, or null
     * @param delivered   what each side delivered
     * @param description the step in words, or null
     * @param provisions  the provisions a step serves when it serves several
     */
    public ImplementationStepCompleted(Envelope envelope, String agreement, String provision, List<Share> delivered,
                                       String description, List<String> provisions) {
        this(envelope, agreement, provision, delivered, description, provisions, false);
    }

    /**
     * A step under one provision, as in format {@code parley/1} before steps under several.
     *
     * @param envelope    id, negotiation, dates, sources and refs
     * @param agreement   the id of the agreement
     * @param provision   the id of the provision
     * @param delivered   what each side delivered
     * @param description the step in words, or null
     */
    public ImplementationStepCompleted(Envelope envelope, String agreement, String provision, List<Share> delivered,
                                       String description) {
        this(envelope, agreement, provision, delivered, description, List.of(), false);
    }

    /**
     * @return every provision this step names: {@code provision}, then {@code provisions}, then any further
     *         provision a share counts under, each once; empty when the source never said
     */
    @JsonIgnore
    public List<String> provisionsServed() {
        Set<String> all = new LinkedHashSet<>();
        if (provision != null) {
            all.add(provision);
        }
        all.addAll(provisions);
        delivered.stream().map(Share::provision).filter(p -> p != null).forEach(all::add);
        return List.copyOf(all);
    }

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param agreement the id of the agreement carried out
     * @return a step under the agreement as a whole, with no deliveries or description yet
     */
    public static ImplementationStepCompleted under(Envelope envelope, String agreement) {
        return new ImplementationStepCompleted(envelope, agreement, null, List.of(), null, List.of(), false);
    }

    /**
     * @param provision the id of the provision carried out
     * @return a copy under one provision
     */
    public ImplementationStepCompleted withProvision(String provision) {
        return new ImplementationStepCompleted(envelope, agreement, provision, delivered, description, provisions,
                complete);
    }

    /**
     * @param delivered what each side delivered
     * @return a copy with the deliveries
     */
    public ImplementationStepCompleted withDelivered(Share... delivered) {
        return new ImplementationStepCompleted(envelope, agreement, provision, Values.listOf(delivered), description,
                provisions, complete);
    }

    /**
     * @param description the step in words
     * @return a copy with the description
     */
    public ImplementationStepCompleted withDescription(String description) {
        return new ImplementationStepCompleted(envelope, agreement, provision, delivered, description, provisions,
                complete);
    }

    /**
     * @param provisions the ids of further provisions the step carries out
     * @return a copy under several provisions
     */
    public ImplementationStepCompleted withProvisions(String... provisions) {
        return new ImplementationStepCompleted(envelope, agreement, provision, delivered, description,
                Values.listOf(provisions), complete);
    }

    /**
     * @return a copy that carries out in full every provision it names (a withdrawal done, a route opened)
     */
    public ImplementationStepCompleted completing() {
        return new ImplementationStepCompleted(envelope, agreement, provision, delivered, description, provisions,
                true);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onImplementationStepCompleted(this);
    }
}
