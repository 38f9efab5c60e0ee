package dev.parley.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.Share;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.AgreementStatus;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.ProvisionStatus;
import dev.parley.timeline.state.Step;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the state of real negotiations (issue 10) over generated histories of every type ({@link Histories}):
 * ledgers keep disputed steps apart, statuses judged at a cut follow the dates, and every generated development is
 * what the JSON Schema of {@code parley/1} describes.
 */
@Label("Properties of real negotiations")
class RealNegotiationPropertiesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @Provide
    Arbitrary<List<Development>> histories() {
        return Histories.histories(50);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Histories.days();
    }

    @Property(tries = 200)
    @Label("a ledger is the sum of its undisputed steps per side and unit; disputed steps are summed apart, never in")
    void ledgersKeepDisputesApart(@ForAll("histories") List<Development> history, @ForAll("days") LocalDate day) {
        NegotiationState state = NegotiationProjection.replay(Histories.NEGOTIATION, history,
                AsOf.occurredBy(day), TODAY);
        for (Agreement agreement : state.agreements()) {
            List<Step> every = new ArrayList<>(agreement.unassigned());
            for (ProvisionLedger ledger : agreement.provisions()) {
                assertThat(sums(ledger.delivered())).as(agreement.id() + "/" + ledger.id())
                        .isEqualTo(sum(ledger.steps(), false));
                assertThat(sums(ledger.disputed())).as(agreement.id() + "/" + ledger.id() + " disputed")
                        .isEqualTo(sum(ledger.steps(), true));
                every.addAll(ledger.steps());
            }
            assertThat(sums(agreement.delivered())).as(agreement.id()).isEqualTo(sum(every, false));
            assertThat(sums(agreement.disputed())).as(agreement.id() + " disputed").isEqualTo(sum(every, true));
        }
    }

    /** Known count and undisclosed steps per "party/unit", computed here from the steps alone. */
    private static Map<String, List<BigDecimal>> sum(List<Step> steps, boolean disputed) {
        Map<String, List<BigDecimal>> totals = new TreeMap<>();
        for (Step step : steps) {
            if (step.isDisputed() != disputed) {
                continue;
            }
            for (Share share : step.delivered()) {
                List<BigDecimal> total = totals.computeIfAbsent(share.party() + "/" + share.unit(),
                        k -> new ArrayList<>(List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)));
                BigDecimal value = share.quantity().value();
                int slot = value != null ? 0 : share.quantity().qualifier() == Quantity.Qualifier.NOT_STATED ? 2 : 1;
                total.set(slot, plain(total.get(slot).add(value == null ? BigDecimal.ONE : value)));
            }
        }
        return totals;
    }

    /** One written form per number (10, never 1E+1 or 10.0), as {@code Delivery} holds its totals. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Map<String, List<BigDecimal>> sums(List<Delivery> deliveries) {
        Map<String, List<BigDecimal>> totals = new TreeMap<>();
        deliveries.forEach(d -> totals.put(d.party() + "/" + d.unit(), List.of(plain(d.known()),
                BigDecimal.valueOf(d.undisclosedSteps()), BigDecimal.valueOf(d.notStatedSteps()))));
        return totals;
    }

    @Property(tries = 200)
    @Label("at a cut, EXPIRED and OVERDUE follow the dates: only past the term or a firm deadline, always then")
    void statusesFollowTheDates(@ForAll("histories") List<Development> history, @ForAll("days") LocalDate day) {
        NegotiationState folded = NegotiationProjection.foldAsOf(Histories.NEGOTIATION, history,
                AsOf.occurredBy(day));
        NegotiationState evaluated = NegotiationProjection.evaluate(folded, AsOf.occurredBy(day), TODAY);
        for (Agreement agreement : evaluated.agreements()) {
            Agreement before = folded.agreement(agreement.id()).orElseThrow();
            boolean termEnded = agreement.expires() != null && agreement.expires().latest().isBefore(day);
            boolean lapses = termEnded && before.status() != AgreementStatus.TERMINATED
                    && before.status() != AgreementStatus.WITHDRAWN && before.status() != AgreementStatus.FULFILLED;
            assertThat(agreement.status() == AgreementStatus.EXPIRED).as(agreement.id()).isEqualTo(lapses);
            for (ProvisionLedger ledger : agreement.provisions()) {
                if (ledger.status() == ProvisionStatus.OVERDUE) {
                    assertThat(ledger.deadline()).as(ledger.id()).isNotNull();
                    assertThat(ledger.deadline().soft()).isFalse();
                    assertThat(ledger.deadline().by().latest()).isBefore(day);
                }
                if (lapses) {
                    assertThat(ledger.status()).as(ledger.id()).isIn(ProvisionStatus.FULFILLED,
                            ProvisionStatus.TERMINATED);
                }
            }
        }
    }

    @Property(tries = 60)
    @Label("every generated development, in a file, is valid against the JSON Schema of parley/1")
    void schemaAcceptsEveryGeneratedDevelopment(@ForAll("histories") List<Development> history) throws IOException {
        ObjectNode file = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        file.put("format", "parley/1");
        file.put("negotiationId", Histories.NEGOTIATION);
        // One at a time: a list would lose the element type, and with it the "type" property.
        history.forEach(d -> file.withArray("developments").add(ParleyJson.codec().<JsonNode>toTree(d)));
        JsonNode tree = ParleyJson.codec().reader().readTree(file.toString());
        assertThat(TimelineSchemaTest.SCHEMA.validate(tree)).as(history.stream().map(Development::typeName)
                .filter(Objects::nonNull).distinct().toList().toString()).isEmpty();
    }
}
