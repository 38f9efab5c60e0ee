package dev.parley.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.Share;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.AgreementStatus;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.ProvisionLedger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the page's agreement charts draw, taken from the agreements Parley's replay evaluated at every cut of both
 * time axes ({@link AsOfReplay.Cut#agreements()}): per agreement, its status and expiry, and per side and unit what
 * was promised (its provisions' targets with a number), delivered (the ledger's known total, whether approximate),
 * disputed, and how many steps were undisclosed. The page only looks these up at its as-of cut; nothing is
 * re-derived in JavaScript.
 *
 * <p>Per agreement and axis, a cut is listed only when something about that agreement changed, so the data grows
 * with the agreement's own history, not with the negotiation's.
 */
final class AgreementCharts {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AgreementCharts() {
    }

    /** A side and a unit: one line of a chart. */
    private record Series(String party, String unit) {
    }

    /**
     * @param cuts per axis, every cut of the as-of replay
     * @return one entry per agreement reached at any cut, in the order of the last cut
     */
    static ArrayNode data(Map<AsOfReplay.Axis, List<AsOfReplay.Cut>> cuts) {
        Map<String, Agreement> agreements = new LinkedHashMap<>();
        Map<String, Set<Series>> series = new LinkedHashMap<>();
        for (List<AsOfReplay.Cut> axis : cuts.values()) {
            for (AsOfReplay.Cut cut : axis) {
                for (Agreement agreement : cut.agreements()) {
                    agreements.put(agreement.id(), agreement);
                    Set<Series> lines = series.computeIfAbsent(agreement.id(), id -> new LinkedHashSet<>());
                    agreement.delivered().forEach(d -> lines.add(new Series(d.party(), d.unit())));
                    agreement.disputed().forEach(d -> lines.add(new Series(d.party(), d.unit())));
                    for (ProvisionLedger provision : agreement.provisions()) {
                        provision.target().stream().filter(s -> s.quantity().value() != null)
                                .forEach(s -> lines.add(new Series(s.countedParty(), s.unit())));
                    }
                }
            }
        }
        ArrayNode charts = NODES.arrayNode();
        for (Agreement agreement : agreements.values()) {
            List<Series> lines = List.copyOf(series.get(agreement.id()));
            ObjectNode chart = charts.addObject();
            chart.put("id", agreement.id());
            chart.put("title", Html.clean(DevelopmentText.shortTitle(agreement.title())));
            chart.put("fullTitle", Html.clean(agreement.title()));
            ArrayNode seriesNodes = chart.putArray("series");
            for (Series line : lines) {
                // vis.js Graph2d sets an axis title with innerHTML: it gets the unit escaped as well
                seriesNodes.addObject().put("party", Html.clean(line.party()))
                        .put("unit", line.unit() == null ? "" : Html.clean(line.unit()))
                        .put("unitMarkup", line.unit() == null ? "count" : Html.escape(line.unit()));
            }
            cuts.forEach((axis, axisCuts) -> chart.set(axis.name().toLowerCase(Locale.ROOT),
                    timeline(agreement.id(), lines, axisCuts)));
        }
        return charts;
    }

    /** The agreement at each cut where it changed: the day, its status, expiry and deadline, and every line. */
    private static ObjectNode timeline(String agreementId, List<Series> lines, List<AsOfReplay.Cut> cuts) {
        ObjectNode node = NODES.objectNode();
        ArrayNode days = node.putArray("days");
        ArrayNode statuses = node.putArray("status");
        ArrayNode expires = node.putArray("expires");
        ArrayNode deadlines = node.putArray("deadline");
        ArrayNode extensions = node.putArray("extensions");
        ArrayNode values = node.putArray("values");
        ObjectNode previous = null;
        for (AsOfReplay.Cut cut : cuts) {
            Agreement agreement = cut.agreements().stream().filter(a -> a.id().equals(agreementId)).findFirst()
                    .orElse(null);
            ObjectNode at = at(agreement, lines);
            if (at.equals(previous)) {
                continue;
            }
            previous = at;
            days.add(cut.day().toString());
            statuses.add(at.get("status"));
            expires.add(at.get("expires"));
            deadlines.add(at.get("deadline"));
            extensions.add(at.get("extensions"));
            values.add(at.get("values"));
        }
        return node;
    }

    /** The agreement at one cut; all nulls and zeros before it was reached. */
    private static ObjectNode at(Agreement agreement, List<Series> lines) {
        ObjectNode at = NODES.objectNode();
        AgreementStatus status = agreement == null ? null : agreement.status();
        at.put("status", status == null ? null : status.name());
        at.put("expires", agreement == null || agreement.expires() == null ? null
                : agreement.expires().latest().toString());
        at.put("deadline", agreement == null ? null : agreement.provisions().stream()
                .map(ProvisionLedger::deadline).filter(Objects::nonNull).map(d -> d.by().latest())
                .max(java.time.LocalDate::compareTo).map(Object::toString).orElse(null));
        at.put("extensions", agreement == null ? 0 : agreement.extensions().size());
        ArrayNode values = at.putArray("values");
        for (Series line : lines) {
            Delivery delivered = agreement == null ? null : find(agreement.delivered(), line);
            Delivery disputed = agreement == null ? null : find(agreement.disputed(), line);
            ObjectNode value = values.addObject();
            value.put("delivered", delivered == null ? BigDecimal.ZERO : delivered.known());
            value.put("approximate", delivered != null && delivered.approximate());
            value.put("undisclosed", delivered == null ? 0 : delivered.undisclosedSteps());
            value.put("disputed", disputed == null ? BigDecimal.ZERO : disputed.known());
            BigDecimal promised = agreement == null ? null : promised(agreement, line);
            if (promised != null) {
                value.put("promised", promised);
            }
        }
        return at;
    }

    private static Delivery find(List<Delivery> deliveries, Series line) {
        return deliveries.stream().filter(d -> d.party().equals(line.party()) && Objects.equals(d.unit(),
                line.unit())).findFirst().orElse(null);
    }

    /**
     * The provisions' targets counted against the side's deliveries in the unit that carry a number, added up;
     * null when none does.
     */
    private static BigDecimal promised(Agreement agreement, Series line) {
        List<BigDecimal> numbers = new ArrayList<>();
        for (ProvisionLedger provision : agreement.provisions()) {
            for (Share share : provision.target()) {
                Quantity quantity = share.quantity();
                if (share.countedParty().equals(line.party()) && Objects.equals(share.unit(), line.unit())
                        && quantity.value() != null) {
                    numbers.add(quantity.value());
                }
            }
        }
        return numbers.isEmpty() ? null : numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
