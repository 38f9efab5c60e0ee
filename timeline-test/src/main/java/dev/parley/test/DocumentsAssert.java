package dev.parley.test;

import dev.parley.timeline.state.Document;
import org.assertj.core.api.AbstractObjectAssert;

import java.util.List;
import java.util.function.Predicate;

/**
 * Assertions on the documents of one kind; each check narrows to the documents that pass it. From
 * {@link NegotiationStateAssert#hasDocument}.
 *
 * <pre>{@code
 * assertThat(state).hasDocument(DocumentKind.MEMORANDUM).from("Russia").to("Ukraine").containing("Donetsk");
 * }</pre>
 */
public class DocumentsAssert extends AbstractObjectAssert<DocumentsAssert, List<Document>> {
    private final String description;

    DocumentsAssert(String description, List<Document> actual) {
        super(actual, DocumentsAssert.class);
        this.description = description;
    }

    /**
     * @param party the party that handed the documents over
     * @return assertions on the documents handed over by {@code party}, after checking there is one
     */
    public DocumentsAssert from(String party) {
        return narrow("from " + party, d -> d.from().equals(party));
    }

    /**
     * @param party the party that received the documents
     * @return assertions on the documents received by {@code party}, after checking there is one
     */
    public DocumentsAssert to(String party) {
        return narrow("to " + party, d -> d.to().equals(party));
    }

    /**
     * @param text the text the contents must mention
     * @return assertions on the documents whose contents mention {@code text}, after checking there is one
     */
    public DocumentsAssert containing(String text) {
        return narrow("containing \"" + text + "\"", d -> d.contents().stream().anyMatch(c -> c.contains(text)));
    }

    private DocumentsAssert narrow(String condition, Predicate<Document> test) {
        List<Document> matching = actual.stream().filter(test).toList();
        if (matching.isEmpty()) {
            failWithMessage("%nExpecting a %s document %s%nbut the %s documents are:%n  <%s>", description, condition,
                    description, actual.stream().map(d -> d.id() + ": " + d.from() + " -> " + d.to() + " "
                            + d.contents()).toList());
        }
        return new DocumentsAssert(description + " " + condition, matching);
    }
}
