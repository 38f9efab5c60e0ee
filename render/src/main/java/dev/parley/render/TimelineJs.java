package dev.parley.render;

import dev.parley.model.ParleyJson;
import dev.parley.model.TimelineView;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Precision;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Round;

import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Exports a negotiation to TimelineJS's JSON format: one event per development, with {@code start_date} only as
 * precise as the development's date ({@code year}, then {@code month}, {@code day}, {@code hour}/{@code minute}),
 * a {@code display_date} that says how precise it is, the first party involved as {@code group}, sources and
 * quotes in the text, and rounds as {@code eras}.
 *
 * <pre>{@code
 * ObjectNode json = TimelineJs.export(state, parley.developments(id));
 * }</pre>
 */
public final class TimelineJs {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TimelineJs() {
    }

    /**
     * @param state        the negotiation's state (title, rounds)
     * @param developments its developments
     * @return the TimelineJS document
     */
    public static ObjectNode export(NegotiationState state, List<Development> developments) {
        ObjectNode root = NODES.objectNode();
        ObjectNode title = root.putObject("title");
        title.putObject("text").put("headline", state.title()).put("text", "Negotiation " + state.negotiationId()
                + ", " + developments.size() + " developments, recorded with Parley");
        ArrayNode events = root.putArray("events");
        for (Development d : TimelineView.of(developments, dev.parley.timeline.TimelineQuery.all())) {
            ObjectNode event = events.addObject();
            event.set("start_date", date(d.occurred()));
            event.put("display_date", display(d.occurred()));
            event.put("unique_id", d.id());
            List<String> involved = TimelineView.involved(d);
            event.put("group", involved.isEmpty() ? "General" : involved.get(0));
            ObjectNode text = event.putObject("text");
            text.put("headline", headline(d));
            text.put("text", body(d));
        }
        ArrayNode eras = root.putArray("eras");
        for (Round round : state.rounds()) {
            ObjectNode era = eras.addObject();
            era.set("start_date", date(round.date()));
            era.set("end_date", date(round.date()));
            era.putObject("text").put("headline", (round.number() == null ? "Round" : "Round " + round.number())
                    + (round.venue() == null ? "" : ", " + round.venue()));
        }
        return root;
    }

    /** A TimelineJS date object holding only what the partial date knows. */
    static ObjectNode date(PartialDate date) {
        ObjectNode node = NODES.objectNode();
        if (date.precision() == Precision.MINUTE) {
            OffsetDateTime time = date.dateTime();
            node.put("year", time.getYear()).put("month", time.getMonthValue()).put("day", time.getDayOfMonth())
                    .put("hour", time.getHour()).put("minute", time.getMinute());
            return node;
        }
        node.put("year", date.earliest().getYear());
        if (date.precision() != Precision.YEAR) {
            node.put("month", date.earliest().getMonthValue());
        }
        if (date.precision() == Precision.DAY) {
            node.put("day", date.earliest().getDayOfMonth());
        }
        return node;
    }

    /** The date as a reader should see it: "2 June 2025", "June 2025", "c. 2025", "2025 (not after 1 June)". */
    static String display(PartialDate date) {
        String month = date.earliest().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String text = switch (date.precision()) {
            case YEAR -> String.valueOf(date.earliest().getYear());
            case MONTH -> month + " " + date.earliest().getYear();
            case DAY -> date.earliest().getDayOfMonth() + " " + month + " " + date.earliest().getYear();
            case MINUTE -> date.earliest().getDayOfMonth() + " " + month + " " + date.earliest().getYear() + ", "
                    + date.value().substring(11);
        };
        if (date.notBefore() != null || date.notAfter() != null) {
            text += " (" + (date.notBefore() == null ? "" : "not before " + date.notBefore())
                    + (date.notBefore() != null && date.notAfter() != null ? ", " : "")
                    + (date.notAfter() == null ? "" : "not after " + date.notAfter()) + ")";
        }
        return date.approximate() ? "c. " + text : text;
    }

    private static String headline(Development d) {
        return d.typeName().replace('-', ' ') + ": " + d.id();
    }

    private static String body(Development d) {
        StringBuilder html = new StringBuilder();
        ObjectNode content = ParleyJson.codec().toTree(d);
        for (String envelopeField : List.of("type", "id", "negotiationId", "occurred", "reported", "sources", "refs")) {
            content.remove(envelopeField);
        }
        content.properties().forEach(field -> html.append("<p><b>").append(escape(field.getKey()))
                .append(":</b> ").append(escape(field.getValue().isTextual() ? field.getValue().asText()
                        : field.getValue().toString())).append("</p>"));
        if (!d.sources().isEmpty()) {
            html.append("<p><i>Sources:</i> ");
            for (Attribution source : d.sources()) {
                html.append(escape(source.toString())).append("; ");
            }
            html.append("</p>");
        }
        html.append("<p><i>Reported:</i> ").append(escape(display(d.reported()))).append("</p>");
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
