package dev.parley.render;

import java.util.List;

/**
 * A development in words, for people: what both renderers show.
 *
 * @param headline who did what, in a sentence ("Russia offers Ukraine: return of 10 children")
 * @param label    a short form for a crowded timeline ("Offer: return of 10 children")
 * @param actors   the names of who acted, as written (a party, a delegation, a speaker's affiliation); the
 *                 {@link Lanes} resolve them to lanes
 * @param facts    the details: terms, deadline, status, ledger, quotes, sources, links
 */
record Description(String headline, String label, List<String> actors, List<Fact> facts) {

    Description {
        headline = Html.clean(headline);
        label = Html.clean(label);
        actors = List.copyOf(actors);
        facts = List.copyOf(facts);
    }
}
