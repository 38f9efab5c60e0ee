package dev.parley.timeline.state;

import dev.parley.timeline.PartyRole;

/**
 * An actor in the negotiation and the part it plays.
 *
 * @param name          the actor
 * @param role          party, mediator, host or observer
 * @param developmentId the development that recorded it
 */
public record Participant(String name, PartyRole role, String developmentId) {
}
