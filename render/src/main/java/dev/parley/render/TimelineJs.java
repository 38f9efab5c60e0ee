package dev.parley.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.model.TimelineView;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Precision;
import dev.parley.timeline.TimelineQuery;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Round;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Exports a negotiation to TimelineJS's JSON format (tested against TimelineJS 3.9.11):
 * <ul>
 *   <li>one slide ({@code event}) per development, in order of occurrence, with a headline in words ("Russia
 *       offers Ukraine: return of 10 children") and a body for people: terms, deadline, the status Parley computed
 *       with its reason, the ledger per side, quotes, the source chain with links (http and https only), and links
 *       between developments;</li>
 *   <li>{@code start_date} only as precise as the development's date, a window as {@code start_date} to
 *       {@code end_date}, and a {@code display_date} in words ("June 2025", "c. 2025 (not after 1 June 2025)");</li>
 *   <li>{@code group}: the party's lane, the same {@link Lanes} as the HTML page (speakers under their
 *       affiliation, mediators and hosts together);</li>
 *   <li>rounds as {@code eras} without headlines (TimelineJS draws those over its axis labels; each round is named
 *       on its own slide), ending the day after their last day, so that a one-day round is a valid era.</li>
 * </ul>
 * TimelineJS renders headlines and {@code text.text} as HTML: every text is HTML-escaped here, and control
 * characters are replaced.
 *
 * <pre>{@code
 * ObjectNode json = TimelineJs.export(parley.state(id).orElseThrow(), parley.developments(id));
 * }</pre>
 */
public final class TimelineJs {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TimelineJs() {
    }

    /**
     * @param state        the negotiation's state as Parley computed it (title, participants, rounds, statuses
     *                     evaluated on {@link NegotiationState#evaluatedOn()}, which the bodies name)
     * @param developments its developments, in recorded order
     * @return the TimelineJS document
     */
    public static ObjectNode export(NegotiationState state, List<Development> developments) {
        DevelopmentText words = new DevelopmentText(state, developments);
        Lanes lanes = Lanes.of(state);
        ObjectNode root = NODES.objectNode();
        ObjectNode title = root.putObject("title");
        String about = developments.stream().filter(d -> d instanceof dev.parley.timeline.NegotiationOpened)
                .map(d -> ((dev.parley.timeline.NegotiationOpened) words.effective(d)).description())
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        title.putObject("text").put("headline", Html.escape(state.title() == null ? state.negotiationId()
                : state.title())).put("text", (about == null ? "" : "<p>" + Html.escape(about) + "</p>")
                + "<p>" + developments.size() + " developments of negotiation " + Html.escape(state.negotiationId())
                + ", recorded with Parley" + (state.evaluatedOn() == null ? ""
                : "; statuses as of " + Html.escape(Dates.day(state.evaluatedOn()))) + ".</p>");
        ArrayNode events = root.putArray("events");
        for (Development d : TimelineView.of(developments, TimelineQuery.all())) {
            Description description = words.describe(d);
            PartialDate occurred = words.effective(d).occurred();
            ObjectNode event = events.addObject();
            event.set("start_date", start(occurred));
            if (!Dates.unwindowed(occurred) && occurred.latest().isAfter(occurred.earliest())) {
                // a window is a span; its end is known to the day
                event.set("end_date", day(occurred.latest()));
            }
            event.put("display_date", Html.escape(Dates.display(occurred)));
            event.put("unique_id", Html.escape(d.id()));   // ids are [A-Za-z0-9._:-]: unchanged
            event.put("group", Html.escape(lanes.laneOf(description.actors()).label()));
            ObjectNode text = event.putObject("text");
            text.put("headline", Html.escape(description.headline()));
            text.put("text", body(description));
        }
        ArrayNode eras = root.putArray("eras");
        for (Round round : state.rounds()) {
            ObjectNode era = eras.addObject();
            era.set("start_date", day(round.date().earliest()));
            // TimelineJS drops an end equal to the start and then rejects the era: end the day after.
            era.set("end_date", day(round.date().latest().plusDays(1)));
            // TimelineJS 3.9.11 draws era headlines as a strip over its own axis labels: they collide. The round
            // keeps its name on its own slide; the era only shades its days.
            era.putObject("text").put("headline", "");
        }
        return root;
    }

    /** The body as TimelineJS shows it: one escaped paragraph per fact. */
    static String body(Description description) {
        StringBuilder html = new StringBuilder();
        for (Fact fact : description.facts()) {
            html.append("<p><b>").append(Html.escape(fact.label())).append(":</b> ");
            switch (fact.kind()) {
                case QUOTE -> html.append("<q>").append(Html.escape(fact.text())).append("</q>");
                case LINK -> html.append("<a href=\"").append(Html.escape(fact.target()))
                        .append("\" target=\"_blank\" rel=\"noopener noreferrer\">").append(Html.escape(fact.text()))
                        .append("</a>");
                case REF -> html.append("<a href=\"#event-").append(Html.escape(fact.target())).append("\">")
                        .append(Html.escape(fact.text())).append("</a>");
                case TEXT -> html.append(Html.escape(fact.text()));
            }
            html.append("</p>");
        }
        return html.toString();
    }

    /**
     * A TimelineJS date holding only what the partial date knows: "2025" is {@code {year: 2025}}, also when a
     * {@code notAfter} narrows it; a {@code notBefore} is known to the day.
     */
    static ObjectNode start(PartialDate date) {
        if (date.notBefore() != null) {
            return day(date.notBefore());
        }
        ObjectNode node = NODES.objectNode();
        if (date.precision() == Precision.MINUTE) {
            OffsetDateTime time = date.dateTime();
            return node.put("year", time.getYear()).put("month", time.getMonthValue()).put("day", time.getDayOfMonth())
                    .put("hour", time.getHour()).put("minute", time.getMinute());
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

    private static ObjectNode day(LocalDate day) {
        return NODES.objectNode().put("year", day.getYear()).put("month", day.getMonthValue())
                .put("day", day.getDayOfMonth());
    }
}
