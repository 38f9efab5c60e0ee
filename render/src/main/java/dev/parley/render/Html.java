package dev.parley.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Text made safe for the renderers: control characters replaced, markup escaped, links limited to http(s). */
final class Html {

    private Html() {
    }

    /**
     * @param text any text, possibly null
     * @return the text with control characters (other than tab and newline) replaced by U+FFFD, so that no
     *         output carries raw escape sequences; null stays null
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
            if (control && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(control ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * @param text any text, possibly null
     * @return the text {@linkplain #clean cleaned} and escaped for HTML element content and quoted attribute
     *         values: {@code & < > " '}; null becomes the empty string
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        String clean = clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @param url a source's URL, possibly null
     * @return the URL when it is an absolute http or https URL with a host, else null: no {@code javascript:},
     *         {@code data:} or relative links ever reach a page
     */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
