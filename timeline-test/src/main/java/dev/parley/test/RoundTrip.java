package dev.parley.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.model.ParleyJson;
import dev.parley.timeline.Development;

import java.util.TreeSet;

/** Checks that a development reads back equal after storage, and names the first field that does not. */
final class RoundTrip {

    private RoundTrip() {
    }

    static Development check(DevelopmentCodec codec, Development development) {
        Development back;
        String json;
        try {
            json = codec.write(development);
            back = codec.read(json);
        } catch (Exception e) {
            throw new AssertionError(String.format("%nExpecting development <%s> to survive storage as JSON%n"
                    + "but it could not be written or read back:%n  <%s>", development.id(), e.getMessage()), e);
        }
        if (!development.equals(back)) {
            JsonNode expected = ParleyJson.codec().toTree(development);
            JsonNode actual = ParleyJson.codec().toTree(back);
            String field = firstDifference(expected, actual, "");
            throw new AssertionError(String.format("%nExpecting development <%s> to survive storage as JSON%n"
                            + "but field <%s> came back as:%n  <%s>%ninstead of:%n  <%s>",
                    development.id(), field.isEmpty() ? "/" : field, actual.at(field), expected.at(field)));
        }
        return back;
    }

    private static String firstDifference(JsonNode expected, JsonNode actual, String path) {
        if (expected.equals(actual)) {
            return null;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String inner = firstDifference(expected.path(name), actual.path(name), path + "/" + name);
                if (inner != null) {
                    return inner;
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                String inner = firstDifference(expected.get(i), actual.get(i), path + "/" + i);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return path;
    }

}
