package dev.parley.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.parley.timeline.Development;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.InvalidValueException;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.TimelineFormatException;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a timeline file (format {@value TimelineFiles#FORMAT}) one development at a time with Jackson's streaming
 * parser: only the development being read is in memory, whatever the size of the file. The header is read on
 * {@link #open}; the rest of the file is checked as the iteration reaches it, so a file is valid only once
 * {@link #hasNext()} returned false. Every error is a {@link TimelineFormatException} naming the source, line and
 * column, JSON pointer, development id (where known) and rule.
 *
 * <pre>{@code
 * try (TimelineReader reader = TimelineReader.open(Path.of("big.json"))) {
 *     while (reader.hasNext()) {
 *         Development development = reader.next();
 *         ...
 *     }
 * }
 * }</pre>
 */
public final class TimelineReader implements Iterator<Development>, AutoCloseable {
    private static final ObjectMapper MAPPER = ParleyJson.mapper();
    private static final Map<String, Set<String>> FIELDS = fieldsByType();

    private final JsonParser parser;
    private final String source;
    private final long totalBytes;
    private String negotiationId;
    private boolean sawFormat;
    private boolean sawDevelopments;
    private boolean inDevelopments;
    private Development next;
    private int index = -1;
    private JsonLocation start;

    private TimelineReader(JsonParser parser, String source, long totalBytes) {
        this.parser = parser;
        this.source = source;
        this.totalBytes = totalBytes;
    }

    /**
     * Opens a file and reads its header, up to the first development.
     *
     * @param file a timeline file
     * @return a reader positioned before the first development; close it
     * @throws TimelineFormatException when the file is missing, unreadable or its header is invalid
     */
    public static TimelineReader open(Path file) {
        InputStream in;
        long size;
        try {
            in = Files.newInputStream(file);
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw unplaced(file.toString(), "no such file", e);
        } catch (IOException e) {
            throw unplaced(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        return open(in, file.toString(), size);
    }

    /**
     * @param in         the JSON bytes (UTF-8); closed with the reader
     * @param source     a name for the input, used in error messages
     * @param totalBytes the input's length for progress, or -1 when unknown
     * @return a reader positioned before the first development; close it
     * @throws TimelineFormatException when the header is invalid
     */
    public static TimelineReader open(InputStream in, String source, long totalBytes) {
        TimelineReader reader;
        try {
            reader = new TimelineReader(MAPPER.getFactory().createParser(in), source, totalBytes);
        } catch (IOException e) {
            throw unplaced(source, "cannot read: " + e.getMessage(), e);
        }
        try {
            reader.guarded(reader::readHeader);
            return reader;
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** @return the file's negotiation id, which every development inherits */
    public String negotiationId() {
        return negotiationId;
    }

    /** @return the name of the input used in error messages */
    public String source() {
        return source;
    }

    /** @return how many bytes the parser consumed so far */
    public long bytesRead() {
        return parser.currentLocation().getByteOffset();
    }

    /** @return the input's length in bytes, or -1 when unknown */
    public long totalBytes() {
        return totalBytes;
    }

    /**
     * Reads ahead to the next development; after the last one, checks the rest of the file.
     *
     * @throws TimelineFormatException when the input is invalid at the point reached
     */
    @Override
    public boolean hasNext() {
        if (next == null && inDevelopments) {
            guarded(this::advance);
        }
        return next != null;
    }

    /**
     * @return the next development, with the file's negotiation id
     * @throws TimelineFormatException when the input is invalid at the point reached
     */
    @Override
    public Development next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more developments in " + source);
        }
        Development development = next;
        next = null;
        return development;
    }

    /**
     * Places a rule violation of the development last returned by {@link #next()} in the file, so that recording a
     * file fails like reading it: with source, line, column, JSON pointer, id and rule.
     *
     * @param violation what recording the last development raised
     * @return the same failure as a located format error
     */
    public TimelineFormatException locate(RuleViolationException violation) {
        return new TimelineFormatException(source, line(start), column(start), violation.developmentId(),
                violation.rule(), "at /developments/" + index + ": " + violation.detail(), violation);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // Nothing was written; a failure to release the file changes no outcome.
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    /** Turns everything the parser can throw into located format errors. */
    private void guarded(Step step) {
        try {
            step.run();
        } catch (TimelineFormatException e) {
            throw e;
        } catch (JsonProcessingException e) {
            // Safety-limit errors carry no location of their own; the parser knows where it stopped.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new TimelineFormatException(source, line(at), column(at), null, Rule.MALFORMED_INPUT,
                    syntaxDetail(e), e);
        } catch (CharConversionException e) {
            throw unplaced(source, "not valid UTF-8: " + e.getMessage(), e);
        } catch (IOException e) {
            throw unplaced(source, "cannot read: " + e.getMessage(), e);
        }
    }

    private void readHeader() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw malformed(parser.currentTokenLocation(), "a timeline file is a JSON object with \"format\", "
                    + "\"negotiationId\" and \"developments\"");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            if (readField()) {
                return;
            }
        }
        finish();
    }

    /** @return true when the field was "developments" and the parser now stands at its first element */
    private boolean readField() throws IOException {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
            case "format" -> {
                String format = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                if (!TimelineFiles.FORMAT.equals(format)) {
                    throw malformed(parser.currentTokenLocation(), "\"format\" must be \"" + TimelineFiles.FORMAT
                            + "\" (got " + (format == null ? value : "\"" + format + "\"") + ")");
                }
                sawFormat = true;
                return false;
            }
            case "negotiationId" -> {
                if (value != JsonToken.VALUE_STRING) {
                    throw malformed(parser.currentTokenLocation(), "\"negotiationId\" must be a string");
                }
                negotiationId = parser.getText();
                return false;
            }
            case "developments" -> {
                if (value != JsonToken.START_ARRAY) {
                    throw malformed(parser.currentTokenLocation(), "\"developments\" must be an array");
                }
                if (negotiationId == null) {
                    throw malformed(parser.currentTokenLocation(),
                            "\"negotiationId\" must come before \"developments\"");
                }
                if (sawDevelopments) {
                    throw malformed(parser.currentTokenLocation(), "\"developments\" appears twice");
                }
                sawDevelopments = true;
                inDevelopments = true;
                return true;
            }
            default -> throw malformed(parser.currentTokenLocation(), "unknown field \"" + field
                    + "\"; a timeline file has \"format\", \"negotiationId\" and \"developments\"");
        }
    }

    private void advance() throws IOException {
        if (parser.nextToken() == JsonToken.END_ARRAY) {
            inDevelopments = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                readField();
            }
            finish();
            return;
        }
        index++;
        start = parser.currentTokenLocation();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw malformed(start, "developments[" + index + "] must be an object");
        }
        ObjectNode node = parser.readValueAsTree();
        next = toDevelopment(node);
    }

    /** Checks what follows the fields: the end of the object, nothing after it, and the required fields. */
    private void finish() throws IOException {
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw malformed(parser.currentLocation(), "unexpected " + parser.currentToken());
        }
        if (parser.nextToken() != null) {
            throw malformed(parser.currentTokenLocation(), "unexpected content after the timeline object");
        }
        if (!sawFormat) {
            throw malformed(parser.currentLocation(), "\"format\" is required");
        }
        if (negotiationId == null) {
            throw malformed(parser.currentLocation(), "\"negotiationId\" is required");
        }
        if (!sawDevelopments) {
            throw malformed(parser.currentLocation(), "\"developments\" is required");
        }
    }

    private Development toDevelopment(ObjectNode node) {
        String id = node.path("id").isTextual() ? node.get("id").asText() : null;
        String pointer = "/developments/" + index;
        inherit(node, pointer, id);
        if (node.get("replacement") instanceof ObjectNode replacement) {
            // A correction carries a whole development, which inherits the negotiation id too.
            inherit(replacement, pointer + "/replacement", id);
            checkFieldNames(replacement, pointer + "/replacement", id);
        }
        if (!node.has("type")) {
            throw located(id, Rule.MALFORMED_INPUT, "at " + pointer + ": missing \"type\"; known types: "
                    + knownTypes(), null);
        }
        checkFieldNames(node, pointer, id);
        try {
            return MAPPER.treeToValue(node, Development.class);
        } catch (JsonProcessingException e) {
            throw translate(e, pointer, id);
        } catch (IllegalArgumentException e) {
            throw located(id, Rule.INVALID_VALUE, "at " + pointer + ": " + e.getMessage(), e);
        }
    }

    private void inherit(ObjectNode node, String pointer, String id) {
        JsonNode own = node.get("negotiationId");
        if (own == null) {
            node.set("negotiationId", TextNode.valueOf(negotiationId));
        } else if (!own.isTextual() || !own.asText().equals(negotiationId)) {
            throw located(id, Rule.MALFORMED_INPUT, "at " + pointer + "/negotiationId: " + own
                    + " differs from the file's negotiationId \"" + negotiationId + "\"", null);
        }
    }

    private TimelineFormatException translate(JsonProcessingException e, String pointer, String id) {
        String at = "at " + pointer + pathOf(e);
        Throwable cause = e.getCause();
        if (e instanceof ValueInstantiationException && cause instanceof InvalidValueException invalid) {
            return located(id, Rule.INVALID_VALUE, at + ": " + invalid.getMessage(), e);
        }
        if (e instanceof InvalidTypeIdException typeId) {
            return located(id, Rule.MALFORMED_INPUT, at + ": unknown development type \"" + typeId.getTypeId()
                    + "\"; known types: " + knownTypes(), e);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return located(id, Rule.MALFORMED_INPUT, at + ": unknown field \"" + unknown.getPropertyName() + "\"", e);
        }
        if (cause instanceof InvalidValueException invalid) {
            return located(id, Rule.INVALID_VALUE, at + ": " + invalid.getMessage(), e);
        }
        return located(id, Rule.MALFORMED_INPUT, at + ": " + firstLine(e.getOriginalMessage()), e);
    }

    /**
     * Jackson cannot report unknown fields of a type with an unwrapped envelope (the envelope's deserializer
     * swallows them), so a misspelt field would silently vanish; the allowed names are checked here instead.
     */
    private void checkFieldNames(ObjectNode node, String pointer, String id) {
        Set<String> allowed = FIELDS.get(node.path("type").asText());
        if (allowed == null) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw located(id, Rule.MALFORMED_INPUT, "at " + pointer + "/" + name + ": unknown field \""
                        + name + "\"", null);
            }
        }
    }

    private TimelineFormatException located(String id, Rule rule, String detail, Throwable cause) {
        return new TimelineFormatException(source, line(start), column(start), id, rule, detail, cause);
    }

    /** For input that cannot be read at all, where there is no line or column to name. */
    private static TimelineFormatException unplaced(String source, String detail, Throwable cause) {
        return new TimelineFormatException(source, -1, -1, null, Rule.MALFORMED_INPUT, detail, cause);
    }

    private TimelineFormatException malformed(JsonLocation at, String detail) {
        return new TimelineFormatException(source, line(at), column(at), null, Rule.MALFORMED_INPUT, detail, null);
    }

    private static Map<String, Set<String>> fieldsByType() {
        Set<String> envelope = new HashSet<>(List.of("type"));
        for (RecordComponent component : Envelope.class.getRecordComponents()) {
            envelope.add(component.getName());
        }
        Map<String, Set<String>> fields = new HashMap<>();
        for (Class<? extends Development> type : ParleyTypes.developmentTypes()) {
            Set<String> names = new HashSet<>(envelope);
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getType() != Envelope.class) {
                    names.add(component.getName());
                }
            }
            fields.put(Development.typeName(type), Set.copyOf(names));
        }
        return Map.copyOf(fields);
    }

    private static String pathOf(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('/').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('/').append(ref.getIndex());
            }
        }
        return path.toString();
    }

    private static String knownTypes() {
        return Arrays.stream(ParleyTypes.developmentTypes()).map(Development::typeName).sorted()
                .collect(Collectors.joining(", "));
    }

    private static String syntaxDetail(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "input exceeds a safety limit: " + firstLine(e.getOriginalMessage());
        }
        String message = firstLine(e.getOriginalMessage());
        if (message.contains("end-of-input")) {
            return "the file ends too early (truncated?): " + message;
        }
        return "not valid JSON: " + message;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static long line(JsonLocation at) {
        return at == null ? -1 : at.getLineNr();
    }

    private static long column(JsonLocation at) {
        return at == null ? -1 : at.getColumnNr();
    }
}
