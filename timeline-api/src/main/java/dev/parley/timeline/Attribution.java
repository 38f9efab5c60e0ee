package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a development was read: the outlet that published it and the chain of agents it cites, outermost first.
 * "UNN, citing Axios, citing Rustem Umerov" is
 * <pre>{@code
 * Attribution.of("UNN").withUrl("https://unn.ua/...").withPublished(LocalDate.of(2025, 6, 2))
 *         .withVia(Agent.outlet("Axios"), Agent.named("Rustem Umerov", "Defence Minister of Ukraine", "Ukraine"));
 * }</pre>
 * The last agent of the chain (or the outlet when the chain is empty) is the <em>root source</em>.
 *
 * @param outlet    the publishing outlet (required)
 * @param url       the article's address, if any; must be an absolute URI
 * @param published the publication day, if known
 * @param via       the citation chain, from the agent the outlet cites to the original speaker
 * @param note      the reporter's note about this source ("mirror of a Reuters story"), if any
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Attribution(String outlet, String url, LocalDate published, List<Agent> via, String note) {

    /**
     * Validates the outlet and the URL.
     *
     * @param outlet the publishing outlet (required)
     * @param url the article's address, if any; must be an absolute URI
     * @param published the publication day, if known
     * @param via the citation chain, from the agent the outlet cites to the original speaker
     * @param note the reporter's note about this source ("mirror of a Reuters story"), if any
     */
    public Attribution {
        outlet = Values.text("source.outlet", outlet).intern();
        url = Values.optionalText(url);
        if (url != null) {
            try {
                if (!new URI(url).isAbsolute()) {
                    throw new InvalidValueException("source.url", "'" + url + "' is not an absolute URL");
                }
            } catch (URISyntaxException e) {
                throw new InvalidValueException("source.url", "'" + url + "' is not a URL: " + e.getReason());
            }
        }
        via = Values.list("source.via", via);
        note = Values.optionalText(note);
    }

    /**
     * An attribution without a note, as in format {@code parley/1} before notes.
     *
     * @param outlet    the publishing outlet
     * @param url       the article's address, if any
     * @param published the publication day, if known
     * @param via       the citation chain
     */
    public Attribution(String outlet, String url, LocalDate published, List<Agent> via) {
        this(outlet, url, published, via, null);
    }

    /**
     * @param outlet the publishing outlet (required)
     * @return an attribution to the outlet alone
     */
    public static Attribution of(String outlet) {
        return new Attribution(outlet, null, null, List.of(), null);
    }

    /**
     * @param url the article's address; must be an absolute URI
     * @return a copy with the article's address
     */
    public Attribution withUrl(String url) {
        return new Attribution(outlet, url, published, via, note);
    }

    /**
     * @param published the publication day
     * @return a copy with the publication day
     */
    public Attribution withPublished(LocalDate published) {
        return new Attribution(outlet, url, published, via, note);
    }

    /**
     * @param via the citation chain, from the agent the outlet cites to the original speaker
     * @return a copy citing through this chain
     */
    public Attribution withVia(Agent... via) {
        return new Attribution(outlet, url, published, Values.listOf(via), note);
    }

    /**
     * @param note the reporter's note about this source ("mirror of a Reuters story")
     * @return a copy with the note
     */
    public Attribution withNote(String note) {
        return new Attribution(outlet, url, published, via, note);
    }

    /** @return the agent at the end of the citation chain, or the outlet itself */
    @JsonIgnore
    public Agent root() {
        return via.isEmpty() ? Agent.outlet(outlet) : via.get(via.size() - 1);
    }

    /** @return true when the root source is anonymous */
    @JsonIgnore
    public boolean isAnonymous() {
        return root().anonymous();
    }

    @Override
    public String toString() {
        return Stream.concat(Stream.of(outlet), via.stream().map(Agent::toString))
                .collect(Collectors.joining(" <- "));
    }
}
