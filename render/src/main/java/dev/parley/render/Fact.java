package dev.parley.render;

/**
 * One labelled line of a development's description, format-neutral: the TimelineJS export writes it as escaped
 * HTML, the page builds it as DOM text.
 *
 * @param label  what the line is ("Deadline", "Quote", "Source")
 * @param text   the line in words, cleaned of control characters
 * @param kind   how to show it
 * @param target for {@link Kind#LINK} a safe http(s) URL, for {@link Kind#REF} the id of the referred development;
 *               null otherwise
 */
record Fact(String label, String text, Kind kind, String target) {

    /** How a fact is shown. */
    enum Kind {
        /** Plain text. */
        TEXT,
        /** Someone's own words. */
        QUOTE,
        /** Text linking to an http(s) address. */
        LINK,
        /** Text linking to another development of the timeline. */
        REF
    }

    Fact {
        label = Html.clean(label);
        text = Html.clean(text);
    }

    static Fact text(String label, String text) {
        return new Fact(label, text, Kind.TEXT, null);
    }

    static Fact quote(String label, String text) {
        return new Fact(label, text, Kind.QUOTE, null);
    }

    /** A link when the URL is a safe http(s) address, plain text otherwise. */
    static Fact link(String label, String text, String url) {
        String safe = Html.safeUrl(url);
        return safe == null ? text(label, text) : new Fact(label, text, Kind.LINK, safe);
    }

    static Fact ref(String label, String text, String developmentId) {
        return new Fact(label, text, Kind.REF, developmentId);
    }
}
