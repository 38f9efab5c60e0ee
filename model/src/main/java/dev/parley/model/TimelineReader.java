package dev.parley.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.parley.timeline.Development;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.InvalidValueException;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.TimelineFormatException;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a timeline file (format {@value TimelineFiles#FORMAT}) one development at a time with Jackson's streaming
 * parser: only the development being read is in memory, whatever the size of the file. The header is read on
 * {@link #open}; the rest of the file is checked as the iteration reaches it, so a file is valid only once
 * {@link #hasNext()} returned false. Every error is a {@link TimelineFormatException} naming the source, line and
 * column, JSON pointer, development id (where known) and rule, in Parley's words rather than the parser's.
 *
 * <p>The input must be UTF-8 (a UTF-8 byte order mark is skipped): UTF-16 and UTF-32, overlong encodings,
 * encoded surrogates and truncated sequences are rejected with their location. A key may appear once per object,
 * the file's {@code negotiationId} must be a valid id, numbers must be whole where a count belongs, and no
 * development may be longer than {@value #MAX_DEVELOPMENT_LENGTH} characters of JSON.
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
    /**
     * The longest development, in characters of JSON, that is read into memory: long enough for a string field at
     * {@link ParleyJson#MAX_STRING_LENGTH}, short enough that one hostile development cannot exhaust a small heap.
     */
    public static final int MAX_DEVELOPMENT_LENGTH = 2 * ParleyJson.MAX_STRING_LENGTH + 100_000;

    private static final ObjectMapper MAPPER = fileMapper();
    private static final ObjectReader DEVELOPMENT = MAPPER.readerFor(Development.class);
    private static final JsonNodeFactory NODES = MAPPER.getNodeFactory();
    private static final Map<String, Class<? extends Development>> TYPES = typesByName();
    private static final Map<String, Set<String>> FIELDS = fieldsByType();

    private final JsonParser parser;
    private final Utf8Input input;
    private final String source;
    private final long totalBytes;
    private String negotiationId;
    private boolean sawFormat;
    private boolean sawDevelopments;
    private boolean inDevelopments;
    private Development next;
    private int index = -1;
    private JsonLocation start;
    /** The id of the development being read, once its "id" field was read; null between developments. */
    private String readingId;

    private TimelineReader(JsonParser parser, Utf8Input input, String source, long totalBytes) {
        this.parser = new Screened(parser);
        this.input = input;
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
        Utf8Input input = new Utf8Input(in);
        TimelineReader reader;
        try {
            reader = new TimelineReader(MAPPER.getFactory().createParser(input), input, source, totalBytes);
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

    /** @return how many bytes were read so far (the parser reads a little ahead of the development returned) */
    public long bytesRead() {
        return input.bytesDecoded();
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

    /** Turns everything the parser and the input can throw into located format errors. */
    private void guarded(Step step) {
        try {
            step.run();
        } catch (TimelineFormatException e) {
            throw e;
        } catch (Utf8Input.Rejected e) {
            throw new TimelineFormatException(source, e.line, e.column, readingId, Rule.MALFORMED_INPUT,
                    e.getMessage(), e);
        } catch (JsonProcessingException e) {
            // Safety-limit errors carry no location of their own; the parser knows where it stopped.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new TimelineFormatException(source, line(at), column(at), readingId, Rule.MALFORMED_INPUT,
                    syntaxDetail(e), e);
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
                negotiationId = checkedNegotiationId(parser.getText());
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
                sawDevelopments = true;
                inDevelopments = true;
                return true;
            }
            default -> throw malformed(parser.currentTokenLocation(), "unknown field \"" + field
                    + "\"; a timeline file has \"format\", \"negotiationId\" and \"developments\"");
        }
    }

    /**
     * The file's id is checked when read, not only through its developments: a file without developments must not
     * carry an id that a store, a file name or a URL would take for a path ({@code ../../etc/passwd}).
     */
    private String checkedNegotiationId(String id) {
        try {
            // The envelope owns the id pattern; building one checks the negotiation id exactly as developments are.
            Envelope.of("negotiation", id, "2000");
        } catch (InvalidValueException e) {
            JsonLocation at = parser.currentTokenLocation();
            throw new TimelineFormatException(source, line(at), column(at), null, Rule.INVALID_VALUE,
                    "at /negotiationId: " + e.getMessage(), e);
        }
        return id;
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
        input.startDevelopment(start.getCharOffset());
        ObjectNode node = readDevelopmentNode();
        next = toDevelopment(node);
        readingId = null;
    }

    /**
     * Reads one development's object field by field, so that its id is known for any error further in (a
     * duplicate key, a truncation, a safety limit). Containers are read by Jackson's own tree reader.
     */
    private ObjectNode readDevelopmentNode() throws IOException {
        ObjectNode node = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonNode value = switch (parser.nextToken()) {
                case VALUE_STRING -> TextNode.valueOf(parser.getText());
                case VALUE_TRUE -> BooleanNode.TRUE;
                case VALUE_FALSE -> BooleanNode.FALSE;
                case VALUE_NULL -> NullNode.instance;
                default -> MAPPER.readTree(parser);
            };
            node.set(name, value);
            if (name.equals("id") && value.isTextual()) {
                readingId = value.textValue();
            }
        }
        return node;
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
        checkType(node, pointer, id);
        inherit(node, pointer, id);
        String at = pointer;
        for (ObjectNode carrier = node; carrier.get("replacement") instanceof ObjectNode replacement;
             carrier = replacement) {
            // A correction carries a whole development, which inherits the negotiation id too; so does the
            // replacement of a replacement, so that the refusal of a correction replacing a correction is the one
            // the vocabulary states, not a missing negotiationId.
            at += "/replacement";
            checkType(replacement, at, id);
            inherit(replacement, at, id);
            checkFieldNames(replacement, at, id);
        }
        checkFieldNames(node, pointer, id);
        try {
            return DEVELOPMENT.treeToValue(node, Development.class);
        } catch (JsonProcessingException e) {
            throw translate(e, node, pointer, id);
        } catch (IllegalArgumentException e) {
            throw located(id, Rule.INVALID_VALUE, "at " + pointer + ": " + e.getMessage(), e);
        }
    }

    private void checkType(ObjectNode node, String pointer, String id) {
        JsonNode type = node.get("type");
        if (type == null) {
            throw located(id, Rule.MALFORMED_INPUT, "at " + pointer + ": missing \"type\"; known types: "
                    + knownTypes(), null);
        }
        if (!type.isTextual()) {
            throw located(id, Rule.MALFORMED_INPUT, "at " + pointer + "/type: expected the name of a development "
                    + "type, got " + describe(type) + "; known types: " + knownTypes(), null);
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

    /**
     * The one place where Jackson's data-binding errors become Parley's words: the offending value is looked up
     * in the development's tree, and what belongs there is derived from the vocabulary's record types, so no
     * Java class name or parser internal reaches the user.
     */
    private TimelineFormatException translate(JsonProcessingException e, ObjectNode node, String pointer,
                                              String id) {
        List<JsonMappingException.Reference> path = e instanceof JsonMappingException mapping
                ? mapping.getPath() : List.of();
        String at = "at " + pointer + pointerOf(path);
        InvalidValueException invalid = invalidValueIn(e);
        if (invalid != null) {
            return located(id, Rule.INVALID_VALUE, at + ": " + invalid.getMessage(), e);
        }
        if (e instanceof InvalidTypeIdException typeId && typeId.getTypeId() == null) {
            JsonNode value = valueAt(node, path);
            return located(id, Rule.MALFORMED_INPUT, at + ": expected a development object with \"type\", got "
                    + (value == null ? "no value" : describe(value)), e);
        }
        if (e instanceof InvalidTypeIdException typeId) {
            return located(id, Rule.MALFORMED_INPUT, at + ": unknown development type \"" + typeId.getTypeId()
                    + "\"; known types: " + knownTypes(), e);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return located(id, Rule.MALFORMED_INPUT, at + ": unknown field \"" + unknown.getPropertyName() + "\"", e);
        }
        JsonNode value = valueAt(node, path);
        Type expected = typeAt(node, path);
        if (value == null || expected == null) {
            return located(id, Rule.MALFORMED_INPUT, at + ": this value cannot be read here", e);
        }
        if (value.isNumber() && isWholeNumber(expected)) {
            return located(id, Rule.INVALID_VALUE, at + ": " + numberProblem(value), e);
        }
        if (value.isTextual() && expected instanceof Class<?> type && (type.isEnum() || type == LocalDate.class)) {
            return located(id, Rule.INVALID_VALUE, at + ": \"" + clip(value.textValue()) + "\" is not "
                    + expectation(expected), e);
        }
        return located(id, Rule.MALFORMED_INPUT, at + ": expected " + expectation(expected) + ", got "
                + describe(value), e);
    }

    private static InvalidValueException invalidValueIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidValueException invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static JsonNode valueAt(JsonNode node, List<JsonMappingException.Reference> path) {
        JsonNode at = node;
        for (JsonMappingException.Reference ref : path) {
            if (at == null) {
                return null;
            }
            at = ref.getFieldName() != null ? at.get(ref.getFieldName())
                    : ref.getIndex() >= 0 ? at.get(ref.getIndex()) : at;
        }
        return at;
    }

    /** @return the Java type the vocabulary declares at the path, or null when it cannot be told */
    private static Type typeAt(JsonNode node, List<JsonMappingException.Reference> path) {
        Type type = Development.class;
        JsonNode at = node;
        for (JsonMappingException.Reference ref : path) {
            if (type == Development.class) {
                type = at == null ? null : TYPES.get(at.path("type").asText());
            }
            if (type == null || at == null) {
                return null;
            }
            if (ref.getFieldName() == null && ref.getIndex() < 0) {
                continue;
            }
            if (ref.getFieldName() != null) {
                type = componentType(type, ref.getFieldName());
                at = at.get(ref.getFieldName());
            } else if (ref.getIndex() >= 0 && type instanceof ParameterizedType list
                    && list.getRawType() instanceof Class<?> raw && Collection.class.isAssignableFrom(raw)) {
                type = list.getActualTypeArguments()[0];
                at = at.get(ref.getIndex());
            } else {
                return null;
            }
        }
        return type;
    }

    private static Type componentType(Type owner, String name) {
        if (!(owner instanceof Class<?> record) || !record.isRecord()) {
            return null;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getGenericType();
            }
            if (component.getType() == Envelope.class) {
                Type inEnvelope = componentType(Envelope.class, name);
                if (inEnvelope != null) {
                    return inEnvelope;
                }
            }
        }
        return null;
    }

    private static boolean isWholeNumber(Type type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class;
    }

    /** A JSON number where a whole number belongs: a fraction, or beyond what a count can hold. */
    private static String numberProblem(JsonNode number) {
        if (number.isDouble() && !Double.isFinite(number.doubleValue())) {
            return "the number is too large (at most " + Integer.MAX_VALUE + ")";
        }
        BigDecimal value = number.isBigDecimal() || number.isFloatingPointNumber()
                ? number.decimalValue() : new BigDecimal(number.bigIntegerValue());
        boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        if (!whole) {
            return clip(number.toString()) + " is not a whole number";
        }
        if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return clip(number.toString()) + " is too large (at most " + Integer.MAX_VALUE + ")";
        }
        if (value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
            return clip(number.toString()) + " is too small";
        }
        return clip(number.toString()) + " must be written as a whole number, without a fraction or exponent";
    }

    private static String expectation(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            return Collection.class.isAssignableFrom(raw) ? "an array" : "an object";
        }
        if (!(type instanceof Class<?> c)) {
            return "another value";
        }
        if (c == Quantity.class) {
            return "a quantity: a number, or an object such as {\"value\": 400, \"qualifier\": \"ABOUT\"}, "
                    + "{\"value\": 97.85, \"unit\": \"per cent\"} or {\"qualifier\": \"UNDISCLOSED\"}";
        }
        if (c == PartialDate.class) {
            return "a date: \"yyyy\", \"yyyy-MM\", \"yyyy-MM-dd\" or \"yyyy-MM-ddTHH:mm+hh:mm\", or an object with "
                    + "\"value\"";
        }
        if (c == LocalDate.class) {
            return "a day written yyyy-MM-dd";
        }
        if (isWholeNumber(c)) {
            return "a whole number";
        }
        if (c == String.class) {
            return "a string";
        }
        if (c == Boolean.class || c == boolean.class) {
            return "true or false";
        }
        if (c.isEnum()) {
            return "one of " + Arrays.stream(c.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(c) || c.isArray()) {
            return "an array";
        }
        if (c.isRecord()) {
            return "an object with the fields " + Arrays.stream(c.getRecordComponents())
                    .map(RecordComponent::getName).collect(Collectors.joining(", "));
        }
        if (Development.class.isAssignableFrom(c)) {
            return "a development object";
        }
        return "another value";
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "the string \"" + clip(value.textValue()) + "\"";
            case NUMBER -> "the number " + clip(value.toString());
            case BOOLEAN -> String.valueOf(value.booleanValue());
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "a value of another kind";
        };
    }

    /** Keeps echoed input short; the location says where the rest is. */
    private static String clip(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
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
                throw located(id, Rule.MALFORMED_INPUT, "at " + pointer + "/" + escape(name) + ": unknown field \""
                        + name + "\"", null);
            }
        }
    }

    /**
     * The parser as the reader sees it: every token passes here once, so values JSON allows but a timeline never
     * means are refused where they stand, whatever field or nesting holds them: U+0000 and lone UTF-16 surrogates
     * in text or keys (written as JSON escapes, which JSON lets through; they are no characters a report contains,
     * and databases and terminals treat them differently), and a whole number written
     * {@code -0}, which is no count anyone reports.
     */
    private final class Screened extends JsonParserDelegate {
        Screened(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                screenText(token == JsonToken.FIELD_NAME ? currentName() : getText());
            } else if (token == JsonToken.VALUE_NUMBER_INT && getNumberType() == NumberType.INT && getIntValue() == 0
                    && getText().startsWith("-")) {
                throw refused("-0 is not a count; write 0");
            }
            return token;
        }

        private void screenText(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == 0) {
                    throw refused("the text holds U+0000 (a NUL character), which no report contains");
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw refused(String.format(Locale.ROOT, "the text holds a lone surrogate U+%04X (half of a UTF-16 "
                            + "pair without the other half), which is no character", (int) c));
                }
            }
        }

        private TimelineFormatException refused(String detail) {
            JsonLocation at = currentTokenLocation();
            return new TimelineFormatException(source, line(at), column(at), readingId, Rule.INVALID_VALUE,
                    "at " + getParsingContext().pathAsPointer() + ": " + detail, null);
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

    /**
     * Parley's own mapper settings, made strict for input written by people: a key may appear once, numbers are
     * not silently truncated ({@code 1.5} is not the count 1) and scalars are not turned into strings or enums.
     */
    private static ObjectMapper fileMapper() {
        ObjectMapper mapper = ParleyJson.newMapper();
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // Floats as decimals so that an error quotes 1E+400 or 10.0 as written, not Infinity.
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Enum, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    private static Map<String, Class<? extends Development>> typesByName() {
        Map<String, Class<? extends Development>> types = new HashMap<>();
        for (Class<? extends Development> type : ParleyTypes.developmentTypes()) {
            types.put(Development.typeName(type), type);
        }
        return Map.copyOf(types);
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

    private static String pointerOf(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                pointer.append('/').append(escape(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                pointer.append('/').append(ref.getIndex());
            }
        }
        return pointer.toString();
    }

    /** A JSON pointer token (RFC 6901). */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String knownTypes() {
        return TYPES.keySet().stream().sorted().collect(Collectors.joining(", "));
    }

    /** How the parser names a control character it met outside a string or unescaped inside one. */
    private static final Pattern CONTROL_CHARACTER = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");

    private String syntaxDetail(JsonProcessingException e) {
        // Some parser messages quote another location as "[Source: REDACTED (`...` disabled); line: 1, column: 1]".
        String message = firstLine(e.getOriginalMessage())
                .replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]", "line $1, column $2");
        if (e instanceof StreamConstraintsException) {
            // The limit's numbers are the user's business; the name of the Jackson setting behind it is not.
            return "input exceeds a safety limit: " + message.replaceAll(", from `[^`]*`", "");
        }
        message = withoutParserHints(message);
        if (message.startsWith("Duplicate ")) {
            // The parser has already taken the repeated key as its current name.
            String key = parser.getParsingContext().getCurrentName();
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            return "at " + pointer + ": duplicate key \"" + key + "\"; a key may appear only once in an object";
        }
        if (message.contains("end-of-input")) {
            return "the file ends too early (truncated?): " + message;
        }
        Matcher control = CONTROL_CHARACTER.matcher(message);
        if (control.find()) {
            int code = Integer.parseInt(control.group(1));
            String character = String.format(Locale.ROOT, "U+%04X%s", code, code == 0 ? " (a NUL byte)" : "");
            return message.startsWith("Illegal unquoted")
                    ? "not valid JSON: a raw control character " + character + " inside a string; write it escaped"
                    : "not valid JSON: a control character " + character + " between tokens; only spaces, tabs and "
                            + "line breaks may stand there";
        }
        return "not valid JSON: " + message;
    }

    /**
     * Drops the clause of a parser message that names a Jackson setting ("consider enabling
     * `JsonReadFeature.ALLOW_...`"): Parley reads standard JSON only, and the setting means nothing to a user.
     */
    private static String withoutParserHints(String message) {
        String text = message;
        for (int tick = text.indexOf('`'); tick >= 0; tick = text.indexOf('`')) {
            int clause = Math.max(text.lastIndexOf(" (", tick), Math.max(text.lastIndexOf(": ", tick),
                    text.lastIndexOf("; ", tick)));
            int close = text.indexOf('`', tick + 1);
            text = clause > 0 ? text.substring(0, clause)
                    : text.substring(0, tick) + (close < 0 ? "" : text.substring(close + 1));
        }
        return text;
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

    /**
     * The bytes of a timeline file as characters, decoded by the JDK's UTF-8 decoder in its strict mode: malformed
     * or truncated sequences, overlong encodings and encoded surrogates are errors, never replaced or passed on.
     * Jackson, given bytes, would detect UTF-16 and UTF-32 on its own and read them; given characters, it reads
     * only what this decoder produced. Every character before bad bytes is handed out first, and lines and columns
     * are counted as the parser counts them, so an error names the bad bytes' own line and column.
     */
    private static final class Utf8Input extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14).flip();
        /** Bytes read from the stream so far; those not yet decoded are still in {@link #bytes}. */
        private long bytesFromStream;
        private long charsHandedOut;
        private long developmentStart = -1;
        /** Where the characters handed out end: line, and the offset of the last line break (-1 before any). */
        private long line = 1;
        private long lastLineBreak = -1;
        private boolean afterCarriageReturn;
        private boolean started;
        private boolean endOfInput;
        private boolean flushed;
        /** What is wrong with the bytes after the characters handed out, raised on the next read. */
        private String pending;

        Utf8Input(InputStream in) {
            this.in = in;
        }

        /** Input rejected before the parser could see it: not UTF-8, or a development too long. */
        static final class Rejected extends CharConversionException {
            private static final long serialVersionUID = 1L;
            final long line;
            final long column;

            Rejected(String message, long line, long column) {
                super(message);
                this.line = line;
                this.column = column;
            }
        }

        /** @return a rejection placed right after the characters handed out so far */
        private Rejected rejected(String message) {
            return new Rejected(message, line, charsHandedOut - lastLineBreak);
        }

        long bytesDecoded() {
            return bytesFromStream - bytes.remaining();
        }

        /** Bounds the development starting at this character offset to {@link #MAX_DEVELOPMENT_LENGTH}. */
        void startDevelopment(long charOffset) {
            developmentStart = charOffset;
        }

        @Override
        public int read(char[] target, int offset, int length) throws IOException {
            if (pending != null) {
                throw rejected(pending);
            }
            if (length == 0) {
                return 0;
            }
            if (!started) {
                started = true;
                checkEncoding();
            }
            if (developmentStart >= 0 && charsHandedOut - developmentStart > MAX_DEVELOPMENT_LENGTH) {
                throw rejected("a development longer than " + MAX_DEVELOPMENT_LENGTH + " characters of JSON "
                        + "(most likely not a real timeline); no development needs that much");
            }
            if (flushed) {
                return -1;
            }
            CharBuffer out = CharBuffer.wrap(target, offset, length);
            while (out.position() == offset) {
                CoderResult result = decoder.decode(bytes, out, endOfInput);
                if (result.isError()) {
                    pending = notUtf8(result.length());
                    break;
                }
                if (result.isOverflow()) {
                    break;
                }
                if (endOfInput) {
                    // UTF-8 keeps no state beyond the bytes, so flushing never overflows or fails.
                    decoder.flush(out);
                    flushed = true;
                    break;
                }
                fill();
            }
            int count = out.position() - offset;
            if (count == 0) {
                if (pending != null) {
                    throw rejected(pending);
                }
                return -1;
            }
            countLines(target, offset, count);
            return count;
        }

        /** Counts line breaks as Jackson does: LF, CR, and CR LF as one. */
        private void countLines(char[] chars, int offset, int count) {
            for (int i = offset; i < offset + count; i++) {
                char c = chars[i];
                if (c == '\n') {
                    if (!afterCarriageReturn) {
                        line++;
                    }
                    lastLineBreak = charsHandedOut + (i - offset);
                } else if (c == '\r') {
                    line++;
                    lastLineBreak = charsHandedOut + (i - offset);
                }
                afterCarriageReturn = c == '\r';
            }
            charsHandedOut += count;
        }

        /** Reads more bytes behind those not yet decoded; at the end of the stream, marks the end of input. */
        private void fill() throws IOException {
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
                bytesFromStream += read;
            }
            bytes.flip();
        }

        /**
         * JSON starts with an ASCII character, so zero bytes among the first four betray UTF-16 or UTF-32 (RFC 8259
         * section 8.1 says to use UTF-8; RFC 4627 section 3 shows the patterns). A UTF-8 byte order mark is skipped.
         */
        private void checkEncoding() throws IOException {
            while (!endOfInput && bytes.remaining() < 4) {
                fill();
            }
            int[] b = new int[4];
            Arrays.fill(b, -1);
            for (int i = 0; i < Math.min(4, bytes.remaining()); i++) {
                b[i] = bytes.get(bytes.position() + i) & 0xFF;
            }
            String encoding = null;
            if (b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
                bytes.position(bytes.position() + 3);
            } else if (b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) {
                encoding = "UTF-32BE (byte order mark 00 00 FE FF)";
            } else if (b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) {
                encoding = "UTF-32LE (byte order mark FF FE 00 00)";
            } else if (b[0] == 0xFE && b[1] == 0xFF) {
                encoding = "UTF-16BE (byte order mark FE FF)";
            } else if (b[0] == 0xFF && b[1] == 0xFE) {
                encoding = "UTF-16LE (byte order mark FF FE)";
            } else if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] > 0) {
                encoding = "UTF-32BE";
            } else if (b[0] > 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
                encoding = "UTF-32LE";
            } else if (b[0] == 0 && b[1] > 0 && b[2] == 0 && b[3] > 0) {
                encoding = "UTF-16BE";
            } else if (b[0] > 0 && b[1] == 0 && b[2] > 0 && b[3] == 0) {
                // Both of the first two characters: one stray zero byte after the first is a NUL, not UTF-16.
                encoding = "UTF-16LE";
            }
            if (encoding != null) {
                throw rejected("the file is " + encoding + "; a timeline file must be UTF-8");
            }
        }

        /** Names the bad bytes, where they are and what is wrong with them. */
        private String notUtf8(int length) {
            int at = bytes.position();
            // The decoder flags as few bytes as it must (C0 alone); the continuation bytes after them belong to the
            // same mistake (C0 AF), so they are shown too.
            int shown = Math.max(length, 1);
            while (shown < 4 && at + shown < bytes.limit() && (bytes.get(at + shown) & 0xC0) == 0x80) {
                shown++;
            }
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < shown && at + i < bytes.limit(); i++) {
                hex.append(i == 0 ? "" : " ").append(String.format("%02X", bytes.get(at + i) & 0xFF));
            }
            int lead = bytes.get(at) & 0xFF;
            int second = at + 1 < bytes.limit() ? bytes.get(at + 1) & 0xFF : -1;
            String why;
            if (lead >= 0x80 && lead <= 0xBF) {
                why = "a continuation byte without a lead byte";
            } else if (lead == 0xC0 || lead == 0xC1 || (lead == 0xE0 && second >= 0x80 && second < 0xA0)
                    || (lead == 0xF0 && second >= 0x80 && second < 0x90)) {
                why = "an overlong encoding";
            } else if (lead == 0xED && second >= 0xA0 && second <= 0xBF) {
                why = "an encoded UTF-16 surrogate (CESU-8), not UTF-8";
            } else if (lead == 0xF4 && second >= 0x90 && second <= 0xBF) {
                why = "a code point beyond U+10FFFF";
            } else if (lead >= 0xF5) {
                why = "a byte that never occurs in UTF-8";
            } else if (endOfInput && at + shown >= bytes.limit()) {
                why = "a sequence cut off by the end of the file";
            } else {
                why = "a lead byte without the continuation bytes it needs (ISO-8859-1 or Windows-1252 text?)";
            }
            return "not valid UTF-8 at byte offset " + (bytesFromStream - bytes.remaining()) + ": " + hex + " is " + why
                    + "; a timeline file must be UTF-8";
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
