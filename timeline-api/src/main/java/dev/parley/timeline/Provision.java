package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One provision of an agreement: what is to be done, the formula as stated ("1000 for 1000", "all for all"), the
 * quantity per side where stated, the criteria ("under 25"), the timing, and, where the source gives them, a
 * deadline and the sides bound to carry it out.
 *
 * <pre>{@code
 * Provision.of("pow-exchange", "exchange of prisoners of war").withFormula("all for all")
 *         .withCriteria("under 25", "seriously wounded or sick")
 * }</pre>
 *
 * @param id         the provision's id, unique within its agreement; implementation steps name it
 * @param subject    what the provision is about (required)
 * @param formula    the exchange formula as reported, if any
 * @param quantities the target per side (and unit), where stated
 * @param criteria   who or what qualifies
 * @param timing     when it is to happen, in the source's words
 * @param deadline   when it is due, if a date was set; judged at the as-of cut ({@code OVERDUE})
 * @param obligors   the sides bound to carry it out, where the source says
 * @param term       how long it runs, for a phase of a fixed number of days; its end is judged at the as-of cut
 *                   ({@code TERM_ENDED})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Provision(String id, String subject, String formula, List<Share> quantities, List<String> criteria,
                        String timing, Deadline deadline, List<String> obligors, Term term) {

    /**
     * Validates id and subject.
     *
     * @param id the provision's id, unique within its agreement; implementation steps name it
     * @param subject what the provision is about (required)
     * @param formula the exchange formula as reported, if any
     * @param quantities the target per side (and unit), where stated
     * @param criteria who or what qualifies
     * @param timing when it is to happen, in the source's words
     * @param deadline when it is due, if a date was set; judged at the as-of cut ({@code OVERDUE})
     * @param obligors the sides bound to carry it out, where the source says
     * @param term how long it runs, for a phase of a fixed number of days
     */
    public Provision {
        Values.id("provision.id", id);
        Values.text("provision.subject", subject);
        formula = Values.optionalText(formula);
        quantities = Values.list("provision.quantities", quantities);
        for (Share share : quantities) {
            if (share.provision() != null) {
                throw new InvalidValueException("provision.quantities", "a provision's target names no provision"
                        + " (got '" + share.provision() + "')");
            }
        }
        criteria = Values.texts("provision.criteria", criteria);
        timing = Values.optionalText(timing);
        obligors = Values.names("provision.obligors", obligors);
    }

    /**
     * A provision without deadline or obligors, as in format {@code parley/1} before them.
     *
     * @param id         the provision's id
     * @param subject    what it is about
     * @param formula    the exchange formula, if any
     * @param quantities the target per side
     * @param criteria   who or what qualifies
     * @param timing     when, in the source's words
     */
    public Provision(String id, String subject, String formula, List<Share> quantities, List<String> criteria,
                     String timing) {
        this(id, subject, formula, quantities, criteria, timing, null, List.of());
    }

    /**
     * A provision without a term, as in format {@code parley/1} before {@code term}.
     *
     * @param id         the provision's id
     * @param subject    what it is about
     * @param formula    the exchange formula, if any
     * @param quantities the target per side
     * @param criteria   who or what qualifies
     * @param timing     when, in the source's words
     * @param deadline   when it is due, if a date was set
     * @param obligors   the sides bound to carry it out
     */
    public Provision(String id, String subject, String formula, List<Share> quantities, List<String> criteria,
                     String timing, Deadline deadline, List<String> obligors) {
        this(id, subject, formula, quantities, criteria, timing, deadline, obligors, null);
    }

    /**
     * @param id      the provision's id, unique within its agreement; implementation steps name it
     * @param subject what the provision is about
     * @return a provision with no formula, targets, criteria, timing, deadline or obligors yet
     */
    public static Provision of(String id, String subject) {
        return new Provision(id, subject, null, List.of(), List.of(), null, null, List.of(), null);
    }

    /**
     * @param formula the exchange formula as reported ("1000 for 1000")
     * @return a copy with the formula
     */
    public Provision withFormula(String formula) {
        return new Provision(id, subject, formula, quantities, criteria, timing, deadline, obligors, term);
    }

    /**
     * @param quantities the target per side (and unit)
     * @return a copy with the targets
     */
    public Provision withQuantities(Share... quantities) {
        return new Provision(id, subject, formula, Values.listOf(quantities), criteria, timing, deadline, obligors,
                term);
    }

    /**
     * @param criteria who or what qualifies
     * @return a copy with the criteria
     */
    public Provision withCriteria(String... criteria) {
        return new Provision(id, subject, formula, quantities, Values.listOf(criteria), timing, deadline, obligors,
                term);
    }

    /**
     * @param timing when it is to happen, in the source's words
     * @return a copy with the timing
     */
    public Provision withTiming(String timing) {
        return new Provision(id, subject, formula, quantities, criteria, timing, deadline, obligors, term);
    }

    /**
     * @param deadline when it is due
     * @return a copy with the deadline
     */
    public Provision withDeadline(Deadline deadline) {
        return new Provision(id, subject, formula, quantities, criteria, timing, deadline, obligors, term);
    }

    /**
     * @param obligors the sides bound to carry it out
     * @return a copy naming the sides bound
     */
    public Provision withObligors(String... obligors) {
        return new Provision(id, subject, formula, quantities, criteria, timing, deadline, Values.listOf(obligors),
                term);
    }

    /**
     * @param term how long it runs ({@code Term.ofDays(90)})
     * @return a copy with the term
     */
    public Provision withTerm(Term term) {
        return new Provision(id, subject, formula, quantities, criteria, timing, deadline, obligors, term);
    }
}
