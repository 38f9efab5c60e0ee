package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A document is made public by someone: distinct from {@code document-delivered}, which hands it to the other side.
 * It may name the delivered document it makes public.
 * JSON type name {@code "document-published"}.
 *
 * <pre>{@code
 * DocumentPublished.by(Envelope.of("memorandum-published", "ru-ua-2025", "2025-06-03"), "Russia")
 *         .withDocument("memorandum").withKind(DocumentKind.MEMORANDUM)
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param document the id of the {@code document-delivered} it makes public, if it was delivered
 * @param kind what kind of document, if known
 * @param title its title or description
 * @param by who published it
 * @param summary what it says, in the reporter's words
 */
@JsonTypeName("document-published")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DocumentPublished(@JsonUnwrapped Envelope envelope,
        String document,
        DocumentKind kind,
        String title,
        String by,
        String summary) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param document the id of the {@code document-delivered} it makes public, if it was delivered
     * @param kind what kind of document, if known
     * @param title its title or description
     * @param by who published it
     * @param summary what it says, in the reporter's words
     */
    public DocumentPublished {
        Values.required("envelope", envelope);
        Values.optionalId("document", document);
        title = Values.optionalText(title);
        by = Values.text("by", by).intern();
        summary = Values.optionalText(summary);
    }

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param side the side that published it
     * @return a publication naming no document, kind, title or summary yet
     */
    public static DocumentPublished by(Envelope envelope, String side) {
        return new DocumentPublished(envelope, null, null, null, side, null);
    }

    /**
     * @param document the id of the delivered document published
     * @return a copy naming the document
     */
    public DocumentPublished withDocument(String document) {
        return new DocumentPublished(envelope, document, kind, title, by, summary);
    }

    /**
     * @param kind what kind of document
     * @return a copy with the kind
     */
    public DocumentPublished withKind(DocumentKind kind) {
        return new DocumentPublished(envelope, document, kind, title, by, summary);
    }

    /**
     * @param title the document's title
     * @return a copy with the title
     */
    public DocumentPublished withTitle(String title) {
        return new DocumentPublished(envelope, document, kind, title, by, summary);
    }

    /**
     * @param summary what it says, in short
     * @return a copy with the summary
     */
    public DocumentPublished withSummary(String summary) {
        return new DocumentPublished(envelope, document, kind, title, by, summary);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onDocumentPublished(this);
    }
}
