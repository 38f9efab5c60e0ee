package dev.parley.render;

import dev.parley.model.NegotiationProjection;
import dev.parley.model.ParleyJson;
import dev.parley.model.TimelineView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.ClaimResponse;
import dev.parley.timeline.Development;
import dev.parley.timeline.PositionResponse;
import dev.parley.timeline.Ref;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.TimelineQuery;
import dev.parley.timeline.state.Claim;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Participant;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.Round;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders a negotiation as ONE self-contained, offline HTML page: a lane per party, rounds as bands, a marker per
 * development with its type, positions coloured by status (open, overdue, fulfilled, rejected ...), disputed items
 * outlined, details with quotes and source chains on click, and an as-of slider that replays the statuses. No
 * network, no CDN: the script and the style are inline, the data is embedded as JSON.
 *
 * <pre>{@code
 * String html = HtmlTimeline.render(parley.state(id).orElseThrow(), parley.developments(id), LocalDate.now());
 * }</pre>
 */
public final class HtmlTimeline {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HtmlTimeline() {
    }

    /**
     * @param state        the negotiation's current state
     * @param developments its developments, in recorded order
     * @param today        "today", the slider's last stop
     * @return the page
     */
    public static String render(NegotiationState state, List<Development> developments, LocalDate today) {
        ObjectNode data = NODES.objectNode();
        data.put("title", state.title());
        data.put("negotiationId", state.negotiationId());
        List<Development> ordered = TimelineView.of(developments, TimelineQuery.all());
        Set<String> lanes = new LinkedHashSet<>();
        state.participants().stream().map(Participant::name).forEach(lanes::add);
        ArrayNode events = data.putArray("developments");
        Set<String> disputed = disputed(state, developments);
        for (Development d : ordered) {
            String lane = laneOf(d, state);
            lanes.add(lane);
            ObjectNode event = events.addObject();
            event.put("id", d.id());
            event.put("type", d.typeName());
            event.put("lane", lane);
            event.put("from", d.occurred().earliest().toString());
            event.put("to", d.occurred().latest().toString());
            event.put("date", TimelineJs.display(d.occurred()));
            event.put("reported", TimelineJs.display(d.reported()));
            event.put("disputed", disputed.contains(d.id()));
            ObjectNode content = ParleyJson.codec().toTree(d);
            for (String envelope : List.of("type", "id", "negotiationId", "occurred", "reported", "sources", "refs")) {
                content.remove(envelope);
            }
            event.set("content", content);
            ArrayNode sources = event.putArray("sources");
            d.sources().stream().map(Attribution::toString).forEach(sources::add);
            ArrayNode refs = event.putArray("refs");
            d.refs().stream().map(r -> r.kind() + " " + r.development()).forEach(refs::add);
        }
        ArrayNode laneNames = data.putArray("lanes");
        lanes.forEach(laneNames::add);
        ArrayNode rounds = data.putArray("rounds");
        for (Round round : state.rounds()) {
            rounds.addObject().put("label", round.number() == null ? "Round" : "Round " + round.number())
                    .put("from", round.date().earliest().toString()).put("to", round.date().latest().toString())
                    .put("venue", round.venue());
        }
        data.set("statuses", statusesByDay(state.negotiationId(), developments, today));
        data.put("today", today.toString());
        return template().replace("/*TITLE*/", escape(state.title())).replace("/*DATA*/", json(data));
    }

    /** The participant a development belongs to: the first participant it names (also inside free text such as a
     * delegation "Russia (head: ...)" or a speaker's affiliation), else the first name it involves. */
    private static String laneOf(Development d, NegotiationState state) {
        List<String> involved = TimelineView.involved(d);
        for (String name : involved) {
            for (Participant participant : state.participants()) {
                if (name.equals(participant.name()) || name.startsWith(participant.name() + " ")) {
                    return participant.name();
                }
            }
        }
        return involved.isEmpty() ? "General" : involved.get(involved.size() > 1 && d instanceof
                dev.parley.timeline.StatementMade ? 1 : 0);
    }

    /** Per day on which something happened or fell due: every position's status as of that day. */
    private static ObjectNode statusesByDay(String id, List<Development> developments, LocalDate today) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Development d : developments) {
            days.add(d.occurred().latest());
        }
        NegotiationState now = NegotiationProjection.replay(id, developments, AsOf.now(), today);
        for (Position p : now.positions()) {
            if (p.deadline() != null) {
                days.add(p.deadline().by().latest().plusDays(1));
            }
        }
        days.add(today);
        ObjectNode byDay = NODES.objectNode();
        for (LocalDate day : days.headSet(today, true)) {
            ObjectNode statuses = byDay.putObject(day.toString());
            NegotiationProjection.replay(id, developments, AsOf.occurredBy(day), today).positions()
                    .forEach(p -> statuses.put(p.id(), p.status().name()));
        }
        return byDay;
    }

    private static Set<String> disputed(NegotiationState state, List<Development> developments) {
        Set<String> ids = new LinkedHashSet<>();
        state.claims().stream().filter(Claim::disputed).forEach(c -> ids.add(c.id()));
        for (Development d : developments) {
            if (d instanceof ClaimResponse || d instanceof PositionResponse) {
                continue;
            }
            for (Ref ref : d.refs()) {
                if (ref.kind() == RefKind.DISPUTES) {
                    ids.add(ref.development());
                }
            }
        }
        state.corrections().forEach(c -> ids.add(c.target()));
        return ids;
    }

    private static String json(ObjectNode data) {
        try {
            // "</" would end the script element; JSON allows the escaped form.
            return ParleyJson.codec().writer().writeValueAsString(data).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String template() {
        try (InputStream in = HtmlTimeline.class.getResourceAsStream("timeline.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

}
