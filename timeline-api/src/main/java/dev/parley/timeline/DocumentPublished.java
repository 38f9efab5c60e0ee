package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A document is made public by someone: distinct from {@code document-delivered}, which hands it to the other side.
 * It may name the delivered document it makes public.
 * JSON type name {@code "document-published"}.
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

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onDocumentPublished(this);
    }
}
