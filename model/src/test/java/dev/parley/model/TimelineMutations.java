package dev.parley.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Structurally mutated timeline files for fuzz tests: a valid seed (the example files and one development of every
 * type from {@link Samples}) changed by one to four mutations, first on its JSON tree (keys deleted, renamed, values
 * swapped or replaced by values of other types, hostile strings, huge numbers, deep nesting, developments moved,
 * copied or pointed at each other), then on its bytes (duplicate keys, bad escapes, truncation, random bytes,
 * invalid UTF-8, raw control characters and markup, other encodings).
 */
public final class TimelineMutations {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final List<Seed> SEEDS = seeds();

    /** What a mutation does. */
    public enum Kind {
        DELETE_KEY, RENAME_KEY, SWAP_VALUES, REPLACE_VALUE, HOSTILE_STRING, HUGE_NUMBER, DEEP_NESTING,
        MOVE_DEVELOPMENT, COPY_DEVELOPMENT, RETARGET_REFERENCE, DOUBTFUL_VALUE,
        DUPLICATE_KEY, BAD_ESCAPE, TRUNCATE, RANDOM_BYTES, INVALID_UTF8, RAW_CONTROL, RAW_MARKUP, OTHER_ENCODING;

        boolean onBytes() {
            return ordinal() >= DUPLICATE_KEY.ordinal();
        }
    }

    /**
     * One mutation: {@code where} picks the node or byte position, {@code what} the replacement, {@code noise}
     * random bytes where some are needed.
     *
     * @param kind  what it does
     * @param where which node or position, modulo the candidates
     * @param what  which payload, modulo the payloads
     * @param noise random bytes for {@link Kind#RANDOM_BYTES}
     */
    public record Mutation(Kind kind, int where, int what, byte[] noise) {
        @Override
        public String toString() {
            return kind + "(" + where + ", " + what + (kind == Kind.RANDOM_BYTES ? ", " + hex(noise) : "") + ")";
        }
    }

    /**
     * A seed and its mutations; {@link #bytes()} is the file.
     *
     * @param seed      which seed file
     * @param mutations applied in order, tree mutations before byte mutations
     */
    public record Mutant(String seed, List<Mutation> mutations) {
        /** @return the mutated file's bytes */
        public byte[] bytes() {
            return mutate(seedNamed(seed), mutations);
        }

        @Override
        public String toString() {
            return seed + " " + mutations;
        }
    }

    private record Seed(String name, JsonNode tree) {
    }

    private TimelineMutations() {
    }

    /** @return mutants of every seed, with one to four mutations each */
    public static Arbitrary<Mutant> mutants() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().between(0, 1_000),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8)).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(SEEDS.stream().map(Seed::name).toList()),
                mutation.list().ofMinSize(1).ofMaxSize(4)).as(Mutant::new);
    }

    /** @return the names of the seed files */
    public static List<String> seedNames() {
        return SEEDS.stream().map(Seed::name).toList();
    }

    /**
     * @param name a seed's name
     * @return the seed file, unmutated
     */
    public static byte[] seedBytes(String name) {
        return mutate(seedNamed(name), List.of());
    }

    private static Seed seedNamed(String name) {
        return SEEDS.stream().filter(seed -> seed.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        try {
            for (String example : List.of("istanbul-2025-06-02.json", "arland-borovia-2025.json")) {
                seeds.add(new Seed(example, PLAIN.readTree(Files.readAllBytes(Path.of("../examples/data", example)))));
            }
            ByteArrayOutputStream samples = new ByteArrayOutputStream();
            TimelineFiles.write(new Timeline(Samples.NEGOTIATION, List.copyOf(Samples.all().values())), samples);
            seeds.add(new Seed("samples", PLAIN.readTree(samples.toByteArray())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(seeds);
    }

    private static final List<String> KEYS = List.of("type", "id", "negotiationId", "occurred", "reported",
            "format", "developments", "sources", "refs", "quantity", "value", "qualifier", "by", "to", "position",
            "development", "replacement", "provisions", "venu", "", "__proto__", "a/b~c", "\u001b[31m", "<b>");
    private static final List<String> VALUES = List.of("\"\"", "\"x\"", "0", "-1", "1.5", "10.0", "1e2", "true",
            "false", "null", "{}", "[]", "[1, 2]", "{\"type\": \"round-held\"}", "{\"value\": 3}",
            "{\"qualifier\": \"UNDISCLOSED\", \"value\": 1}", "\"2025-02-30\"", "\"2025-13\"", "\"not-a-date\"",
            "\"opened\"", "\"../../etc/passwd\"", "\"parley/2\"", "[{\"kind\": \"DISPUTES\", \"development\": \"ghost\"}]",
            "\"EXACT\"", "\"PARTY\"", "\"MEMORANDUM\"", "0.0", "-0", "{\"value\": \"2025\", \"notAfter\": \"2024-01-01\"}");
    private static final List<String> NUMBERS = List.of("1e400", "-1e400", "1e-400", "1e999999999", "2147483647",
            "2147483648", "-2147483649", "9223372036854775808", "99999999999999999999999", "1" + "0".repeat(400),
            "1" + "0".repeat(1_100), "0." + "0".repeat(500) + "1", "123456789.123456789e-5");
    private static final List<String> HOSTILE = List.of("\u001b]0;owned\u0007", "\u001b[2J\u001b[H", "\r\n",
            "\u0000", "\u007f\u009b", "<!--<script>", "</script><script>alert(1)</script>", "<iframe src=x>",
            "\u2028\u2029", "\u202e\u2066", "\ud83d\ude00", "&lt;&amp;", "${jndi:ldap://x}", "%s%n", "\\", "\"",
            "x".repeat(5_000));
    /**
     * Values JSON allows and Parley refuses wherever they stand: the year 0000, U+0000 and lone surrogates in text
     * (as JSON escapes), a count written -0.
     */
    static final List<String> DOUBTFUL = List.of("\"0000\"", "\"0000-06-02\"", "\"a\\u0000b\"", "\"\\ud800\"",
            "\"x\\udc00\"", "-0", "{\"value\": -0}");
    private static final List<String> ESCAPES = List.of("\\u0000", "\\ud800", "\\udfff", "\\ud800\\u0041",
            "\\u001b", "\\x41", "\\u12", "\\", "\\'", "\\u202e");
    private static final List<int[]> BAD_UTF8 = List.of(new int[]{0xC0, 0xAF}, new int[]{0xE0, 0x80, 0xAF},
            new int[]{0xED, 0xA0, 0x80}, new int[]{0xED, 0xBF, 0xBF}, new int[]{0xE2, 0x82}, new int[]{0x80},
            new int[]{0xBF, 0xBF}, new int[]{0xFF}, new int[]{0xFE}, new int[]{0xF4, 0x90, 0x80, 0x80},
            new int[]{0xF0, 0x9F}, new int[]{0xC3}, new int[]{0xF8, 0x88, 0x80, 0x80, 0x80});
    private static final List<String> MARKUP = List.of("<!--<script>", "</script>", "<?xml version=\"1.0\"?>",
            "]]>", "<![CDATA[", "\u001b[2J", "\u0007");
    private static final List<String> ENCODINGS = List.of("UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "UTF-32BE",
            "UTF-32", "UTF-8 BOM", "ISO-8859-1", "windows-1252");
    private static final List<String> REFERENCE_FIELDS = List.of("id", "position", "claim", "agreement",
            "development", "provision");

    static byte[] mutate(Seed seed, List<Mutation> mutations) {
        JsonNode tree = seed.tree().deepCopy();
        for (Mutation mutation : mutations) {
            if (!mutation.kind().onBytes()) {
                mutateTree(tree, mutation);
            }
        }
        byte[] bytes;
        try {
            bytes = PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Mutation mutation : mutations) {
            if (mutation.kind().onBytes()) {
                bytes = mutateBytes(bytes, mutation);
            }
        }
        return bytes;
    }

    private static void mutateTree(JsonNode tree, Mutation m) {
        List<JsonNode> containers = new ArrayList<>();
        collect(tree, containers);
        JsonNode target = containers.get(Math.floorMod(m.where(), containers.size()));
        switch (m.kind()) {
            case DELETE_KEY -> {
                if (target instanceof ObjectNode object && !object.isEmpty()) {
                    object.remove(nthName(object, m.what()));
                } else if (target instanceof ArrayNode array && !array.isEmpty()) {
                    array.remove(Math.floorMod(m.what(), array.size()));
                }
            }
            case RENAME_KEY -> {
                if (target instanceof ObjectNode object && !object.isEmpty()) {
                    String name = nthName(object, m.what());
                    JsonNode value = object.remove(name);
                    object.set(KEYS.get(Math.floorMod(m.what(), KEYS.size())), value);
                }
            }
            case SWAP_VALUES -> {
                if (target instanceof ObjectNode object && object.size() >= 2) {
                    String first = nthName(object, m.what());
                    String second = nthName(object, m.what() + 1);
                    JsonNode value = object.get(first);
                    object.set(first, object.get(second));
                    object.set(second, value);
                }
            }
            case REPLACE_VALUE -> replace(target, m.what(), VALUES.get(Math.floorMod(m.what(), VALUES.size())));
            case HUGE_NUMBER -> replace(target, m.what(), NUMBERS.get(Math.floorMod(m.what(), NUMBERS.size())));
            case DOUBTFUL_VALUE -> replace(target, m.what(), DOUBTFUL.get(Math.floorMod(m.what(), DOUBTFUL.size())));
            case DEEP_NESTING -> {
                int depth = List.of(50, 150, 199, 200, 201, 1_000, 20_000).get(Math.floorMod(m.what(), 7));
                String nested = m.what() % 2 == 0 ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth);
                replace(target, m.what(), nested);
            }
            case HOSTILE_STRING -> {
                List<JsonNode> objects = new ArrayList<>();
                collect(tree, objects);
                for (int i = 0; i < objects.size(); i++) {
                    JsonNode candidate = objects.get(Math.floorMod(m.where() + i, objects.size()));
                    if (candidate instanceof ObjectNode object && hasText(object)) {
                        String name = nthTextName(object, m.what());
                        String text = object.get(name).asText();
                        String hostile = HOSTILE.get(Math.floorMod(m.what(), HOSTILE.size()));
                        int at = Math.floorMod(m.where(), text.length() + 1);
                        object.put(name, text.substring(0, at) + hostile + text.substring(at));
                        return;
                    }
                }
            }
            case MOVE_DEVELOPMENT, COPY_DEVELOPMENT, RETARGET_REFERENCE -> {
                if (!(tree.get("developments") instanceof ArrayNode developments) || developments.isEmpty()) {
                    return;
                }
                int from = Math.floorMod(m.where(), developments.size());
                int to = Math.floorMod(m.what(), developments.size());
                JsonNode moved = developments.get(from);
                if (m.kind() == Kind.MOVE_DEVELOPMENT) {
                    developments.remove(from);
                    developments.insert(to, moved);
                } else if (m.kind() == Kind.COPY_DEVELOPMENT) {
                    JsonNode copy = moved.deepCopy();
                    if (m.what() % 3 == 0 && copy instanceof ObjectNode object) {
                        object.put("occurred", "2025-12-31");
                    }
                    developments.insert(to, copy);
                } else if (moved instanceof ObjectNode object && developments.get(to).get("id") != null) {
                    String field = REFERENCE_FIELDS.get(Math.floorMod(m.what(), REFERENCE_FIELDS.size()));
                    if (object.has(field) || field.equals("id")) {
                        object.set(field, developments.get(to).get("id"));
                    } else {
                        object.putArray("refs").addObject().put("kind", "RESPONDS_TO")
                                .set("development", developments.get(to).get("id"));
                    }
                }
            }
            default -> throw new IllegalStateException("not a tree mutation: " + m.kind());
        }
    }

    private static void replace(JsonNode target, int what, String rawJson) {
        RawValue raw = new RawValue(rawJson);
        if (target instanceof ObjectNode object && !object.isEmpty()) {
            object.putRawValue(nthName(object, what), raw);
        } else if (target instanceof ArrayNode array && !array.isEmpty()) {
            array.set(Math.floorMod(what, array.size()), array.rawValueNode(raw));
        } else if (target instanceof ArrayNode array) {
            array.addRawValue(raw);
        }
    }

    private static byte[] mutateBytes(byte[] bytes, Mutation m) {
        int at = Math.floorMod(m.where(), bytes.length + 1);
        return switch (m.kind()) {
            case DUPLICATE_KEY -> {
                int brace = nthIndexOf(bytes, (byte) '{', m.where());
                String key = List.of("type", "id", "occurred", "negotiationId", "format", "developments", "value",
                        "quantity", "outlet", "kind").get(Math.floorMod(m.what(), 10));
                String value = VALUES.get(Math.floorMod(m.what(), VALUES.size()));
                yield brace < 0 ? bytes : insert(bytes, brace + 1, ("\"" + key + "\": " + value + ", ")
                        .getBytes(StandardCharsets.UTF_8));
            }
            case BAD_ESCAPE -> {
                int quote = nthIndexOf(bytes, (byte) '"', m.where());
                yield quote < 0 ? bytes : insert(bytes, quote + 1,
                        ESCAPES.get(Math.floorMod(m.what(), ESCAPES.size())).getBytes(StandardCharsets.UTF_8));
            }
            case TRUNCATE -> bytes.length == 0 ? bytes : Arrays.copyOf(bytes, Math.floorMod(m.where(), bytes.length));
            case RANDOM_BYTES -> insert(bytes, at, m.noise());
            case INVALID_UTF8 -> {
                int[] sequence = BAD_UTF8.get(Math.floorMod(m.what(), BAD_UTF8.size()));
                byte[] raw = new byte[sequence.length];
                for (int i = 0; i < raw.length; i++) {
                    raw[i] = (byte) sequence[i];
                }
                // Most often inside a string, where a lenient decoder would let it through.
                int quote = nthIndexOf(bytes, (byte) '"', m.where());
                yield insert(bytes, m.what() % 4 == 0 || quote < 0 ? at : quote + 1, raw);
            }
            case RAW_CONTROL -> {
                int quote = nthIndexOf(bytes, (byte) '"', m.where());
                byte control = (byte) (m.what() % 33 == 32 ? 0x7F : m.what() % 33);
                yield insert(bytes, quote < 0 || m.what() % 2 == 0 ? at : quote + 1, new byte[]{control});
            }
            case RAW_MARKUP -> insert(bytes, at,
                    MARKUP.get(Math.floorMod(m.what(), MARKUP.size())).getBytes(StandardCharsets.UTF_8));
            case OTHER_ENCODING -> {
                String encoding = ENCODINGS.get(Math.floorMod(m.what(), ENCODINGS.size()));
                String text = new String(bytes, StandardCharsets.UTF_8);
                yield encoding.equals("UTF-8 BOM") ? insert(bytes, 0, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})
                        : text.getBytes(Charset.forName(encoding));
            }
            default -> throw new IllegalStateException("not a byte mutation: " + m.kind());
        };
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (JsonNode child : node) {
                collect(child, containers);
            }
        }
    }

    private static String nthName(ObjectNode object, int n) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.get(Math.floorMod(n, names.size()));
    }

    private static boolean hasText(ObjectNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            if (fields.next().getValue().isTextual()) {
                return true;
            }
        }
        return false;
    }

    private static String nthTextName(ObjectNode object, int n) {
        List<String> names = new ArrayList<>();
        object.fields().forEachRemaining(field -> {
            if (field.getValue().isTextual()) {
                names.add(field.getKey());
            }
        });
        return names.get(Math.floorMod(n, names.size()));
    }

    private static int nthIndexOf(byte[] bytes, byte wanted, int n) {
        int count = 0;
        for (byte b : bytes) {
            if (b == wanted) {
                count++;
            }
        }
        if (count == 0) {
            return -1;
        }
        int target = Math.floorMod(n, count);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted && target-- == 0) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] out = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
        return out;
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02X", b & 0xFF));
        }
        return hex.toString();
    }

    /**
     * @param bytes a file
     * @return its text with everything unprintable escaped, for a failure report
     */
    public static String printable(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.chars().mapToObj(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F
                ? String.format("\\u%04X", c) : Character.toString(c)).collect(Collectors.joining());
    }
}
