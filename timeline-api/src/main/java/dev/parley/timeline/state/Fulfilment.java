package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Quantity;

/**
 * A delivery against a position.
 *
 * @param developmentId the development that reported it
 * @param by            who delivered
 * @param delivered     how many, where reported; null when the development does not count
 * @param complete      true when the source says the position is now carried out in full
 * @param on            when
 */
public record Fulfilment(String developmentId, String by, Quantity delivered, boolean complete, PartialDate on) {
}
