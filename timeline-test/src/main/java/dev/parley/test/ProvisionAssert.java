package dev.parley.test;

import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.ProvisionLedger;
import org.assertj.core.api.AbstractObjectAssert;

import java.util.List;
import java.util.Optional;

/**
 * Assertions on one provision's ledger. From {@link AgreementAssert#withProvision}.
 *
 * <pre>{@code
 * assertThat(state).hasAgreement("deal").withProvision("pows").hasDelivered("Ukraine", 390)
 *         .hasUndisclosedSteps("Russia", 1);
 * }</pre>
 */
public class ProvisionAssert extends AbstractObjectAssert<ProvisionAssert, ProvisionLedger> {
    private final String agreementId;

    ProvisionAssert(String agreementId, ProvisionLedger actual) {
        super(actual, ProvisionAssert.class);
        this.agreementId = agreementId;
    }

    /** @return this, after checking the formula */
    public ProvisionAssert withFormula(String formula) {
        if (!formula.equals(actual.formula())) {
            failWithMessage("%nExpecting provision <%s/%s>%nto have formula:%n  <%s>%nbut it has:%n  <%s>",
                    agreementId, actual.id(), formula, actual.formula());
        }
        return this;
    }

    /** @return this, after checking it has all these criteria */
    public ProvisionAssert withCriteria(String... criteria) {
        if (!actual.criteria().containsAll(List.of(criteria))) {
            failWithMessage("%nExpecting provision <%s/%s>%nto have criteria:%n  <%s>%nbut it has:%n  <%s>",
                    agreementId, actual.id(), List.of(criteria), actual.criteria());
        }
        return this;
    }

    /** @return this, after checking the disclosed total delivered by {@code party} */
    public ProvisionAssert hasDelivered(String party, int known) {
        Optional<Delivery> delivery = delivery(party);
        if (delivery.isEmpty() || delivery.get().known() != known) {
            failWithMessage("%nExpecting provision <%s/%s>%nto have delivered by %s:%n  <%s>%nbut the ledger has:%n  <%s>",
                    agreementId, actual.id(), party, known, actual.delivered());
        }
        return this;
    }

    /** @return this, after checking how many of {@code party}'s steps had an undisclosed count */
    public ProvisionAssert hasUndisclosedSteps(String party, int steps) {
        int actualSteps = delivery(party).map(Delivery::undisclosedSteps).orElse(0);
        if (actualSteps != steps) {
            failWithMessage("%nExpecting provision <%s/%s>%nto have undisclosed steps by %s:%n  <%s>%nbut it has:%n  <%s>",
                    agreementId, actual.id(), party, steps, actualSteps);
        }
        return this;
    }

    private Optional<Delivery> delivery(String party) {
        return actual.delivered().stream().filter(d -> d.party().equals(party)).findFirst();
    }
}
