package dev.parley.engine;

import dev.parley.timeline.Development;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The one command: record this development in its negotiation.
 *
 * @param negotiationId the target aggregate
 * @param development   the development
 */
record RecordDevelopment(@TargetAggregateIdentifier String negotiationId, Development development) {

    /** @return the command for a development */
    static RecordDevelopment of(Development development) {
        return new RecordDevelopment(development.negotiationId(), development);
    }
}
