package dev.parley.model;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.parley.timeline.Development;
import dev.parley.timeline.state.NegotiationState;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one Jackson configuration Parley uses everywhere: for the event store, snapshots, timeline files and CLI
 * output. Dates are ISO strings, unknown fields are errors, output is stable.
 *
 * <pre>{@code
 * String json = ParleyJson.mapper().writeValueAsString(development);
 * Development back = ParleyJson.mapper().readValue(json, Development.class);
 * }</pre>
 */
public final class ParleyJson {
    /** Nesting deeper than this is rejected: no real timeline comes close, and it protects the parser. */
    public static final int MAX_NESTING_DEPTH = 200;
    /** Strings longer than this (in characters) are rejected. */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    private static final ObjectMapper MAPPER = newMapper();

    private ParleyJson() {
    }

    /**
     * @return a new, independently configurable mapper with Parley's settings
     */
    public static ObjectMapper newMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
        return mapper;
    }

    /** @return the shared mapper; do not reconfigure it */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * @param development a development
     * @return its canonical JSON
     */
    public static String toJson(Development development) {
        return write(development);
    }

    /**
     * @param state a state
     * @return it as indented JSON
     */
    public static String toPrettyJson(NegotiationState state) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(state);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A content fingerprint: equal for developments with equal content, different otherwise (SHA-256 of the
     * canonical JSON). Used to tell an idempotent re-record from a conflicting one.
     *
     * @param development a development
     * @return a hex fingerprint
     */
    public static String fingerprint(Development development) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(write(development).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
