package dev.parley.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.model.ParleyJson;
import dev.parley.model.TimelineView;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.TimelineQuery;
import dev.parley.timeline.state.AgreementStatus;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.Round;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a negotiation as ONE self-contained, offline HTML page on vis.js Timeline 4.21 (read from the
 * {@code org.webjars:visjs} jar and inlined): a date axis with zoom and pan; a lane per party (speakers under their
 * affiliation, mediators and hosts together, Joint and Other), items stacked inside their lane; partial dates and
 * windows as ranges; rounds as background bands; a draggable as-of bar that replays either time axis (occurred by /
 * known at) with the statuses Parley computed ({@link AsOfReplay}); agreement charts (vis.js Graph2d) of each
 * agreement's status and of what was delivered, disputed and promised per side and unit at the cut
 * ({@link AgreementCharts}); the first view fitted to the developments, with sticky controls and axis; filters by
 * party and type; search; a details
 * panel in words; status by shape and word as well as colour; keyboard navigation; a print stylesheet; and a
 * permalink per development ({@code #development-id}).
 *
 * <p>Safety: the data is JSON in a {@code <script type="application/json">} with {@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 escaped; the page script builds every text with {@code textContent} (vis.js renders
 * strings as HTML, so it is given DOM elements); a Content-Security-Policy allows only the page's own inline
 * script and style, by their SHA-256 hashes, and no network at all.
 *
 * <pre>{@code
 * String html = HtmlTimeline.render(parley.state(id).orElseThrow(), parley.developments(id), LocalDate.now());
 * }</pre>
 */
public final class HtmlTimeline {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String VIS = "META-INF/resources/webjars/visjs/4.21.0/vis-timeline-graph2d.min";
    private static final Pattern SLOT = Pattern.compile("\\{\\{([A-Z_]+)}}");
    private static final Pattern CLOSES_ELEMENT = Pattern.compile("</(script|style)", Pattern.CASE_INSENSITIVE);

    private HtmlTimeline() {
    }

    /**
     * @param state        the negotiation's current state, as Parley computed it
     * @param developments its developments, in recorded order
     * @param today        "today": one click away from the as-of bar (which starts on the last development), and
     *                     the day the current statuses are named for
     * @return the page
     */
    public static String render(NegotiationState state, List<Development> developments, LocalDate today) {
        ObjectNode data = data(state, developments, today);
        String json = scriptSafeJson(data);
        Map<String, String> slots = new LinkedHashMap<>();
        String title = state.title() == null ? state.negotiationId() : state.title();
        slots.put("TITLE", Html.escape(title));
        slots.put("VIS_CSS", inlineable(resource(VIS + ".css")));
        slots.put("PAGE_CSS", inlineable(resource("dev/parley/render/timeline.css")));
        slots.put("VIS_JS", inlineable(resource(VIS + ".js")));
        slots.put("PAGE_JS", inlineable(resource("dev/parley/render/timeline.js")));
        slots.put("DATA", json);
        slots.put("CSP", "default-src 'none'; script-src " + hash(slots.get("VIS_JS")) + " "
                + hash(slots.get("PAGE_JS")) + "; style-src " + hash(slots.get("VIS_CSS")) + " "
                + hash(slots.get("PAGE_CSS")) + "; img-src data:; base-uri 'none'; form-action 'none'");
        return fill(resource("dev/parley/render/timeline.html"), slots);
    }

    static ObjectNode data(NegotiationState state, List<Development> developments, LocalDate today) {
        DevelopmentText words = new DevelopmentText(state, developments);
        Lanes lanes = Lanes.of(state);
        ObjectNode data = NODES.objectNode();
        data.put("title", Html.clean(state.title() == null ? state.negotiationId() : state.title()));
        data.put("negotiationId", state.negotiationId());
        data.put("today", today.toString());
        data.put("statusesOn", Dates.day(state.evaluatedOn() == null ? today : state.evaluatedOn()));
        ObjectNode statuses = data.putObject("statusWords");
        for (PositionStatus status : PositionStatus.values()) {
            statuses.put(status.name(), DevelopmentText.statusWord(status));
        }
        statuses.put(AsOfReplay.IN, "in the state");
        statuses.put(AsOfReplay.OUT, "not yet");
        statuses.put(AsOfReplay.UNCERTAIN, "date uncertain at this cut");
        statuses.put(AsOfReplay.RETRACTED, "retracted");

        LocalDate lastDevelopment = null;
        Set<Lanes.Lane> used = new LinkedHashSet<>();
        Map<String, Integer> laneCounts = new LinkedHashMap<>();
        Map<String, Integer> typeCounts = new LinkedHashMap<>();
        ArrayNode items = data.putArray("items");
        for (Development d : TimelineView.of(developments, TimelineQuery.all())) {
            Description description = words.describe(d);
            Lanes.Lane lane = lanes.laneOf(description.actors());
            used.add(lane);
            laneCounts.merge(lane.id(), 1, Integer::sum);
            typeCounts.merge(d.typeName(), 1, Integer::sum);
            PartialDate occurred = words.effective(d).occurred();
            if (lastDevelopment == null || occurred.latest().isAfter(lastDevelopment)) {
                lastDevelopment = occurred.latest();
            }
            ObjectNode item = items.addObject();
            item.put("id", d.id());
            item.put("type", d.typeName());
            item.put("lane", lane.id());
            item.put("start", occurred.earliest().toString());
            if (!occurred.isExactDay()) {
                item.put("end", occurred.latest().plusDays(1).toString());
            }
            item.put("date", Dates.display(occurred));
            item.put("headline", description.headline());
            item.put("label", description.label());
            state.position(d.id()).map(Position::status).ifPresent(s -> item.put("status", s.name()));
            ArrayNode facts = item.putArray("facts");
            StringBuilder search = new StringBuilder(description.headline()).append('\n').append(d.id());
            for (Fact fact : description.facts()) {
                ObjectNode f = facts.addObject().put("label", fact.label()).put("text", fact.text())
                        .put("kind", fact.kind().name().toLowerCase(Locale.ROOT));
                if (fact.target() != null) {
                    f.put("target", fact.target());
                }
                search.append('\n').append(fact.text());
            }
            item.put("search", search.toString().toLowerCase(Locale.ROOT));
        }
        // where the as-of bar starts: the latest day any development may have occurred on
        data.put("lastDevelopment", (lastDevelopment == null ? today : lastDevelopment).toString());
        ArrayNode laneNodes = data.putArray("lanes");
        for (Lanes.Lane lane : lanes.ordered(used)) {
            laneNodes.addObject().put("id", lane.id()).put("label", lane.label())
                    .put("count", laneCounts.getOrDefault(lane.id(), 0));
        }
        ArrayNode types = data.putArray("types");
        typeCounts.forEach((type, count) -> types.addObject().put("type", type)
                .put("label", DevelopmentText.typeLabel(type)).put("count", count));
        ArrayNode rounds = data.putArray("rounds");
        for (Round round : state.rounds()) {
            rounds.addObject().put("label", Html.clean((round.number() == null ? "Round" : "Round " + round.number())
                            + (round.venue() == null ? "" : ", " + round.venue())
                            + (round.status() == Round.Status.SCHEDULED ? " (scheduled)" : "")))
                    .put("start", round.date().earliest().toString())
                    .put("end", round.date().latest().plusDays(1).toString());
        }
        ObjectNode asOf = data.putObject("asOf");
        Map<AsOfReplay.Axis, List<AsOfReplay.Cut>> cutsByAxis = new java.util.EnumMap<>(AsOfReplay.Axis.class);
        for (AsOfReplay.Axis axis : AsOfReplay.Axis.values()) {
            ObjectNode cuts = asOf.putObject(axis.name().toLowerCase(Locale.ROOT));
            ArrayNode days = cuts.putArray("days");
            ArrayNode changes = cuts.putArray("changes");
            List<AsOfReplay.Cut> axisCuts = AsOfReplay.cuts(state.negotiationId(), developments, axis);
            cutsByAxis.put(axis, axisCuts);
            for (AsOfReplay.Cut cut : axisCuts) {
                days.add(cut.day().toString());
                ObjectNode change = changes.addObject();
                cut.changes().forEach(change::put);
            }
        }
        data.set("charts", AgreementCharts.data(cutsByAxis));
        ObjectNode agreementWords = data.putObject("agreementStatusWords");
        for (AgreementStatus status : AgreementStatus.values()) {
            agreementWords.put(status.name(), status.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return data;
    }

    /** JSON that cannot end or comment out its script element, nor break a line in old JavaScript parsers. */
    static String scriptSafeJson(ObjectNode data) {
        try {
            return ParleyJson.codec().writer().with(new ScriptSafeEscapes()).writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Escapes {@code < > &} as {@code \\u003C} etc. and U+2028/U+2029, on top of JSON's own escapes. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        ScriptSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? new SerializedString("\\u2028")
                    : ch == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }

    private static String hash(String inline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Fills every {@code {{SLOT}}} in one pass, so that filled text is never read as a slot. */
    private static String fill(String template, Map<String, String> slots) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder page = new StringBuilder(template.length() + slots.values().stream().mapToInt(String::length)
                .sum());
        while (slot.find()) {
            String value = slots.get(slot.group(1));
            if (value == null) {
                throw new IllegalStateException("timeline.html names an unknown slot " + slot.group());
            }
            slot.appendReplacement(page, Matcher.quoteReplacement(value));
        }
        slot.appendTail(page);
        return page.toString();
    }

    /** Library code is inlined as it is, so it must not close its element early. */
    private static String inlineable(String code) {
        if (CLOSES_ELEMENT.matcher(code).find()) {
            throw new IllegalStateException("inlined code contains '</script' or '</style'");
        }
        return code;
    }

    /**
     * The page's own files from this module first (on the module path a class loader does not show a named module's
     * packages to anyone), then the WebJar's from the class loader.
     */
    private static InputStream open(String name) {
        InputStream own = HtmlTimeline.class.getResourceAsStream("/" + name);
        return own != null ? own : HtmlTimeline.class.getClassLoader().getResourceAsStream(name);
    }

    private static String resource(String name) {
        try (InputStream in = open(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath (parley-render and "
                        + "org.webjars:visjs 4.21.0 are needed)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
