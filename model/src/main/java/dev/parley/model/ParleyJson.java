package dev.parley.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.parley.timeline.Development;
import dev.parley.timeline.DevelopmentTypes;
import dev.parley.timeline.InvalidValueException;
import dev.parley.timeline.Rule;
import dev.parley.timeline.TimelineFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one Jackson configuration Parley uses everywhere (event store, snapshots, timeline files, CLI output), handed
 * out as an immutable {@link #codec() codec}: dates are ISO strings, unknown fields are errors, output is stable.
 * Nobody can reconfigure the mapper behind it, so idempotency fingerprints cannot change under a running store.
 * For streaming, {@link #reader()} and {@link #writer()} are Jackson's immutable {@link ObjectReader} and
 * {@link ObjectWriter}; {@code with...} on them returns a new instance and leaves the codec as it is.
 *
 * <pre>{@code
 * ParleyJson json = ParleyJson.codec();
 * String text = json.write(development);
 * Development back = json.read(text, Development.class);
 * json.writer().withDefaultPrettyPrinter().writeValue(out, state);
 * }</pre>
 */
public final class ParleyJson {
    /** Nesting deeper than this is rejected: no real timeline comes close, and it protects the parser. */
    public static final int MAX_NESTING_DEPTH = 200;
    /** Strings longer than this (in characters) are rejected. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    // The oldest jackson-databind Parley runs on: every development is a record whose envelope is a @JsonUnwrapped
    // creator property, which Jackson reads only from 2.19 on (2.17 and 2.18 fail on the first development read).
    private static final int MINIMUM_JACKSON_MAJOR = 2;
    private static final int MINIMUM_JACKSON_MINOR = 19;

    private static final ObjectMapper MAPPER = newMapper();
    private static final ParleyJson CODEC = new ParleyJson(MAPPER);

    private final ObjectMapper mapper;
    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final ObjectWriter pretty;

    private ParleyJson(ObjectMapper mapper) {
        this.mapper = mapper;
        this.reader = mapper.reader();
        this.writer = mapper.writer();
        this.pretty = mapper.writerWithDefaultPrettyPrinter();
    }

    /** @return the shared codec; immutable */
    public static ParleyJson codec() {
        return CODEC;
    }

    /**
     * A fresh mapper with Parley's settings and vocabulary, for a framework that must be handed an
     * {@link ObjectMapper} (Axon's {@code JacksonSerializer}). Changing it changes nothing else.
     *
     * @return a new, independently configurable mapper
     */
    public static ObjectMapper newMapper() {
        requireJackson(PackageVersion.VERSION);
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // A decimal quantity read as a double would no longer be the number the source gave.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // The sealed permits clauses are the one list of types: no @JsonSubTypes to keep in step.
                .registerSubtypes(DevelopmentTypes.all().entrySet().stream()
                        .map(type -> new NamedType(type.getValue(), type.getKey())).toArray(NamedType[]::new))
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
        return mapper;
    }

    /**
     * @param found the jackson-databind on the class path
     * @throws IllegalStateException when it is older than 2.19, saying which to take instead of failing later on
     *                               the first development read
     */
    static void requireJackson(Version found) {
        if (found.getMajorVersion() == MINIMUM_JACKSON_MAJOR && found.getMinorVersion() < MINIMUM_JACKSON_MINOR) {
            throw new IllegalStateException("Parley needs jackson-databind " + MINIMUM_JACKSON_MAJOR + "."
                    + MINIMUM_JACKSON_MINOR + " or newer and found " + found + " (Spring Boot 3.3 and 3.4 manage 2.17 and 2.18: set the "
                    + "property jackson-bom.version to 2.19.2 or newer, or import a newer com.fasterxml.jackson:"
                    + "jackson-bom first)");
        }
    }

    /** The shared mapper, for the streaming file reader of this package only: never handed out. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * @param json JSON text
     * @param type what to read it as, e.g. {@code Development.class}
     * @param <T>  the type
     * @return the value
     * @throws TimelineFormatException when the text is not valid JSON of that type, naming line, column and rule
     */
    public <T> T read(String json, Class<T> type) {
        try {
            return reader.forType(type).readValue(json);
        } catch (JsonProcessingException e) {
            throw unreadable("JSON text", e);
        }
    }

    /**
     * @param in   JSON bytes (UTF-8); not closed
     * @param type what to read them as
     * @param <T>  the type
     * @return the value
     * @throws TimelineFormatException when the bytes are not valid JSON of that type
     * @throws UncheckedIOException    when the stream cannot be read
     */
    public <T> T read(InputStream in, Class<T> type) {
        try {
            return reader.forType(type).without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE)
                    .readValue(in);
        } catch (JsonProcessingException e) {
            throw unreadable("JSON input", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param value a development, state or other Parley value
     * @return its canonical JSON, on one line
     */
    public String write(Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param value a development, state or other Parley value
     * @return its JSON, indented
     */
    public String writePretty(Object value) {
        try {
            return pretty.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param value a development, state or other Parley value
     * @param <T>   the node type expected (an {@code ObjectNode} for a record)
     * @return its JSON as a tree, to edit before writing
     */
    public <T extends JsonNode> T toTree(Object value) {
        return mapper.valueToTree(value);
    }

    /**
     * A content fingerprint: equal for developments with equal content, different otherwise (SHA-256 of the
     * canonical JSON). Used to tell an idempotent re-record from a conflicting one.
     *
     * @param development a development
     * @return a hex fingerprint
     */
    public String fingerprint(Development development) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(write(development).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** @return Jackson's immutable reader with Parley's settings, for streaming and trees */
    public ObjectReader reader() {
        return reader;
    }

    /** @return Jackson's immutable writer with Parley's settings, for streaming */
    public ObjectWriter writer() {
        return writer;
    }

    private static TimelineFormatException unreadable(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        Throwable cause = e.getCause();
        Rule rule = cause instanceof InvalidValueException ? Rule.INVALID_VALUE : Rule.MALFORMED_INPUT;
        String detail = cause instanceof InvalidValueException ? cause.getMessage() : e.getOriginalMessage();
        String firstLine = detail == null ? e.getClass().getSimpleName() : detail.lines().findFirst().orElse("");
        return new TimelineFormatException(source, at == null ? -1 : at.getLineNr(), at == null ? -1
                : at.getColumnNr(), null, rule, firstLine, e);
    }
}
