package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;

/**
 * A ratification of an agreement by a party or one of its bodies. Parley records it; whether an agreement needs
 * one to be in force is not known to it, so ratifications do not change the status.
 *
 * @param developmentId the {@code agreement-ratified} development
 * @param by            the party or body
 * @param result        the outcome in words
 * @param on            when
 */
public record Ratification(String developmentId, String by, String result, PartialDate on) {
}
