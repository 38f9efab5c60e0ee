package dev.parley.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.model.NegotiationProjection;
import dev.parley.model.ParleyJson;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The TimelineJS export")
class TimelineJsTest {

    static Stream<Examples.Example> examples() {
        return Stream.concat(Examples.files().stream().map(Examples::read), Stream.of(Examples.largest())).distinct();
    }

    private static ObjectNode export(Examples.Example example) {
        return TimelineJs.export(example.state(), example.developments());
    }

    private static ObjectNode hostile() {
        return export(Hostile.ID, Hostile.developments());
    }

    private static ObjectNode export(String id, List<Development> developments) {
        NegotiationState state = NegotiationProjection.replay(id, developments, AsOf.now(), LocalDate.of(2025, 7, 1));
        return TimelineJs.export(state, developments);
    }

    @Nested
    @DisplayName("slides and eras")
    class Structure {
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.parley.render.TimelineJsTest#examples")
        @DisplayName("one slide per development, with a unique id")
        void oneSlidePerDevelopment(Examples.Example example) {
            JsonNode events = export(example).get("events");
            assertThat(events).hasSize(example.developments().size());
            assertThat(StreamSupport.stream(events.spliterator(), false).map(e -> e.get("unique_id").asText()))
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(example.developments().stream().map(Development::id).toList());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.parley.render.TimelineJsTest#examples")
        @DisplayName("every era ends after it starts, so a one-day round is a valid era")
        void erasEndAfterTheyStart(Examples.Example example) {
            JsonNode eras = export(example).get("eras");
            assertThat(eras).hasSize(example.state().rounds().size());
            for (JsonNode era : eras) {
                assertThat(day(era.get("end_date"))).as(era.toString()).isAfter(day(era.get("start_date")));
            }
        }

        @Test
        @DisplayName("a one-day round ends the next day")
        void oneDayRound() {
            JsonNode era = export(Examples.read(Examples.DATA.resolve("istanbul-2025-06-02.json"))).get("eras").get(0);
            assertThat(era.get("start_date").toString()).isEqualTo("{\"year\":2025,\"month\":6,\"day\":2}");
            assertThat(era.get("end_date").toString()).isEqualTo("{\"year\":2025,\"month\":6,\"day\":3}");
            assertThat(era.at("/text/headline").asText()).as("drawn over the axis labels otherwise").isEmpty();
        }

        private LocalDate day(JsonNode date) {
            return LocalDate.of(date.get("year").asInt(), date.path("month").asInt(1), date.path("day").asInt(1));
        }
    }

    @Nested
    @DisplayName("text for people")
    class Words {
        private final ObjectNode istanbul = export(Examples.read(Examples.DATA.resolve("istanbul-2025-06-02.json")));

        private JsonNode event(String id) {
            for (JsonNode event : istanbul.get("events")) {
                if (event.get("unique_id").asText().equals(id)) {
                    return event;
                }
            }
            throw new AssertionError("no event " + id);
        }

        @Test
        @DisplayName("headlines say who did what in a few words (at most 100 characters); the text opens with the "
                + "whole summary, with the terms, not the type and id")
        void headlines() {
            assertThat(event("ru-offer-children").at("/text/headline").asText()).startsWith("Russia")
                    .doesNotContain("offer made").doesNotContain("ru-offer");
            assertThat(event("ru-offer-children").at("/text/text").asText()).startsWith("<p>Russia offers Ukraine: ");
            assertThat(event("round-2").at("/text/headline").asText()).isEqualTo("Russia and Ukraine · Round 2 · Istanbul");
            examples().forEach(example -> export(example).get("events").forEach(e -> assertThat(
                    e.at("/text/headline").asText().length()).as(example + " " + e.get("unique_id"))
                    .isLessThanOrEqualTo(TimelineJs.HEADLINE_LENGTH)));
            assertThat(istanbul.at("/title/text/headline").asText()).isEqualTo("Russia-Ukraine direct talks in Istanbul");
        }

        @Test
        @DisplayName("bodies give deadline, status with its reason, quotes and sources in words, never JSON")
        void bodies() {
            String offer = event("ru-offer-children").at("/text/text").asText();
            assertThat(offer).contains("<b>Deadline:</b> by 10 July 2025").contains("<b>Status on ")
                    .contains("<b>Source:</b> UNN, 2 June 2025, citing Axios, citing 2 unnamed Ukrainian officials").doesNotContain("{\"").doesNotContain("\"by\"");
            String rejected = StreamSupport.stream(istanbul.get("events").spliterator(), false)
                    .filter(e -> e.at("/text/text").asText().contains("rejects")).findFirst().orElseThrow()
                    .at("/text/text").asText();
            assertThat(rejected).contains("<b>Position now:</b>").contains("rejected by");
            assertThat(istanbul.toString()).contains("<q>");
        }

        @Test
        @DisplayName("display_date honours precision, windows and approximation")
        void displayDates() {
            assertThat(Dates.display(PartialDate.parse("2025-06-02"))).isEqualTo("2 June 2025");
            assertThat(Dates.display(PartialDate.parse("2025-06"))).isEqualTo("June 2025");
            assertThat(Dates.display(PartialDate.parse("2025").approximately())).isEqualTo("c. 2025");
            assertThat(Dates.display(PartialDate.parse("2025").within(null, LocalDate.of(2025, 6, 1))))
                    .isEqualTo("2025 (not after 1 June 2025)");
            assertThat(Dates.display(PartialDate.parse("2025-06").within(LocalDate.of(2025, 6, 3),
                    LocalDate.of(2025, 6, 9)))).isEqualTo("June 2025 (between 3 June 2025 and 9 June 2025)");
            assertThat(Dates.display(PartialDate.parse("2025-06-02T13:00+03:00"))).isEqualTo("2 June 2025, 13:00 +03:00");
            JsonNode opened = event("opened");
            assertThat(opened.get("display_date").asText()).isEqualTo("2025 (not after 1 June 2025)");
            assertThat(opened.get("start_date").toString()).as("year precision, narrowed by notAfter")
                    .isEqualTo("{\"year\":2025}");
            assertThat(opened.get("end_date").toString()).isEqualTo("{\"year\":2025,\"month\":6,\"day\":1}");
            assertThat(TimelineJs.start(PartialDate.parse("2025-06")).toString()).isEqualTo("{\"year\":2025,\"month\":6}");
            assertThat(TimelineJs.start(PartialDate.parse("2025-06").within(LocalDate.of(2025, 6, 3), null)).toString())
                    .isEqualTo("{\"year\":2025,\"month\":6,\"day\":3}");
        }
    }

    @Nested
    @DisplayName("groups")
    class Groups {
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.parley.render.TimelineJsTest#examples")
        @DisplayName("are the page's lanes: parties, Joint, mediators and hosts, Other; no free-text speaker")
        void groupsAreLanes(Examples.Example example) {
            NegotiationState state = example.state();
            Set<String> groups = StreamSupport.stream(export(example).get("events").spliterator(), false)
                    .map(e -> e.get("group").asText()).collect(Collectors.toSet());
            Set<String> lanes = Lanes.of(state).ordered(Set.of(Lanes.JOINT, Lanes.OTHER)).stream()
                    .map(Lanes.Lane::label).collect(Collectors.toSet());
            assertThat(lanes).containsAll(groups);
            assertThat(groups.size()).isLessThanOrEqualTo(state.participantsIn(dev.parley.timeline.PartyRole.PARTY)
                    .size() + 3);
        }

        @Test
        @DisplayName("a speaker goes under their affiliation, a delegation under its party")
        void speakersUnderTheirAffiliation() {
            ObjectNode export = export(Examples.read(Examples.DATA.resolve("istanbul-2025-06-02.json")));
            Map<String, String> groupOf = new LinkedHashMap<>();
            export.get("events").forEach(e -> groupOf.put(e.get("unique_id").asText(), e.get("group").asText()));
            assertThat(groupOf).containsEntry("ru-offer-children", "Russia").containsEntry("round-2", "Joint")
                    .containsEntry("host-turkey", "Mediators and hosts");
            Examples.read(Examples.DATA.resolve("istanbul-2025-06-02.json")).developments().stream()
                    .filter(d -> d instanceof dev.parley.timeline.StatementMade s && s.speaker().affiliation() != null)
                    .forEach(d -> assertThat(groupOf.get(d.id())).as(d.id())
                            .isEqualTo(((dev.parley.timeline.StatementMade) d).speaker().affiliation()));
        }
    }

    @Nested
    @DisplayName("escaping (TimelineJS renders text as HTML)")
    class Escaping {
        @Test
        @DisplayName("no text field carries markup of its own: titles, venues, quotes, names, dates, groups")
        void everyFieldEscaped() {
            ObjectNode export = hostile();
            List<String> texts = new ArrayList<>();
            collect(export, texts);
            for (String text : texts) {
                String ours = text.replaceAll("</?(p|b|q|span)>", "")
                        .replaceAll("<a href=\"[^\"<>]*\"( target=\"_blank\" rel=\"noopener noreferrer\")?>", "")
                        .replace("</a>", "");
                assertThat(ours).as(text).doesNotContain("<").doesNotContain(">");
                assertThat(text).as("control characters are replaced").doesNotContain("\u001b").doesNotContain("\u0007");
            }
            assertThat(export.at("/title/text/headline").asText())
                    .isEqualTo("Talks &lt;iframe src=&quot;https://evil.example/&quot;&gt;&lt;/iframe&gt;");
            assertThat(export.get("events")).as("the venue, on its round's slide").anySatisfy(e ->
                    assertThat(e.at("/text/headline").asText()).contains("&lt;img src=x onerror=alert(2)&gt;"));
            assertThat(export.toString()).contains("&lt;!--&lt;script&gt;")
                    .contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
        }

        @Test
        @DisplayName("source URLs are links only for http and https, escaped in the attribute")
        void linksOnlyForHttp() {
            String text = hostile().toString();
            assertThat(text).doesNotContain("javascript:")
                    .contains("<a href=\\\"https://good.example/a?b=1&amp;c=&#39;2&#39;\\\" target=\\\"_blank\\\"");
            assertThat(Html.safeUrl("HTTPS://x.example/")).isEqualTo("HTTPS://x.example/");
            assertThat(Html.safeUrl("javascript:alert(1)")).isNull();
            assertThat(Html.safeUrl("data:text/html,<b>")).isNull();
            assertThat(Html.safeUrl("https:relative")).isNull();
        }

        @Test
        @DisplayName("group and display_date, which TimelineJS decodes once before setting them as HTML, are escaped "
                + "twice; body text breaks every www. run so that TimelineJS's autolinker starts no link in it")
        void escapedForTheirPath() {
            ObjectNode export = export(Hostile.MARKUP_ID, Hostile.markup());
            List<String> groups = new ArrayList<>();
            export.get("events").forEach(event -> groups.add(event.get("group").asText()));
            assertThat(groups).contains("A&amp;lt;img src=x onerror=alert(1)&amp;gt;",
                    "B&amp;lt;svg onload=window.pwned=1&amp;gt;");
            assertThat(TimelineJs.stripped("1 <June>")).isEqualTo("1 &amp;lt;June&amp;gt;");
            assertThat(TimelineJs.bodyText("see www.a.example and WWW.b, wwww.c"))
                    .isEqualTo("see <span></span>www.a.example and <span></span>WWW.b, w<span></span>www.c");
            assertThat(TimelineJs.headline("<b>'x'</b>")).isEqualTo("&lt;b&gt;&#39;x&#39;&lt;/b&gt;");
        }

        private void collect(JsonNode node, List<String> texts) {
            if (node.isTextual()) {
                texts.add(node.asText());
            }
            node.forEach(child -> collect(child, texts));
        }
    }

    @Nested
    @DisplayName("in real TimelineJS 3.9.11 (headless chromium)")
    class InTimelineJs {
        @Test
        @DisplayName("every example renders with no error and slides == developments; screenshot in docs/")
        void rendersEveryExample() throws Exception {
            BrowserHarness browser = BrowserHarness.require();
            Path dir = Files.createDirectories(Path.of("target", "timelinejs"));
            List<Examples.Example> examples = new ArrayList<>(examples().toList());
            Examples.Example largest = Examples.largest();
            examples.remove(largest);
            examples.add(0, largest);   // the screenshot is of the first
            List<String> arguments = new ArrayList<>(List.of("--screenshot",
                    Path.of("..", "docs", "timelinejs.png").toAbsolutePath().normalize().toString(), "--slide-id",
                    largest.developments().stream().filter(d -> d instanceof dev.parley.timeline.PositionTaken p
                            && p.deadline() != null).map(Development::id).findFirst().orElse(largest
                            .developments().get(0).id())));
            Map<String, Integer> developments = new LinkedHashMap<>();
            for (Examples.Example example : examples) {
                Path file = dir.resolve(example.name() + ".json");
                ParleyJson.codec().writer().writeValue(file.toFile(), export(example));
                arguments.add(file.toString());
                developments.put(file.toAbsolutePath().toString(), example.developments().size());
            }
            Path hostile = dir.resolve("hostile.json");
            ParleyJson.codec().writer().writeValue(hostile.toFile(), hostile());
            arguments.add(hostile.toString());
            developments.put(hostile.toAbsolutePath().toString(), Hostile.developments().size());

            JsonNode results = browser.run("timelinejs.mjs", arguments).get("results");
            assertThat(results).hasSize(developments.size());
            for (JsonNode result : results) {
                String file = result.get("file").asText();
                assertThat(result.get("problems")).as(file + ": page and console errors").isEmpty();
                assertThat(result.get("injected").asInt()).as(file + ": elements made from text").isZero();
                assertThat(result.get("titleSlide").asInt()).as(file + ": title slide").isEqualTo(1);
                assertThat(result.get("slides").asInt() - 1).as(file + ": slides besides the title")
                        .isEqualTo(developments.get(file));
                assertThat(result.get("events").asInt()).as(file + ": TimelineJS's own event count")
                        .isEqualTo(developments.get(file));
                assertThat(result.get("headlines")).as(file + ": slide headlines").isNotEmpty()
                        .allSatisfy(h -> assertThat(h.asText().length()).as(h.asText())
                                .isLessThanOrEqualTo(TimelineJs.HEADLINE_LENGTH));
                System.out.println("TimelineJS " + Path.of(file).getFileName() + ": " + (result.get("slides").asInt() - 1)
                        + " slides for " + developments.get(file) + " developments, " + result.get("eras").asInt()
                        + " eras, " + result.get("eraCollisions").asInt() + " era texts over axis labels");
            }
            String hostileText = results.get(results.size() - 1).get("text").asText();
            assertThat(hostileText).as("hostile text shown as text").contains(Hostile.COMMENT_QUOTE)
                    .contains(Hostile.SCRIPT_QUOTE).contains(Hostile.TITLE);
            assertThat(Path.of("..", "docs", "timelinejs.png")).isNotEmptyFile();
        }

        @Test
        @DisplayName("markup in names, venues, quotes, terms and sources never runs, whichever path TimelineJS takes "
                + "a field through (sanitizer, markup stripper, autolinker), and reads as the text it was")
        void markupNeverRuns() throws Exception {
            BrowserHarness browser = BrowserHarness.require();
            Path file = Files.createDirectories(Path.of("target", "timelinejs")).resolve("markup.json");
            ParleyJson.codec().writer().writeValue(file.toFile(), export(Hostile.MARKUP_ID, Hostile.markup()));

            JsonNode result = browser.run("timelinejs.mjs", List.of(file.toString())).get("results").get(0);

            assertThat(result.get("problems")).as("page errors, dialogs").isEmpty();
            assertThat(result.get("pwned").asBoolean()).as("window.pwned set by a payload").isFalse();
            assertThat(result.get("injected").asInt()).as("elements made from text").isZero();
            assertThat(result.get("handlers")).as("event handlers made from text").isEmpty();
            assertThat(result.get("scriptLinks")).as("javascript: and data: links").isEmpty();
            assertThat(result.get("slides").asInt() - 1).isEqualTo(Hostile.markup().size());
            assertThat(result.get("text").asText()).as("shown as the text it was")
                    .contains(Hostile.IMG_PARTY, Hostile.SVG_PARTY, Hostile.ENTITY_PARTY, Hostile.SVG_VENUE,
                            Hostile.LINKIFIED_QUOTE, "Wire&#39;s <b>desk</b>")
                    .as("never escaped once too often").doesNotContain("&amp;");
        }
    }
}
