package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A document (memorandum, draft, list ...) was handed from one side to another.
 * JSON type name {@code "document-delivered"}.
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

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onDocumentDelivered(this);
    }
}
