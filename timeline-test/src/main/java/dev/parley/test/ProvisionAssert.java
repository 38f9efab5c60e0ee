package dev.parley.test;

import dev.parley.timeline.PartialDate;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.ProvisionStatus;
import dev.parley.timeline.state.ProvisionSuspension;
import dev.parley.timeline.state.Step;
import org.assertj.core.api.AbstractObjectAssert;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on one provision's ledger. From {@link AgreementAssert#withProvision}.
 *
 * <pre>{@code
 * assertThat(state).hasAgreement("deal").withProvision("pows").hasDelivered("Ukraine", 390)
 *         .hasUndisclosedSteps("Russia", 1);
 * assertThat(state).hasAgreement("deal").withProvision("bodies").withStatus(ProvisionStatus.FULFILLED)
 *         .hasDelivered("Russia", "bodies", 6000).hasDisputed("Russia", "bodies", 1057);
 * assertThat(state).hasAgreement("geneva").withProvision("tariff").withStatus(ProvisionStatus.SUSPENDED)
 *         .isSuspendedBy("United States");
 * }</pre>
 */
public class ProvisionAssert extends AbstractObjectAssert<ProvisionAssert, ProvisionLedger> {
    private final String agreementId;

    ProvisionAssert(String agreementId, ProvisionLedger actual) {
        super(actual, ProvisionAssert.class);
        this.agreementId = agreementId;
    }

    /**
     * @param formula the expected formula
     * @return this, after checking the formula
     */
    public ProvisionAssert withFormula(String formula) {
        if (!formula.equals(actual.formula())) {
            failWithMessage("%nExpecting provision <%s/%s>%nto have formula:%n  <%s>%nbut it has:%n  <%s>",
                    agreementId, actual.id(), formula, actual.formula());
        }
        return this;
    }

    /**
     * @param criteria the criteria the provision must have
     * @return this, after checking it has all these criteria
     */
    public ProvisionAssert withCriteria(String... criteria) {
        if (!actual.criteria().containsAll(List.of(criteria))) {
            failWithMessage("%nExpecting provision <%s/%s>%nto have criteria:%n  <%s>%nbut it has:%n  <%s>",
                    agreementId, actual.id(), List.of(criteria), actual.criteria());
        }
        return this;
    }

    /**
     * @param party the side
     * @param known the disclosed total of the undisputed steps in that unit
     * @return this, after checking the disclosed total delivered by {@code party}, in every unit together
     */
    public ProvisionAssert hasDelivered(String party, int known) {
        Optional<Delivery> delivery = delivery(party);
        if (delivery.isEmpty() || actual.delivered().stream().filter(d -> d.party().equals(party))
                .map(Delivery::known).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.valueOf(known))
                != 0) {
            failWithMessage("%nExpecting provision <%s/%s>%nto have delivered by %s:%n  <%s>%nbut the ledger has:%n  <%s>",
                    agreementId, actual.id(), party, known, actual.delivered());
        }
        return this;
    }

    /**
     * @param party the side
     * @param steps the expected number of steps with an undisclosed count
     * @return this, after checking how many of {@code party}'s steps had an undisclosed count
     */
    public ProvisionAssert hasUndisclosedSteps(String party, int steps) {
        int actualSteps = actual.delivered().stream().filter(d -> d.party().equals(party))
                .mapToInt(Delivery::undisclosedSteps).sum();
        if (actualSteps != steps) {
            failWithMessage("%nExpecting provision <%s/%s>%nto have undisclosed steps by %s:%n  <%s>%nbut it has:%n  <%s>",
                    agreementId, actual.id(), party, steps, actualSteps);
        }
        return this;
    }

    /**
     * @param party the side
     * @param unit  what is counted, or null for steps that named no unit
     * @param known the disclosed total of the undisputed steps in that unit
     * @return this, after checking it
     */
    public ProvisionAssert hasDelivered(String party, String unit, int known) {
        return hasDelivered(party, unit, BigDecimal.valueOf(known));
    }

    /**
     * @param party the side
     * @param unit  what is counted ({@code "USD"}, {@code "million tonnes"}), or null for steps that named no unit
     * @param known the disclosed total of the undisputed steps in that unit, an exact decimal
     * @return this, after checking it
     */
    public ProvisionAssert hasDelivered(String party, String unit, BigDecimal known) {
        if (total(actual.delivered(), party, unit).compareTo(known) != 0) {
            failWithMessage("%nExpecting provision <%s/%s>%nto have delivered by %s (%s):%n  <%s>%nbut the ledger has:"
                    + "%n  <%s>", agreementId, actual.id(), party, unit, known, actual.delivered());
        }
        return this;
    }

    /**
     * @param party the side
     * @param unit  what is counted, or null
     * @param known what the disputed steps would add in that unit, kept apart from the totals
     * @return this, after checking it
     */
    public ProvisionAssert hasDisputed(String party, String unit, int known) {
        if (total(actual.disputed(), party, unit).compareTo(BigDecimal.valueOf(known)) != 0) {
            failWithMessage("%nExpecting provision <%s/%s>%nto have disputed deliveries by %s (%s):%n  <%s>%n"
                    + "but it has:%n  <%s>", agreementId, actual.id(), party, unit, known, actual.disputed());
        }
        return this;
    }

    /**
     * @param status the expected provision status
     * @return this, after checking its status (as evaluated at the state's day: {@code OVERDUE} included)
     */
    public ProvisionAssert withStatus(ProvisionStatus status) {
        if (actual.status() != status) {
            failWithMessage("%nExpecting provision <%s/%s>%nto be:%n  <%s>%nbut it is:%n  <%s>", agreementId,
                    actual.id(), status, actual.status());
        }
        return this;
    }

    /**
     * @param stepId the id of the implementation-step development
     * @return this, after checking the step is counted here and disputed
     */
    public ProvisionAssert hasDisputedStep(String stepId) {
        if (actual.steps().stream().noneMatch(s -> s.developmentId().equals(stepId) && s.isDisputed())) {
            failWithMessage("%nExpecting provision <%s/%s>%nto have disputed step:%n  <%s>%nbut its disputed steps are:"
                    + "%n  <%s>", agreementId, actual.id(), stepId, actual.steps().stream().filter(Step::isDisputed)
                    .map(Step::developmentId).toList());
        }
        return this;
    }

    /**
     * @param party the side expected to hold this provision suspended
     * @return this, after checking {@code party} suspended this provision and has not resumed it (whether the
     *         suspension's term ran out at the state's day shows in {@link #withStatus})
     */
    public ProvisionAssert isSuspendedBy(String party) {
        List<String> holders = actual.unresumedSuspensions().stream().map(ProvisionSuspension::by).toList();
        if (!holders.contains(party)) {
            failWithMessage("%nExpecting provision <%s/%s>%nto be suspended by:%n  <%s>%nbut it is suspended by:"
                    + "%n  <%s>", agreementId, actual.id(), party, holders);
        }
        return this;
    }

    /**
     * @param date the expected deadline, in {@link PartialDate} form
     * @return this, after checking its deadline ({@link PartialDate} form)
     */
    public ProvisionAssert withDeadline(String date) {
        PartialDate expected = PartialDate.parse(date);
        if (actual.deadline() == null || !actual.deadline().by().equals(expected)) {
            failWithMessage("%nExpecting provision <%s/%s>%nto have deadline:%n  <%s>%nbut it has:%n  <%s>",
                    agreementId, actual.id(), expected, actual.deadline() == null ? "no deadline"
                            : actual.deadline().by());
        }
        return this;
    }

    static BigDecimal total(List<Delivery> deliveries, String party, String unit) {
        return deliveries.stream().filter(d -> d.party().equals(party) && Objects.equals(d.unit(), unit))
                .map(Delivery::known).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Optional<Delivery> delivery(String party) {
        return actual.delivered().stream().filter(d -> d.party().equals(party)).findFirst();
    }
}
