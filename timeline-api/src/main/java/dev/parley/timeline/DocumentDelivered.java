package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A document (memorandum, draft, list ...) was handed from one side to another.
 * JSON type name {@code "document-delivered"}.
 *
 * <pre>{@code
 * DocumentDelivered.of(Envelope.of("memorandum", "ru-ua-2025", "2025-06-02"), DocumentKind.MEMORANDUM)
 *         .from("Russia").to("Ukraine").withTitle("Peace memorandum")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param kind what kind of document
 * @param title its title or description
 * @param from the side that handed it over
 * @param to the side that received it
 * @param contents the demands or points it contains, as reported
 */
@JsonTypeName("document-delivered")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DocumentDelivered(@JsonUnwrapped Envelope envelope,
        DocumentKind kind,
        String title,
        String from,
        String to,
        List<String> contents) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param kind what kind of document
     * @param title its title or description
     * @param from the side that handed it over
     * @param to the side that received it
     * @param contents the demands or points it contains, as reported
     */
    public DocumentDelivered {
        Values.required("envelope", envelope);
        Values.required("kind", kind);
        title = Values.optionalText(title);
        from = Values.text("from", from);
        to = Values.text("to", to);
        contents = Values.texts("contents", contents);
    }

    /**
     * The first stage: what kind of document; then {@link From#from(String)} and {@link To#to(String)}.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param kind what kind of document
     * @return the stage that takes the sender
     */
    public static From of(Envelope envelope, DocumentKind kind) {
        return from -> to -> new DocumentDelivered(envelope, kind, null, from, to, List.of());
    }

    /**
     * @param title the document's title
     * @return a copy with the title
     */
    public DocumentDelivered withTitle(String title) {
        return new DocumentDelivered(envelope, kind, title, from, to, contents);
    }

    /**
     * @param contents what it contains, point by point
     * @return a copy with the contents
     */
    public DocumentDelivered withContents(String... contents) {
        return new DocumentDelivered(envelope, kind, title, from, to, Values.listOf(contents));
    }

    /** The stage of {@link #of(Envelope, DocumentKind)} that takes the sender. */
    @FunctionalInterface
    public interface From {
        /**
         * @param side the side that delivered it
         * @return the stage that takes the recipient
         */
        To from(String side);
    }

    /** The last stage of {@link #of(Envelope, DocumentKind)}: the recipient. */
    @FunctionalInterface
    public interface To {
        /**
         * @param side the side it was delivered to
         * @return the development
         */
        DocumentDelivered to(String side);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onDocumentDelivered(this);
    }
}
