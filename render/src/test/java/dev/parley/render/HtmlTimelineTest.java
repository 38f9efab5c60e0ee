package dev.parley.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.model.NegotiationProjection;
import dev.parley.model.ParleyJson;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The offline HTML page")
class HtmlTimelineTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    private static String hostilePage() {
        List<Development> developments = Hostile.developments();
        NegotiationState state = NegotiationProjection.replay(Hostile.ID, developments, AsOf.now(), TODAY);
        return HtmlTimeline.render(state, developments, TODAY);
    }

    @Nested
    @DisplayName("is safe")
    class Safety {
        private final String page = hostilePage();

        @Test
        @DisplayName("loads nothing from elsewhere")
        void selfContained() {
            String markup = SCRIPT.matcher(page).replaceAll("<script></script>");
            assertThat(markup).doesNotContain("<link").as("no element has a src or href").doesNotContainPattern("<[^>]*\\s(src|href)\\s*=")
                    .doesNotContain("@import").doesNotContain("url(");
            assertThat(page).contains("vis.js").contains("@version 4.21.0");
        }

        @Test
        @DisplayName("has a strict Content-Security-Policy: no network, inline code only by the hashes of its own")
        void contentSecurityPolicy() throws Exception {
            Matcher meta = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")
                    .matcher(page);
            assertThat(meta.find()).isTrue();
            String csp = meta.group(1);
            assertThat(csp).startsWith("default-src 'none'; ").doesNotContain("unsafe").doesNotContain("http")
                    .contains("base-uri 'none'").contains("form-action 'none'");
            List<String> scripts = new ArrayList<>();
            Matcher script = SCRIPT.matcher(page);
            while (script.find()) {
                if (!script.group(1).contains("application/json")) {
                    scripts.add(script.group(2));
                }
            }
            List<String> styles = new ArrayList<>();
            Matcher style = STYLE.matcher(page);
            while (style.find()) {
                styles.add(style.group(1));
            }
            assertThat(scripts).hasSize(2);
            assertThat(styles).hasSize(2);
            assertThat(directive(csp, "script-src")).containsExactlyElementsOf(scripts.stream().map(HtmlTimelineTest::hash).toList());
            assertThat(directive(csp, "style-src")).containsExactlyElementsOf(styles.stream().map(HtmlTimelineTest::hash).toList());
        }

        @Test
        @DisplayName("embeds the data as JSON with < > & U+2028 U+2029 escaped, so no text can end or comment out a script")
        void scriptSafeData() throws Exception {
            Matcher script = SCRIPT.matcher(page);
            String json = null;
            int scripts = 0;
            while (script.find()) {
                scripts++;
                if (script.group(1).contains("application/json")) {
                    json = script.group(2);
                }
            }
            assertThat(scripts).as("script elements: nothing in the data opened another").isEqualTo(3);
            assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&")
                    .doesNotContain("\u2028").doesNotContain("\u2029").contains("\\u003C!--\\u003Cscript\\u003E")
                    .contains("\\u2028");
            JsonNode parsed = ParleyJson.codec().reader().readTree(json);
            List<Development> developments = Hostile.developments();
            NegotiationState state = NegotiationProjection.replay(Hostile.ID, developments, AsOf.now(), TODAY);
            assertThat(parsed).isEqualTo(HtmlTimeline.data(state, developments, TODAY));
            assertThat(parsed.toString()).contains(Hostile.COMMENT_QUOTE).contains(Hostile.SCRIPT_QUOTE)
                    .doesNotContain("\u001b");
        }

        @Test
        @DisplayName("escapes the title where it is markup")
        void title() {
            assertThat(page).contains("<title>Talks &lt;iframe src=&quot;https://evil.example/&quot;&gt;&lt;/iframe&gt; — Parley timeline</title>")
                    .doesNotContain("<iframe");
        }
    }

    @Nested
    @DisplayName("holds")
    class Content {
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.parley.render.TimelineJsTest#examples")
        @DisplayName("one item per development, each in a lane the page lists, and each round as a band")
        void itemsAndLanes(Examples.Example example) {
            ObjectNode data = HtmlTimeline.data(example.state(), example.developments(), example.today());
            List<JsonNode> items = StreamSupport.stream(data.get("items").spliterator(), false).toList();
            assertThat(items.stream().map(i -> i.get("id").asText())).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(example.developments().stream().map(Development::id).toList());
            Set<String> lanes = StreamSupport.stream(data.get("lanes").spliterator(), false)
                    .map(l -> l.get("id").asText()).collect(Collectors.toSet());
            assertThat(items).allSatisfy(i -> assertThat(lanes).contains(i.get("lane").asText()));
            assertThat(data.get("rounds")).hasSize(example.state().rounds().size());
            assertThat(data.get("lanes").size()).isLessThanOrEqualTo(example.state()
                    .participantsIn(dev.parley.timeline.PartyRole.PARTY).size() + 3);
        }

        @Test
        @DisplayName("partial dates and windows as ranges to the day after their last possible day")
        void ranges() {
            ObjectNode data = HtmlTimeline.data(Examples.read(Examples.DATA.resolve("istanbul-2025-06-02.json"))
                    .state(), Examples.read(Examples.DATA.resolve("istanbul-2025-06-02.json")).developments(), TODAY);
            JsonNode opened = StreamSupport.stream(data.get("items").spliterator(), false)
                    .filter(i -> i.get("id").asText().equals("opened")).findFirst().orElseThrow();
            assertThat(opened.get("start").asText()).isEqualTo("2025-01-01");
            assertThat(opened.get("end").asText()).isEqualTo("2025-06-02");
            assertThat(opened.get("date").asText()).isEqualTo("2025 (not after 1 June 2025)");
            JsonNode round = data.get("rounds").get(0);
            assertThat(round.get("start").asText() + ".." + round.get("end").asText()).isEqualTo("2025-06-02..2025-06-03");
        }
    }

    private static List<String> directive(String csp, String name) {
        for (String directive : csp.split(";\\s*")) {
            if (directive.startsWith(name + " ")) {
                return List.of(directive.substring(name.length() + 1).split(" "));
            }
        }
        throw new AssertionError("no " + name + " in " + csp);
    }

    private static String hash(String inline) {
        try {
            return "'sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(inline.getBytes(StandardCharsets.UTF_8))) + "'";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
