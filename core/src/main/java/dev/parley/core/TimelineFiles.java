package dev.parley.core;

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
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.TimelineFormatException;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and writes JSON timeline files (format {@value #FORMAT}, documented in {@code docs/format.md}):
 * <pre>{@code
 * {
 *   "format": "parley/1",
 *   "negotiationId": "ru-ua-direct-talks-2025",
 *   "developments": [ {"type": "negotiation-opened", "id": "opened", "occurred": "2025-05-16", ...}, ... ]
 * }
 * }</pre>
 * Developments inherit the file's {@code negotiationId}. Any error is a {@link TimelineFormatException} naming
 * the file, line and column, the JSON pointer, the development id where known, and the rule; a file is read
 * whole before anything is returned, so a bad file yields nothing.
 *
 * <pre>{@code
 * Timeline timeline = TimelineFiles.read(Path.of("examples/data/istanbul-2025-06-02.json"));
 * parley.recordAll(timeline.developments());
 * }</pre>
 */
public final class TimelineFiles {
    /** The format identifier this version reads and writes. */
    public static final String FORMAT = "parley/1";
    /**
     * Where the JSON Schema (draft 2020-12) of the format lies on the class path, e.g. for
     * {@code TimelineFiles.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)}. It checks structure;
     * rules across developments and real calendar dates are checked by {@link #read}.
     */
    public static final String SCHEMA_RESOURCE = "dev/parley/core/parley-timeline-1.schema.json";

    private static final ObjectMapper MAPPER = ParleyJson.mapper();
    private static final Map<String, Set<String>> FIELDS = fieldsByType();

    private TimelineFiles() {
    }

    /**
     * @param file a timeline file
     * @return its negotiation and developments
     * @throws TimelineFormatException when the file is missing, unreadable or invalid
     */
    public static Timeline read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new TimelineFormatException(file.toString(), -1, -1, null, Rule.MALFORMED_INPUT,
                    "no such file", e);
        } catch (IOException e) {
            throw new TimelineFormatException(file.toString(), -1, -1, null, Rule.MALFORMED_INPUT,
                    "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * @param in     the JSON bytes (UTF-8)
     * @param source a name for the input, used in error messages
     * @return its negotiation and developments
     * @throws TimelineFormatException when the input is invalid
     */
    public static Timeline read(InputStream in, String source) {
        try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
            try {
                return new Reader(parser, source).read();
            } catch (JsonProcessingException e) {
                // Safety-limit errors carry no location of their own; the parser knows where it stopped.
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new TimelineFormatException(source, line(at), column(at), null, Rule.MALFORMED_INPUT,
                        syntaxDetail(e), e);
            }
        } catch (TimelineFormatException e) {
            throw e;
        } catch (CharConversionException e) {
            throw new TimelineFormatException(source, -1, -1, null, Rule.MALFORMED_INPUT,
                    "not valid UTF-8: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TimelineFormatException(source, -1, -1, null, Rule.MALFORMED_INPUT,
                    "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a timeline file and checks every development against the rules, in order, as recording it would,
     * without storing anything.
     *
     * @param file a timeline file
     * @return the timeline, when it would record cleanly into an empty store
     * @throws TimelineFormatException when the file is invalid or a development breaks a rule (the message names
     *                                 the file, the development's JSON pointer, its id and the rule)
     */
    public static Timeline validate(Path file) {
        Timeline timeline = read(file);
        NegotiationState state = NegotiationState.initial(timeline.negotiationId());
        Map<String, NegotiationDecider.Recorded> recorded = new HashMap<>();
        for (int i = 0; i < timeline.developments().size(); i++) {
            Development development = timeline.developments().get(i);
            try {
                if (NegotiationDecider.decide(state, recorded::get, development) == RecordResult.RECORDED) {
                    state = NegotiationProjection.evolve(state, development);
                    recorded.put(development.id(), NegotiationDecider.Recorded.of(development));
                }
            } catch (RuleViolationException e) {
                String detail = e.getMessage().substring(e.getMessage().indexOf("': ") + 3);
                throw new TimelineFormatException(file.toString(), -1, -1, development.id(), e.rule(),
                        "at /developments/" + i + ": " + detail, e);
            }
        }
        return timeline;
    }

    /**
     * Writes a timeline in format {@value #FORMAT}, developments without their (inherited) negotiation id.
     *
     * @param timeline the timeline
     * @param out      where to write; not closed
     */
    public static void write(Timeline timeline, OutputStream out) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("negotiationId", timeline.negotiationId());
        List<JsonNode> developments = new ArrayList<>();
        for (Development development : timeline.developments()) {
            ObjectNode node = MAPPER.valueToTree(development);
            if (timeline.negotiationId().equals(development.negotiationId())) {
                node.remove("negotiationId");
                if (node.get("replacement") instanceof ObjectNode replacement) {
                    replacement.remove("negotiationId");
                }
            }
            developments.add(node);
        }
        document.put("developments", developments);
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Reader {
        private final JsonParser parser;
        private final String source;
        private String negotiationId;
        private final List<Development> developments = new ArrayList<>();

        Reader(JsonParser parser, String source) {
            this.parser = parser;
            this.source = source;
        }

        Timeline read() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(parser.currentTokenLocation(), null,
                        "a timeline file is a JSON object with \"format\", \"negotiationId\" and \"developments\"");
            }
            boolean sawDevelopments = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "format" -> {
                        String format = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                        if (!FORMAT.equals(format)) {
                            throw malformed(parser.currentTokenLocation(), null, "\"format\" must be \"" + FORMAT
                                    + "\" (got " + (format == null ? value : "\"" + format + "\"") + ")");
                        }
                    }
                    case "negotiationId" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw malformed(parser.currentTokenLocation(), null, "\"negotiationId\" must be a string");
                        }
                        negotiationId = parser.getText();
                    }
                    case "developments" -> {
                        readDevelopments(value);
                        sawDevelopments = true;
                    }
                    default -> throw malformed(parser.currentTokenLocation(), null, "unknown field \"" + field
                            + "\"; a timeline file has \"format\", \"negotiationId\" and \"developments\"");
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw malformed(parser.currentLocation(), null, "unexpected " + parser.currentToken());
            }
            if (parser.nextToken() != null) {
                throw malformed(parser.currentTokenLocation(), null, "unexpected content after the timeline object");
            }
            if (negotiationId == null) {
                throw malformed(parser.currentLocation(), null, "\"negotiationId\" is required");
            }
            if (!sawDevelopments) {
                throw malformed(parser.currentLocation(), null, "\"developments\" is required");
            }
            checkUniqueIds();
            return new Timeline(negotiationId, developments);
        }

        private void readDevelopments(JsonToken value) throws IOException {
            if (value != JsonToken.START_ARRAY) {
                throw malformed(parser.currentTokenLocation(), null, "\"developments\" must be an array");
            }
            if (negotiationId == null) {
                throw malformed(parser.currentTokenLocation(), null,
                        "\"negotiationId\" must come before \"developments\"");
            }
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation start = parser.currentTokenLocation();
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw malformed(start, null, "developments[" + index + "] must be an object");
                }
                ObjectNode node = parser.readValueAsTree();
                developments.add(toDevelopment(node, index, start));
                index++;
            }
        }

        private Development toDevelopment(ObjectNode node, int index, JsonLocation start) {
            String id = node.path("id").isTextual() ? node.get("id").asText() : null;
            String pointer = "/developments/" + index;
            inherit(node, pointer, id, start);
            if (node.get("replacement") instanceof ObjectNode replacement) {
                // A correction carries a whole development, which inherits the negotiation id too.
                inherit(replacement, pointer + "/replacement", id, start);
                checkFieldNames(replacement, pointer + "/replacement", id, start);
            }
            if (!node.has("type")) {
                throw new TimelineFormatException(source, line(start), column(start), id, Rule.MALFORMED_INPUT,
                        "at " + pointer + ": missing \"type\"; known types: " + knownTypes(), null);
            }
            checkFieldNames(node, pointer, id, start);
            try {
                return MAPPER.treeToValue(node, Development.class);
            } catch (JsonProcessingException e) {
                throw translate(e, pointer, id, start);
            } catch (IllegalArgumentException e) {
                throw new TimelineFormatException(source, line(start), column(start), id, Rule.INVALID_VALUE,
                        "at " + pointer + ": " + e.getMessage(), e);
            }
        }

        private void inherit(ObjectNode node, String pointer, String id, JsonLocation start) {
            JsonNode own = node.get("negotiationId");
            if (own == null) {
                node.set("negotiationId", TextNode.valueOf(negotiationId));
            } else if (!own.isTextual() || !own.asText().equals(negotiationId)) {
                throw new TimelineFormatException(source, line(start), column(start), id, Rule.MALFORMED_INPUT,
                        "at " + pointer + "/negotiationId: " + own + " differs from the file's negotiationId \""
                                + negotiationId + "\"", null);
            }
        }

        private TimelineFormatException translate(JsonProcessingException e, String pointer, String id,
                                                  JsonLocation start) {
            String at = "at " + pointer + pathOf(e);
            Throwable cause = e.getCause();
            if (e instanceof ValueInstantiationException && cause instanceof InvalidValueException invalid) {
                return new TimelineFormatException(source, line(start), column(start), id, Rule.INVALID_VALUE,
                        at + ": " + invalid.getMessage(), e);
            }
            if (e instanceof InvalidTypeIdException typeId) {
                return new TimelineFormatException(source, line(start), column(start), id, Rule.MALFORMED_INPUT,
                        at + ": unknown development type \"" + typeId.getTypeId() + "\"; known types: "
                                + knownTypes(), e);
            }
            if (e instanceof UnrecognizedPropertyException unknown) {
                return new TimelineFormatException(source, line(start), column(start), id, Rule.MALFORMED_INPUT,
                        at + ": unknown field \"" + unknown.getPropertyName() + "\"", e);
            }
            String detail = e.getOriginalMessage();
            if (cause instanceof InvalidValueException invalid) {
                return new TimelineFormatException(source, line(start), column(start), id, Rule.INVALID_VALUE,
                        at + ": " + invalid.getMessage(), e);
            }
            return new TimelineFormatException(source, line(start), column(start), id, Rule.MALFORMED_INPUT,
                    at + ": " + firstLine(detail), e);
        }

        /**
         * Jackson cannot report unknown fields of a type with an unwrapped envelope (the envelope's deserializer
         * swallows them), so a misspelt field would silently vanish; the allowed names are checked here instead.
         */
        private void checkFieldNames(ObjectNode node, String pointer, String id, JsonLocation start) {
            Set<String> allowed = FIELDS.get(node.path("type").asText());
            if (allowed == null) {
                return;
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw new TimelineFormatException(source, line(start), column(start), id, Rule.MALFORMED_INPUT,
                            "at " + pointer + "/" + name + ": unknown field \"" + name + "\"", null);
                }
            }
        }

        private void checkUniqueIds() {
            Map<String, Development> byId = new HashMap<>();
            for (Development development : developments) {
                Development earlier = byId.putIfAbsent(development.id(), development);
                if (earlier != null && !earlier.equals(development)) {
                    throw new TimelineFormatException(source, -1, -1, development.id(), Rule.CONFLICTING_DUPLICATE,
                            "two different developments share this id in one file", null);
                }
            }
        }

        private TimelineFormatException malformed(JsonLocation at, String id, String detail) {
            return new TimelineFormatException(source, line(at), column(at), id, Rule.MALFORMED_INPUT, detail, null);
        }
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
