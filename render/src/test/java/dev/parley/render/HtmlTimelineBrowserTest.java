package dev.parley.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.model.NegotiationProjection;
import dev.parley.model.ParleyJson;
import dev.parley.model.TimelineView;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.PositionTaken;
import dev.parley.timeline.StatementMade;
import dev.parley.timeline.TimelineQuery;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Position;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens the page in headless chromium (playwright-core, {@code src/test/browser/html-timeline.mjs}) on the largest
 * example and checks what a person sees; skipped with the reason without a browser, failed under {@code CI=true}.
 */
@DisplayName("The HTML timeline in a real browser (headless chromium)")
class HtmlTimelineBrowserTest {
    /** Written under target, never into the sources (docs/html-timeline.png is a copy of one, refreshed by hand). */
    private static final Path SCREENSHOT = Path.of("target", "html-timeline.png").toAbsolutePath();
    /** The Black Sea grain page as it opens, and its agreement charts (docs/ has copies, refreshed by hand). */
    private static final Path FIRST_VIEW = Path.of("target", "html-first-view.png").toAbsolutePath();
    private static final Path CHARTS = Path.of("target", "html-charts.png").toAbsolutePath();

    @Test
    @DisplayName("the largest example: no errors, one item per development inside its lane, the as-of bar replays "
            + "both axes with Parley's statuses, filters, search, keyboard, permalinks, print; screenshot in docs/")
    void largestExample() throws Exception {
        BrowserHarness browser = BrowserHarness.require();
        Examples.Example example = Examples.largest();
        List<Development> developments = example.developments();
        assertThat(developments).hasSizeGreaterThanOrEqualTo(SyntheticNegotiation.MINIMUM);
        NegotiationState state = example.state();
        String html = HtmlTimeline.render(state, developments, example.today());
        Path page = write(example.name(), html);
        ObjectNode data = HtmlTimeline.data(state, developments, example.today());
        List<JsonNode> items = StreamSupport.stream(data.get("items").spliterator(), false).toList();

        Map<String, Integer> laneCounts = count(items, "lane");
        String lane = laneCounts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Map<String, Integer> typeCounts = count(items, "type");
        String type = typeCounts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String term = searchTerm(developments);
        long matching = items.stream().filter(i -> i.get("search").asText().contains(term)).count();
        String quoted = developments.stream().filter(d -> d instanceof StatementMade s && s.quote() != null)
                .map(Development::id).findFirst().orElseThrow();
        String position = developments.stream().filter(d -> d instanceof PositionTaken).map(Development::id)
                .findFirst().orElseThrow();

        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("page", page.toString());
        scenario.put("screenshot", SCREENSHOT.toString());
        scenario.put("drags", Map.of("occurred", days(developments, false), "known", days(developments, true)));
        scenario.put("lane", lane);
        scenario.put("type", type);
        scenario.put("search", term);
        scenario.put("permalinks", List.of(position, quoted));
        JsonNode report = browser.run("html-timeline.mjs", List.of(scenarioFile(scenario).toString()));

        int n = developments.size();
        assertThat(report.get("problems")).as("page errors, console errors, network requests, dialogs").isEmpty();
        assertThat(report.at("/initial/drawn").asInt()).as("items drawn after fit").isEqualTo(n);
        assertThat(ids(report.at("/initial/ids"))).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(developments.stream().map(Development::id).toList());
        assertThat(report.at("/lanes/measured").asInt()).isEqualTo(n);
        assertThat(report.at("/lanes/outside")).as("items outside their own lane's box").isEmpty();
        assertThat(report.at("/lanes/lanes").asInt()).isEqualTo(data.get("lanes").size());

        // A mouse drag lands on a pixel: on a page spanning years a pixel is more than a day.
        LocalDate first = developments.stream().map(d -> d.occurred().earliest()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = developments.stream().map(d -> d.reported().latest()).max(LocalDate::compareTo).orElseThrow();
        long resolution = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(first, last) / 200);
        Map<String, List<JsonNode>> dragsByAxis = new HashMap<>();
        for (JsonNode drag : report.get("drags")) {
            dragsByAxis.computeIfAbsent(drag.get("axis").asText(), a -> new ArrayList<>()).add(drag);
            LocalDate target = LocalDate.parse(drag.get("target").asText());
            LocalDate shown = LocalDate.parse(drag.get("asOf").asText());
            assertThat(shown).as("the bar lands where it was dragged, to the page's resolution of %d days", resolution)
                    .isBetween(target.minusDays(resolution), target.plusDays(resolution));
            AsOfReplay.Axis axis = drag.get("axis").asText().equals("known") ? AsOfReplay.Axis.KNOWN
                    : AsOfReplay.Axis.OCCURRED;
            assertShowsParleysState(drag.get("statuses"), NegotiationProjection.replay(state.negotiationId(),
                    developments, axis.at(shown), example.today()), axis + " " + shown);
        }
        for (String axis : List.of("occurred", "known")) {
            List<JsonNode> drags = dragsByAxis.get(axis);
            assertThat(drags).as(axis).hasSize(4);
            assertThat(drags.stream().map(d -> d.get("statuses").toString()).distinct().count())
                    .as("dragging the bar on the " + axis + " axis changes what is shown").isEqualTo(4);
        }
        assertThat(dragsByAxis.get("occurred").get(1).get("statuses"))
                .as("the two axes differ at the same day").isNotEqualTo(dragsByAxis.get("known").get(1).get("statuses"));

        assertThat(report.at("/withoutLane/shown").asInt()).isEqualTo(n - laneCounts.get(lane));
        assertThat(report.at("/withoutLane/drawn").asInt()).isEqualTo(n - laneCounts.get(lane));
        assertThat(report.at("/withoutType/drawn").asInt()).isEqualTo(n - typeCounts.get(type));
        assertThat(report.at("/search/drawn").asLong()).as("search '" + term + "'").isEqualTo(matching)
                .isLessThan(n).isPositive();
        assertThat(report.at("/cleared/drawn").asInt()).isEqualTo(n);

        List<Development> ordered = TimelineView.of(developments, TimelineQuery.all());
        assertThat(report.at("/keyboard/first").asText()).isEqualTo(ordered.get(0).id());
        assertThat(report.at("/keyboard/second").asText()).isEqualTo(ordered.get(1).id());
        assertThat(report.at("/keyboard/focused").asText()).isEqualTo("details");
        assertThat(report.at("/keyboard/hash").asText()).isEqualTo("#" + ordered.get(1).id());

        DevelopmentText words = new DevelopmentText(state, developments);
        for (JsonNode permalink : report.get("permalinks")) {
            String id = permalink.get("selected").asText();
            Development d = words.recorded(id).orElseThrow();
            assertThat(permalink.get("headline").asText()).isEqualTo(words.describe(d).headline());
            assertThat(ids(permalink.get("visSelected"))).containsExactly(id);
        }
        assertThat(report.get("permalinks")).hasSize(2);
        assertThat(report.at("/permalinks/0/selected").asText()).isEqualTo(position);
        assertThat(report.at("/permalinks/1/details").asText())
                .contains(((StatementMade) words.recorded(quoted).orElseThrow()).quote());

        assertThat(report.at("/print/controlsShown").asBoolean()).as("controls printed").isFalse();
        assertThat(report.at("/print/listed").asInt()).isEqualTo(n);
        assertThat(report.at("/print/listHeight").asDouble()).as("the list is printed").isPositive();

        assertThat(SCREENSHOT).isNotEmptyFile();
        System.out.printf("HTML timeline %s: %d developments, %d lanes, %d items outside their lane, page %,d bytes%n",
                example.name(), n, report.at("/lanes/lanes").asInt(), report.at("/lanes/outside").size(),
                html.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    @DisplayName("every example at 1600x1000 opens on its developments: they span at least 60% of the width, every "
            + "marker in the window, the as-of bar on the last development; zoom keeps the bar in view, fit fits "
            + "the developments, today is one click away, and the controls and axis stay on screen while scrolling")
    void firstViewOfEveryExample() throws Exception {
        BrowserHarness browser = BrowserHarness.require();
        List<String> pages = new ArrayList<>();
        for (Path file : Examples.files()) {
            Examples.Example example = Examples.read(file);
            pages.add(write(example.name(), HtmlTimeline.render(example.state(), example.developments(),
                    example.today())).toString());
        }
        JsonNode report = browser.run("first-view.mjs", pages);

        assertThat(report.get("pages")).hasSize(pages.size());
        for (JsonNode page : report.get("pages")) {
            String name = Path.of(page.get("page").asText()).getFileName().toString();
            JsonNode first = page.get("first");
            assertThat(page.get("problems")).as(name + ": page errors").isEmpty();
            assertThat(first.get("span").asDouble()).as(name + ": share of the width the developments span")
                    .isGreaterThanOrEqualTo(0.6).isLessThanOrEqualTo(1.0);
            assertThat(first.get("outside")).as(name + ": developments outside the first window").isEmpty();
            assertThat(first.get("drawn").asInt()).as(name + ": markers drawn").isEqualTo(first.get("items").asInt());
            assertThat(first.get("asOf").asText()).as(name + ": the as-of bar starts on the last development")
                    .isEqualTo(first.get("lastDevelopment").asText());
            assertThat(page.at("/zoomed/cutInWindow").asBoolean()).as(name + ": zoomed in, the bar in view").isTrue();
            assertThat(page.at("/zoomed/span").asDouble()).as(name + ": zoomed in").isGreaterThan(1.0);
            assertThat(page.at("/fitted/outside")).as(name + ": fit").isEmpty();
            assertThat(page.at("/fitted/span").asDouble()).as(name + ": fit").isGreaterThanOrEqualTo(0.6);
            Examples.Example example = Examples.read(Examples.DATA.resolve(name.replaceFirst("\\.html$", ".json")));
            assertThat(page.at("/today/asOf").asText()).as(name + ": today").isEqualTo(example.today().toString());
            assertThat(page.at("/today/cutInWindow").asBoolean()).as(name + ": today in view").isTrue();
            JsonNode scrolled = page.get("scrolled");
            // under the header while the page is at the top, stuck to the top once it scrolled past the header
            assertThat(scrolled.get("controlsTop").asDouble()).as(name + ": controls stay on top")
                    .isBetween(-0.5, Math.max(0.5, 100 - scrolled.get("scrollY").asDouble()));
            assertThat(scrolled.get("stripBottom").asDouble()).as(name + ": axis strip on screen")
                    .isLessThan(scrolled.get("viewport").asDouble()).isGreaterThan(0);
            assertThat(scrolled.get("axisLabels").asInt()).as(name + ": axis strip labels").isPositive();
        }
    }

    @Test
    @DisplayName("the Black Sea grain example: at three cuts the charts draw each agreement's status and, per side "
            + "and unit, the ledger's delivered, disputed and undisclosed totals of Parley's replay at that cut")
    void chartsFollowTheCut() throws Exception {
        BrowserHarness browser = BrowserHarness.require();
        Examples.Example example = Examples.read(Examples.DATA.resolve("black-sea-grain-initiative-2022.json"));
        List<Development> developments = example.developments();
        Path page = write(example.name(), HtmlTimeline.render(example.state(), developments, example.today()));
        List<String> days = List.of("2022-08-10", "2022-10-30", "2023-07-20");
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("page", page.toString());
        scenario.put("days", days);
        scenario.put("axis", "occurred");
        scenario.put("screenshots", Map.of("page", FIRST_VIEW.toString(), "charts", CHARTS.toString()));
        JsonNode report = browser.run("charts.mjs", List.of(scenarioFile(scenario).toString()));

        assertThat(report.get("problems")).as("page errors, console errors").isEmpty();
        List<Long> shipped = new ArrayList<>();
        for (JsonNode cut : report.get("cuts")) {
            LocalDate day = LocalDate.parse(cut.get("day").asText());
            assertThat(cut.get("asOf").asText()).isEqualTo(day.toString());
            NegotiationState expected = NegotiationProjection.replay(example.timeline().negotiationId(), developments,
                    AsOf.occurredBy(day), day);
            Map<String, JsonNode> charts = new HashMap<>();
            cut.get("charts").forEach(c -> charts.put(c.get("id").asText(), c));
            for (Agreement agreement : expected.agreements()) {
                JsonNode chart = charts.get(agreement.id());
                assertThat(chart).as(day + ": chart of " + agreement.id()).isNotNull();
                assertThat(chart.get("status").asText()).as(day + ": status of " + agreement.id())
                        .isEqualTo(agreement.status().name());
                for (JsonNode line : chart.get("lines")) {
                    String what = day + " " + agreement.id() + " " + line.get("party").asText() + " "
                            + line.get("unit").asText();
                    Delivery delivered = ledger(agreement.delivered(), line);
                    Delivery disputed = ledger(agreement.disputed(), line);
                    long known = delivered == null ? 0 : delivered.known().longValueExact();
                    assertThat(line.get("delivered").asLong()).as(what + ": delivered").isEqualTo(known);
                    assertThat(line.get("drawnDelivered").asLong()).as(what + ": drawn").isEqualTo(known);
                    assertThat(line.get("undisclosed").asInt()).as(what + ": undisclosed steps")
                            .isEqualTo(delivered == null ? 0 : delivered.undisclosedSteps());
                    assertThat(line.get("disputed").asLong()).as(what + ": disputed")
                            .isEqualTo(disputed == null ? 0 : disputed.known().longValueExact());
                    assertThat(line.get("drawnPaths").asInt()).as(what + ": a line is drawn").isPositive();
                    if (line.get("party").asText().equals("Ukraine") && line.get("unit").asText().equals("tonnes")) {
                        shipped.add(known);
                    }
                }
                assertThat(agreement.delivered()).as(day + ": every ledger entry of " + agreement.id() + " charted")
                        .allSatisfy(d -> assertThat(chart.get("lines").findValuesAsText("party")).contains(d.party()));
            }
            for (JsonNode chart : cut.get("charts")) {
                if (expected.agreements().stream().noneMatch(a -> a.id().equals(chart.get("id").asText()))) {
                    assertThat(chart.get("status").asText()).as(day + ": not yet reached").isEmpty();
                }
            }
        }
        assertThat(shipped).as("Ukraine's tonnes at the three cuts").hasSize(days.size()).isSorted()
                .doesNotHaveDuplicates();
        assertThat(FIRST_VIEW).isNotEmptyFile();
        assertThat(CHARTS).isNotEmptyFile();
    }

    private static Delivery ledger(List<Delivery> deliveries, JsonNode line) {
        String unit = line.get("unit").asText();
        return deliveries.stream().filter(d -> d.party().equals(line.get("party").asText())
                && (d.unit() == null ? "" : d.unit()).equals(unit)).findFirst().orElse(null);
    }

    @Test
    @DisplayName("hostile text (<!--<script>, </script><script>alert(1)</script>, markup in names) leaves the page "
            + "working and is shown as text")
    void hostileText() throws Exception {
        List<Development> developments = Hostile.developments();
        JsonNode report = hostilePage(Hostile.ID, developments, "alert",
                List.of("comment", "script", "offer", "round-1"));

        assertThat(report.get("problems")).as("page errors, console errors, dialogs").isEmpty();
        assertThat(report.at("/initial/drawn").asInt()).isEqualTo(developments.size());
        assertThat(report.get("scripts").asInt()).as("script elements: data, vis.js, the page").isEqualTo(3);
        assertThat(report.get("injected").asInt()).as("elements created from text").isZero();
        assertThat(report.at("/permalinks/0/details").asText()).contains(Hostile.COMMENT_QUOTE);
        assertThat(report.at("/permalinks/1/details").asText()).contains(Hostile.SCRIPT_QUOTE);
        assertThat(report.at("/permalinks/2/details").asText()).contains("\"quotes\" 'too'").doesNotContain("\u001b");
        assertThat(report.at("/permalinks/3/details").asText()).contains(Hostile.VENUE);
        for (JsonNode permalink : report.get("permalinks")) {
            for (JsonNode link : permalink.get("links")) {
                assertThat(link.asText()).as("links are http(s) or to the page").matches("(https?://|#).*");
            }
        }
    }

    @Test
    @DisplayName("markup in names, venues, quotes, terms and sources (img, svg, entities, javascript: links) never "
            + "runs, in the timeline or any development's details, and is shown as the text it was")
    void markupNeverRuns() throws Exception {
        List<Development> developments = Hostile.markup();
        JsonNode report = hostilePage(Hostile.MARKUP_ID, developments, "onerror",
                developments.stream().map(Development::id).toList());

        assertThat(report.get("problems")).as("page errors, console errors, dialogs").isEmpty();
        assertThat(report.get("pwned").asBoolean()).as("window.pwned set by a payload").isFalse();
        assertThat(report.get("injected").asInt()).as("elements created from text").isZero();
        assertThat(report.get("handlers")).as("event handlers created from text").isEmpty();
        assertThat(report.at("/initial/drawn").asInt()).isEqualTo(developments.size());
        StringBuilder details = new StringBuilder();
        for (JsonNode permalink : report.get("permalinks")) {
            assertThat(permalink.get("handlers")).as(permalink.get("selected") + ": handlers").isEmpty();
            assertThat(permalink.get("pwned").asBoolean()).isFalse();
            permalink.get("links").forEach(link -> assertThat(link.asText()).as("links are http(s) or to the page")
                    .matches("(https?://|#).*"));
            details.append(permalink.get("details").asText());
        }
        assertThat(details.toString()).contains(Hostile.IMG_PARTY, Hostile.SVG_PARTY, Hostile.ENTITY_PARTY,
                Hostile.SVG_VENUE, Hostile.LINKIFIED_QUOTE, "Wire&#39;s <b>desk</b>").doesNotContain("&amp;");
    }

    /** Renders a hostile negotiation, drives its page (a search, one lane, statements, permalinks) and reports. */
    private static JsonNode hostilePage(String id, List<Development> developments, String search, List<String> permalinks)
            throws Exception {
        BrowserHarness browser = BrowserHarness.require();
        LocalDate today = LocalDate.of(2025, 7, 1);
        NegotiationState state = NegotiationProjection.replay(id, developments, AsOf.now(), today);
        Path page = write(id, HtmlTimeline.render(state, developments, today));
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("page", page.toString());
        scenario.put("screenshot", null);
        scenario.put("drags", Map.of());
        scenario.put("lane", "party-1");
        scenario.put("type", "statement-made");
        scenario.put("search", search);
        scenario.put("permalinks", permalinks);
        return browser.run("html-timeline.mjs", List.of(scenarioFile(scenario).toString()));
    }

    /** The page shows what Parley's replay computed: every position's status, the uncertain, the count. */
    private static void assertShowsParleysState(JsonNode shown, NegotiationState expected, String cut) {
        Map<String, String> page = new HashMap<>();
        shown.properties().forEach(e -> page.put(e.getKey(), e.getValue().asText()));
        for (Position p : expected.positions()) {
            assertThat(page.get(p.id())).as(cut + ": status of " + p.id()).isEqualTo(p.status().name());
        }
        assertThat(page.entrySet().stream().filter(e -> e.getValue().equals(AsOfReplay.UNCERTAIN)).map(Map.Entry::getKey)
                .collect(Collectors.toSet())).as(cut + ": uncertain").isEqualTo(Set.copyOf(expected.uncertain()));
        assertThat(page.values().stream().filter(v -> !Set.of(AsOfReplay.OUT, AsOfReplay.UNCERTAIN,
                AsOfReplay.RETRACTED).contains(v)).count()).as(cut + ": developments in the state")
                .isEqualTo(expected.developmentCount());
    }

    /** Four days spread over the developments' dates on one axis. */
    private static List<String> days(List<Development> developments, boolean known) {
        List<LocalDate> dates = developments.stream().map(d -> (known ? d.reported() : d.occurred()).latest())
                .sorted().toList();
        return List.of(0.2, 0.45, 0.7, 0.9).stream().map(q -> dates.get((int) (q * (dates.size() - 1))).toString())
                .toList();
    }

    /** A word from a position's terms that not every development contains. */
    private static String searchTerm(List<Development> developments) {
        TreeSet<String> words = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        developments.stream().filter(d -> d instanceof PositionTaken).map(d -> ((PositionTaken) d).terms())
                .flatMap(t -> List.of(t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).stream())
                .filter(w -> w.length() >= 5).forEach(words::add);
        return words.first();
    }

    private static Map<String, Integer> count(List<JsonNode> items, String field) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        items.forEach(i -> counts.merge(i.get(field).asText(), 1, Integer::sum));
        return counts;
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Path write(String name, String html) throws java.io.IOException {
        Path page = Files.createDirectories(Path.of("target", "html")).resolve(name + ".html").toAbsolutePath();
        Files.writeString(page, html, StandardCharsets.UTF_8);
        return page;
    }

    private static Path scenarioFile(Map<String, Object> scenario) throws java.io.IOException {
        Path file = Files.createTempFile(Path.of("target"), "scenario-", ".json");
        ParleyJson.codec().writer().writeValue(file.toFile(), scenario);
        return file.toAbsolutePath();
    }
}
