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

    private Hostile() {
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
