package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One provision of an agreement: what is to be done, the formula as stated ("1000 for 1000", "all for all"), the
 * quantity per side where stated, the criteria ("under 25"), and the timing.
 *
 * <pre>{@code
 * new Provision("pow-exchange", "exchange of prisoners of war", "all for all",
 *         List.of(), List.of("under 25", "seriously wounded or sick"), null)
 * }</pre>
 *
 * @param id         the provision's id, unique within its agreement; implementation steps name it
 * @param subject    what the provision is about (required)
 * @param formula    the exchange formula as reported, if any
 * @param quantities the target per side, where stated
 * @param criteria   who or what qualifies
 * @param timing     when it is to happen, in the source's words
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Provision(String id, String subject, String formula, List<Share> quantities, List<String> criteria,
                        String timing) {

    /** Validates id and subject. */
    public Provision {
        Values.id("provision.id", id);
        Values.text("provision.subject", subject);
        formula = Values.optionalText(formula);
        quantities = Values.list("provision.quantities", quantities);
        criteria = Values.texts("provision.criteria", criteria);
        timing = Values.optionalText(timing);
    }
}
