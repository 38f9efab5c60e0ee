package dev.parley.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.parley.model.ParleyJson;
import dev.parley.timeline.Development;
import dev.parley.timeline.state.Change;
import dev.parley.timeline.state.NegotiationState;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Every JSON the command line prints, through Parley's one codec ({@link ParleyJson}), indented. Lists are written
 * with their element type, so each development keeps its {@code type} and reads back as what it was.
 */
final class Json {
    private static final TypeReference<List<Development>> DEVELOPMENTS = new TypeReference<>() { };
    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() { };

    private Json() {
    }

    /** @return the developments as a JSON array, each with its {@code type} */
    static String developments(List<Development> developments) {
        return write(DEVELOPMENTS, developments);
    }

    /** @return the changes as a JSON array */
    static String changes(List<Change> changes) {
        return write(CHANGES, changes);
    }

    /** @return the state as JSON */
    static String state(NegotiationState state) {
        return ParleyJson.codec().writePretty(state);
    }

    /** Writes a value to a stream and leaves the stream open. */
    static void writeTo(OutputStream out, Object value) {
        try {
            ParleyJson.codec().writer().withDefaultPrettyPrinter()
                    .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(TypeReference<?> type, Object value) {
        try {
            return ParleyJson.codec().writer().forType(type).withDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
