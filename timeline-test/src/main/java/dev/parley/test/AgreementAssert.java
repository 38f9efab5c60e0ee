package dev.parley.test;

import dev.parley.timeline.PartialDate;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.AgreementStatus;
import dev.parley.timeline.state.Allegation;
import dev.parley.timeline.state.LifeEvent;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.Ratification;
import org.assertj.core.api.AbstractObjectAssert;

import java.math.BigDecimal;
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

    /**
     * @param parties the expected parties to the agreement
     * @return this, after checking the parties to it, in any order
     */
    public AgreementAssert between(String... parties) {
        if (!actual.parties().containsAll(List.of(parties)) || actual.parties().size() != parties.length) {
            failWithMessage("%nExpecting agreement <%s>%nto be between:%n  <%s>%nbut it is between:%n  <%s>",
                    actual.id(), List.of(parties), actual.parties());
        }
        return this;
    }

    /**
     * @param provisionId the id of the provision within the agreement
     * @return assertions on the provision with that id, after checking it exists
     */
    public ProvisionAssert withProvision(String provisionId) {
        Optional<ProvisionLedger> provision = actual.provision(provisionId);
        if (provision.isEmpty()) {
            failWithMessage("%nExpecting agreement <%s>%nto have provision:%n  <%s>%nbut it has:%n  <%s>", actual.id(),
                    provisionId, actual.provisions().stream().map(ProvisionLedger::id).toList());
        }
        return new ProvisionAssert(actual.id(), provision.orElseThrow());
    }

    /**
     * @param status the expected agreement status
     * @return this, after checking its status (as evaluated at the state's day: {@code EXPIRED} included)
     */
    public AgreementAssert withStatus(AgreementStatus status) {
        if (actual.status() != status) {
            failWithMessage("%nExpecting agreement <%s>%nto be:%n  <%s>%nbut it is:%n  <%s>", actual.id(), status,
                    actual.status());
        }
        return this;
    }

    /**
     * @param parties the parties that must have signed
     * @return this, after checking each of the parties signed it (or counter-signed a signature)
     */
    public AgreementAssert signedBy(String... parties) {
        if (!actual.signatories().containsAll(List.of(parties))) {
            failWithMessage("%nExpecting agreement <%s>%nto be signed by:%n  <%s>%nbut it was signed by:%n  <%s>",
                    actual.id(), List.of(parties), actual.signatories());
        }
        return this;
    }

    /**
     * @param by the party or body that must have ratified it
     * @return this, after checking the party or body ratified it
     */
    public AgreementAssert ratifiedBy(String by) {
        List<String> ratified = actual.ratifications().stream().map(Ratification::by).toList();
        if (!ratified.contains(by)) {
            failWithMessage("%nExpecting agreement <%s>%nto be ratified by:%n  <%s>%nbut it was ratified by:%n  <%s>",
                    actual.id(), by, ratified);
        }
        return this;
    }

    /**
     * @param date the expected expiry day, in {@link PartialDate} form
     * @return this, after checking its current expiry ({@link PartialDate} form, e.g. "2022-11-19")
     */
    public AgreementAssert expiresOn(String date) {
        PartialDate expected = PartialDate.parse(date);
        if (!expected.equals(actual.expires())) {
            failWithMessage("%nExpecting agreement <%s>%nto expire on:%n  <%s>%nbut it expires on:%n  <%s>",
                    actual.id(), expected, actual.expires() == null ? "no known date" : actual.expires());
        }
        return this;
    }

    /**
     * @param count the expected number of extensions
     * @return this, after checking how many times it was extended
     */
    public AgreementAssert hasExtensions(int count) {
        if (actual.extensions().size() != count) {
            failWithMessage("%nExpecting agreement <%s>%nto have been extended:%n  <%s> times%nbut it was extended:%n"
                    + "  <%s> times", actual.id(), count, actual.extensions().size());
        }
        return this;
    }

    /**
     * @param party the side
     * @return this, after checking it is suspended now, by that party
     */
    public AgreementAssert suspendedBy(String party) {
        Optional<LifeEvent> suspension = actual.suspension();
        if (suspension.isEmpty() || !party.equals(suspension.get().by())) {
            failWithMessage("%nExpecting agreement <%s>%nto be suspended by:%n  <%s>%nbut it is:%n  <%s>", actual.id(),
                    party, suspension.map(e -> "suspended by " + e.by()).orElse("not suspended"));
        }
        return this;
    }

    /**
     * @param party the side
     * @return this, after checking the party withdrew from it
     */
    public AgreementAssert withdrawnBy(String party) {
        if (!actual.withdrawnBy().contains(party)) {
            failWithMessage("%nExpecting agreement <%s>%nto be withdrawn from by:%n  <%s>%nbut withdrawals are:%n"
                    + "  <%s>", actual.id(), party, actual.withdrawnBy());
        }
        return this;
    }

    /**
     * @param against the party said to have broken the agreement
     * @return this, after checking someone alleged that {@code against} broke it
     */
    public AgreementAssert hasAllegationAgainst(String against) {
        if (actual.allegations().stream().noneMatch(a -> a.against().equals(against))) {
            failWithMessage("%nExpecting agreement <%s>%nto have an allegation against:%n  <%s>%nbut the allegations are:"
                    + "%n  <%s>", actual.id(), against, actual.allegations().stream()
                    .map(Allegation::developmentId).toList());
        }
        return this;
    }

    /**
     * @param party the side
     * @param unit  what is counted, or null for steps that named no unit
     * @param known the disclosed total of undisputed steps, every share counted once whatever provision it serves
     * @return this, after checking the agreement's own total
     */
    public AgreementAssert hasDelivered(String party, String unit, int known) {
        return hasDelivered(party, unit, BigDecimal.valueOf(known));
    }

    /**
     * @param party the side
     * @param unit  what is counted ({@code "USD"}, {@code "million tonnes"}), or null for steps that named no unit
     * @param known the disclosed total of undisputed steps, an exact decimal, every share counted once
     * @return this, after checking the agreement's own total
     */
    public AgreementAssert hasDelivered(String party, String unit, BigDecimal known) {
        if (ProvisionAssert.total(actual.delivered(), party, unit).compareTo(known) != 0) {
            failWithMessage("%nExpecting agreement <%s>%nto have delivered by %s (%s):%n  <%s>%nbut it has:%n  <%s>",
                    actual.id(), party, unit, known, actual.delivered());
        }
        return this;
    }
}
