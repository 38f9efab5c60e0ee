package dev.parley.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Set;

/**
 * Revision 1 to 2 of the stored positions: a demand's, proposal's or offer's {@code by} was one side (a string)
 * and is now the sides taking it together (a list, issue 10's coalitions), so {@code "by": "Russia"} becomes
 * {@code "by": ["Russia"]}. A {@code report-corrected} stores its replacement inline, so it moves to revision 2
 * as well, its replacement rewritten when that is a position and left as it was otherwise.
 */
final class PositionByUpcaster extends SingleEventUpcaster {
    /** The types whose stored form this upcaster moves from revision 1 to {@link #REVISION}. */
    static final Set<String> TYPES = Set.of("demand-made", "proposal-made", "offer-made", "report-corrected");
    /** The revision these types are written with since issue 10. */
    static final String REVISION = "2";
    private static final Set<String> POSITIONS = Set.of("demand-made", "proposal-made", "offer-made");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPES.contains(event.getType().getName()) && "1".equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), REVISION), JsonNode.class,
                PositionByUpcaster::widen);
    }

    /** Rewrites one stored development of revision 1 (and a correction's replacement); pure, for tests too. */
    static JsonNode widen(JsonNode development) {
        if (!(development instanceof ObjectNode object)) {
            return development;
        }
        if (POSITIONS.contains(object.path("type").asText()) && object.path("by").isTextual()) {
            object.set("by", object.arrayNode().add(object.get("by").asText()));
        }
        JsonNode replacement = object.get("replacement");
        if (replacement != null) {
            widen(replacement);
        }
        return object;
    }
}
