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
import java.util.regex.Pattern;

/**
 * Exports a negotiation to TimelineJS's JSON format (tested against TimelineJS 3.9.11):
 * <ul>
 *   <li>one slide ({@code event}) per development, in order of occurrence, with a short headline of at most
 *       {@value #HEADLINE_LENGTH} characters, the page's label ("Russia · Offer: return children"), then a text
 *       for people: the whole summary in words ("Russia offers Ukraine: return children"), terms, deadline, the
 *       status Parley computed
 *       with its reason, the ledger per side, quotes, the source chain with links (http and https only), and links
 *       between developments;</li>
 *   <li>{@code start_date} only as precise as the development's date, a window as {@code start_date} to
 *       {@code end_date}, and a {@code display_date} in words ("June 2025", "c. 2025 (not after 1 June 2025)");</li>
 *   <li>{@code group}: the party's lane, the same {@link Lanes} as the HTML page (speakers under their
 *       affiliation, mediators and hosts together);</li>
 *   <li>rounds as {@code eras} without headlines (TimelineJS draws those over its axis labels; each round is named
 *       on its own slide), ending the day after their last day, so that a one-day round is a valid era.</li>
 * </ul>
 * TimelineJS renders every text field as HTML, some after decoding them once: each is escaped for the path
 * TimelineJS takes it through ({@link #headline}, {@link #bodyText}, {@link #stripped}), and control characters are
 * replaced.
 *
 * <pre>{@code
 * ObjectNode json = TimelineJs.export(parley.state(id).orElseThrow(), parley.developments(id));
 * }</pre>
 */
public final class TimelineJs {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Where TimelineJS's autolinker starts a link without a scheme (its pattern ignores case). */
    private static final Pattern AUTOLINKED = Pattern.compile("www\\.", Pattern.CASE_INSENSITIVE);

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
        title.putObject("text").put("headline", headline(state.title() == null ? state.negotiationId()
                : state.title())).put("text", (about == null ? "" : "<p>" + bodyText(about) + "</p>")
                + "<p>" + developments.size() + " developments of negotiation " + bodyText(state.negotiationId())
                + ", recorded with Parley" + (state.evaluatedOn() == null ? ""
                : "; statuses as of " + bodyText(Dates.day(state.evaluatedOn()))) + ".</p>");
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
            event.put("display_date", stripped(Dates.display(occurred)));
            event.put("unique_id", Html.escape(d.id()));   // ids are [A-Za-z0-9._:-]: unchanged
            event.put("group", stripped(lanes.laneOf(description.actors()).label()));
            ObjectNode text = event.putObject("text");
            // a slide's headline is the short label; the sentence saying who did what opens the text
            text.put("headline", headline(shortLabel(description)));
            text.put("text", "<p>" + bodyText(description.headline()) + "</p>" + body(description));
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

    /** TimelineJS's headlines are set large and bold: at most this many characters. */
    static final int HEADLINE_LENGTH = 100;

    /**
     * @return the development's short label, cut at a word to at most {@value #HEADLINE_LENGTH} characters (the
     *         whole summary follows in the slide's text)
     */
    static String shortLabel(Description description) {
        String label = description.label();
        if (label.length() <= HEADLINE_LENGTH) {
            return label;
        }
        int cut = label.lastIndexOf(' ', HEADLINE_LENGTH - 1);
        return label.substring(0, cut > HEADLINE_LENGTH / 2 ? cut : HEADLINE_LENGTH - 1).stripTrailing() + "…";
    }

    /** The body as TimelineJS shows it: one escaped paragraph per fact. */
    static String body(Description description) {
        StringBuilder html = new StringBuilder();
        for (Fact fact : description.facts()) {
            html.append("<p><b>").append(bodyText(fact.label())).append(":</b> ");
            switch (fact.kind()) {
                case QUOTE -> html.append("<q>").append(bodyText(fact.text())).append("</q>");
                case LINK -> html.append("<a href=\"").append(Html.escape(fact.target()))
                        .append("\" target=\"_blank\" rel=\"noopener noreferrer\">").append(bodyText(fact.text()))
                        .append("</a>");
                case REF -> html.append("<a href=\"#event-").append(Html.escape(fact.target())).append("\">")
                        .append(bodyText(fact.text())).append("</a>");
                case TEXT -> html.append(bodyText(fact.text()));
            }
            html.append("</p>");
        }
        return html.toString();
    }

    /*
     * How each field is escaped follows from the path TimelineJS 3.9.11 takes it through (one method per path):
     * headlines are sanitized (DOMPurify) and set as innerHTML; text.text is sanitized, then run through TimelineJS's
     * autolinker, then set as innerHTML; group and display_date go through its markup stripper (DOMParser, then
     * textContent, which decodes entities) and are then set as innerHTML.
     */

    /** @return text for a headline (slide, title, era): escaped once, which the sanitizer keeps as text */
    static String headline(String text) {
        return Html.escape(text);
    }

    /**
     * Text inside {@code text.text}, escaped once. The sanitizer leaves a quote bare in text, and the autolinker
     * then puts a {@code www.} address up to the next space inside a single-quoted {@code href}, where that quote
     * would end the attribute and start an event handler of the text's choosing. An empty element before every
     * {@code www.} keeps the autolinker from starting a link there (it never starts one after a {@code >});
     * the text reads the same.
     *
     * @return text for the body of a slide
     */
    static String bodyText(String text) {
        return AUTOLINKED.matcher(Html.escape(text)).replaceAll("<span></span>$0");
    }

    /**
     * The markup stripper decodes what was escaped once back into tags, which the label's innerHTML then makes
     * live: escaped twice, the stripper's decoding leaves it escaped once, shown as the text it was.
     *
     * @return text for {@code group} and {@code display_date}
     */
    static String stripped(String text) {
        return Html.escape(Html.escape(text));
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
        if (date.isTimed()) {
            OffsetDateTime time = date.dateTime();
            node.put("year", time.getYear()).put("month", time.getMonthValue()).put("day", time.getDayOfMonth())
                    .put("hour", time.getHour());
            return date.precision() == Precision.MINUTE ? node.put("minute", time.getMinute()) : node;
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
