package dev.parley.timeline.state;

import dev.parley.timeline.DocumentKind;
import dev.parley.timeline.PartialDate;

/**
 * A document made public.
 *
 * @param developmentId the {@code document-published} development
 * @param document      the {@code document-delivered} it made public, if it was delivered; null otherwise
 * @param kind          what kind of document, if known
 * @param title         its title
 * @param by            who published it
 * @param summary       what it says, in the reporter's words
 * @param on            when
 */
public record Publication(String developmentId, String document, DocumentKind kind, String title, String by,
                          String summary, PartialDate on) {
}
