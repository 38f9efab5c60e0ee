package dev.parley.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.parley.model.NegotiationProjection;
import dev.parley.timeline.Development;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The agreement charts' data")
class AgreementChartsTest {

    static java.util.stream.Stream<Arguments> histories() {
        return AsOfReplayTest.histories();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    @DisplayName("at every cut of both axes, each agreement's status, expiry and per side and unit delivered, "
            + "disputed and undisclosed steps equal Parley's replay at that cut")
    void equalParleysLedger(String negotiationId, List<Development> history) {
        Map<AsOfReplay.Axis, List<AsOfReplay.Cut>> cuts = new EnumMap<>(AsOfReplay.Axis.class);
        for (AsOfReplay.Axis axis : AsOfReplay.Axis.values()) {
            cuts.put(axis, AsOfReplay.cuts(negotiationId, history, axis));
        }
        ArrayNode charts = AgreementCharts.data(cuts);
        for (AsOfReplay.Axis axis : AsOfReplay.Axis.values()) {
            List<AsOfReplay.Cut> axisCuts = cuts.get(axis);
            // three days spread over the axis's cuts, and the last
            for (double q : new double[] {0.25, 0.5, 0.75, 1.0}) {
                LocalDate day = axisCuts.get((int) Math.round(q * (axisCuts.size() - 1))).day();
                NegotiationState expected = NegotiationProjection.replay(negotiationId, history, axis.at(day), day);
                for (JsonNode chart : charts) {
                    JsonNode at = chart.get(axis.name().toLowerCase(Locale.ROOT));
                    int k = lastAtOrBefore(at.get("days"), day);
                    Agreement agreement = expected.agreements().stream()
                            .filter(a -> a.id().equals(chart.get("id").asText())).findFirst().orElse(null);
                    String what = axis + " " + day + " " + chart.get("id").asText();
                    if (agreement == null) {
                        assertThat(k < 0 || at.get("status").get(k).isNull()).as(what + ": not reached").isTrue();
                        continue;
                    }
                    assertThat(at.get("status").get(k).asText()).as(what + ": status")
                            .isEqualTo(agreement.status().name());
                    assertThat(at.get("expires").get(k).isNull() ? null : at.get("expires").get(k).asText())
                            .as(what + ": expires").isEqualTo(agreement.expires() == null ? null
                                    : agreement.expires().latest().toString());
                    JsonNode series = chart.get("series");
                    for (int i = 0; i < series.size(); i++) {
                        String party = series.get(i).get("party").asText();
                        String unit = series.get(i).get("unit").asText();
                        JsonNode value = at.get("values").get(k).get(i);
                        Delivery delivered = find(agreement.delivered(), party, unit);
                        Delivery disputed = find(agreement.disputed(), party, unit);
                        assertThat(value.get("delivered").decimalValue()).as(what + " " + party + " " + unit)
                                .isEqualByComparingTo(delivered == null ? BigDecimal.ZERO : delivered.known());
                        assertThat(value.get("undisclosed").asInt()).as(what + " " + party + " undisclosed")
                                .isEqualTo(delivered == null ? 0 : delivered.undisclosedSteps());
                        assertThat(value.get("disputed").decimalValue()).as(what + " " + party + " disputed")
                                .isEqualByComparingTo(disputed == null ? BigDecimal.ZERO : disputed.known());
                    }
                    assertThat(agreement.delivered()).as(what + ": every ledger line is charted").allSatisfy(d ->
                            assertThat(series.findValuesAsText("party")).contains(d.party()));
                }
            }
        }
    }

    private static int lastAtOrBefore(JsonNode days, LocalDate day) {
        int found = -1;
        for (int i = 0; i < days.size(); i++) {
            if (!LocalDate.parse(days.get(i).asText()).isAfter(day)) {
                found = i;
            }
        }
        return found;
    }

    private static Delivery find(List<Delivery> deliveries, String party, String unit) {
        return deliveries.stream().filter(d -> d.party().equals(party)
                && Objects.equals(d.unit() == null ? "" : d.unit(), unit)).findFirst().orElse(null);
    }
}
