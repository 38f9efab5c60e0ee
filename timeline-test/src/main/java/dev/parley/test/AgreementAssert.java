package dev.parley.test;

import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.ProvisionLedger;
import org.assertj.core.api.AbstractObjectAssert;

import java.util.List;
import java.util.Optional;

/**
 * Assertions on one agreement. From {@link NegotiationStateAssert#hasAgreement}.
 *
 * <pre>{@code
 * assertThat(state).hasAgreement("pow-exchange-agreed").between("Russia", "Ukraine")
 *         .withProvision("pow-exchange").withFormula("all for all").withCriteria("under the age of 25");
 * }</pre>
 */
public class AgreementAssert extends AbstractObjectAssert<AgreementAssert, Agreement> {

    /** @param actual the agreement */
    public AgreementAssert(Agreement actual) {
        super(actual, AgreementAssert.class);
    }

    /** @return this, after checking the parties to it, in any order */
    public AgreementAssert between(String... parties) {
        if (!actual.parties().containsAll(List.of(parties)) || actual.parties().size() != parties.length) {
            failWithMessage("%nExpecting agreement <%s>%nto be between:%n  <%s>%nbut it is between:%n  <%s>",
                    actual.id(), List.of(parties), actual.parties());
        }
        return this;
    }

    /** @return assertions on the provision with that id, after checking it exists */
    public ProvisionAssert withProvision(String provisionId) {
        Optional<ProvisionLedger> provision = actual.provision(provisionId);
        if (provision.isEmpty()) {
            failWithMessage("%nExpecting agreement <%s>%nto have provision:%n  <%s>%nbut it has:%n  <%s>", actual.id(),
                    provisionId, actual.provisions().stream().map(ProvisionLedger::id).toList());
        }
        return new ProvisionAssert(actual.id(), provision.orElseThrow());
    }
}
