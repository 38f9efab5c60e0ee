package dev.parley.render;

import dev.parley.model.NegotiationDecider;
import dev.parley.timeline.Agent;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.Development;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.PartyJoined;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.StatementMade;

import java.time.LocalDate;
import java.util.List;

/** A negotiation whose every text tries to break out of the page: markup, script ends, comments, escapes. */
final class Hostile {
    static final String ID = "hostile";
    static final String COMMENT_QUOTE = "<!--<script>";
    static final String SCRIPT_QUOTE = "</script><script>alert(1)</script>";
    static final String TITLE = "Talks <iframe src=\"https://evil.example/\"></iframe>";
    static final String VENUE = "<img src=x onerror=alert(2)>";
    static final String TERMS = "a \u2028line\u2029 & \"quotes\" 'too' \u001b]0;owned\u0007";
    static final String JAVASCRIPT_URL = "javascript:alert(3)";

    /** Names and texts whose markup runs script when a renderer decodes it once too often (issue 21). */
    static final String IMG_PARTY = "A<img src=x onerror=alert(1)>";
    static final String SVG_PARTY = "B<svg onload=window.pwned=1>";
    /** Escaped once already: a renderer that decodes entities and then sets innerHTML makes a tag of it. */
    static final String ENTITY_PARTY = "C&lt;img src=x onerror=alert(5)&gt;";
    static final String SVG_VENUE = "<svg/onload=alert(6)>";
    /** TimelineJS links a www. address in text after sanitizing it, inside single quotes: a quote breaks out. */
    static final String LINKIFIED_QUOTE = "see www.evil.example'onmouseover='window.pwned=1'style='display:block";
    static final String MARKUP_ID = "markup";

    private Hostile() {
    }

    /**
     * @return a negotiation whose party names, venue, speaker, quote, terms and sources carry live markup, entities
     *         and {@code javascript:} links, for the renderers' browser tests
     */
    static List<Development> markup() {
        NegotiationDecider rules = NegotiationDecider.initialState(MARKUP_ID);
        Attribution scriptLink = new Attribution("<svg onload=alert(7)>", "javascript:window.pwned=1", null,
                List.of(Agent.named(ENTITY_PARTY, null, null)));
        Attribution quotedLink = new Attribution("Wire&#39;s <b>desk</b>",
                "https://e.example/?q='onmouseover='window.pwned=1'&www.x'y", null, List.of());
        List<Development> developments = List.of(
                new NegotiationOpened(Envelope.of("opened", MARKUP_ID, "2025-06"), IMG_PARTY, LINKIFIED_QUOTE),
                new PartyJoined(Envelope.of("img", MARKUP_ID, "2025-06-01"), IMG_PARTY, PartyRole.PARTY),
                new PartyJoined(Envelope.of("svg", MARKUP_ID, "2025-06-01"), SVG_PARTY, PartyRole.PARTY),
                new PartyJoined(Envelope.of("entity", MARKUP_ID, "2025-06-01"), ENTITY_PARTY, PartyRole.MEDIATOR),
                new RoundHeld(Envelope.of("round", MARKUP_ID, "2025-06-02").withSource(scriptLink), 1, SVG_VENUE,
                        ENTITY_PARTY, List.of(IMG_PARTY), SVG_PARTY),
                new StatementMade(Envelope.of("said", MARKUP_ID, "2025-06-02").withSource(quotedLink),
                        Agent.named(SVG_PARTY, ENTITY_PARTY, IMG_PARTY), LINKIFIED_QUOTE, null),
                new StatementMade(Envelope.of("mediated", MARKUP_ID, "2025-06-03"),
                        Agent.named(ENTITY_PARTY, null, ENTITY_PARTY), ENTITY_PARTY + " " + LINKIFIED_QUOTE, null),
                new OfferMade(new Envelope("offer", MARKUP_ID, PartialDate.parse("2025-06-04"), null,
                        List.of(scriptLink, quotedLink), List.of()), SVG_PARTY, List.of(IMG_PARTY),
                        IMG_PARTY + " " + LINKIFIED_QUOTE, List.of(SVG_VENUE), null, ENTITY_PARTY, null));
        developments.forEach(rules::record);
        return developments;
    }

    static List<Development> developments() {
        NegotiationDecider rules = NegotiationDecider.initialState(ID);
        Attribution evilLink = new Attribution("Evil <b>Wire</b>", JAVASCRIPT_URL, LocalDate.of(2025, 6, 2),
                List.of(Agent.named("</script>", null, null)));
        Attribution goodLink = new Attribution("Good Wire", "https://good.example/a?b=1&c='2'", null, List.of());
        List<Development> developments = List.of(
                new NegotiationOpened(Envelope.of("opened", ID, "2025-06"), TITLE, "<script>alert(4)</script>"),
                new PartyJoined(Envelope.of("party-a", ID, "2025-06-01"), "A<b>", PartyRole.PARTY),
                new PartyJoined(Envelope.of("party-b", ID, "2025-06-01"), "B&amp;", PartyRole.PARTY),
                new RoundHeld(Envelope.of("round-1", ID, "2025-06-02").withSource(evilLink), 1, VENUE,
                        "<u>chair</u>", List.of("A<b> (head: <i>x</i>)"), "<marquee>"),
                new StatementMade(Envelope.of("comment", ID, "2025-06-02").withSource(goodLink),
                        Agent.named("Speaker <1>", "role \"2\"", "A<b>"), COMMENT_QUOTE, null),
                new StatementMade(Envelope.of("script", ID, "2025-06-02"),
                        Agent.named("Speaker 3", null, "B&amp;"), SCRIPT_QUOTE, "</textarea>"),
                new OfferMade(new Envelope("offer", ID, PartialDate.parse("2025-06-03"), null, List.of(evilLink),
                        List.of()), "B&amp;", List.of("A<b>"), TERMS, List.of("<li>"), null, "<criteria>", null));
        developments.forEach(rules::record);
        return developments;
    }
}
