package dev.parley.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.model.ParleyJson;
import dev.parley.timeline.Development;
import dev.parley.timeline.DevelopmentTypes;
import dev.parley.timeline.NegotiationOpened;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes valid timeline files made of one development type: after the opening and two parties, {@code count}
 * developments of the type, each preceded by what it needs to be valid (the offer a {@code proposal-accepted}
 * accepts, the agreement an {@code agreement-signed} signs, the statement a {@code report-corrected} corrects),
 * each on a target of its own. What the validate-per-type rows read: a file of one type is where a rule or a fold
 * step that scans every earlier item of its kind shows as a cost per development growing with the file.
 *
 * <pre>
 * java -cp benchmarks/target/parley-benchmarks.jar dev.parley.benchmarks.TypedTimeline party-joined 100000 /tmp/p.json
 * </pre>
 */
public final class TypedTimeline {
    private static final ObjectMapper MAPPER = ParleyJson.newMapper();
    private static final LocalDate START = LocalDate.of(2000, 1, 3);
    /** Developments of the type given the same day, so that a long file stays within a few centuries. */
    private static final int PER_DAY = 20;

    /** Writes the developments numbered {@code i}: what the {@code i}-th development of the type needs, then it. */
    @FunctionalInterface
    private interface Emitter {
        void emit(Writer out, int i) throws IOException;
    }

    private static final Map<String, Emitter> EMITTERS = emitters();

    private TypedTimeline() {
    }

    /**
     * @param args type, count of developments of that type, output file
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: TypedTimeline TYPE COUNT FILE; types: " + types());
            System.exit(2);
        }
        write(Path.of(args[2]), "typed-" + args[0], args[0], Integer.parseInt(args[1]));
    }

    /**
     * @return every development type a file can hold many of: all but {@code negotiation-opened}, which a
     *         negotiation holds once
     */
    public static Set<String> types() {
        return new TreeSet<>(EMITTERS.keySet());
    }

    /**
     * Writes a file of {@code count} developments of {@code type} and what they need, streamed.
     *
     * @param file          where to write
     * @param negotiationId the negotiation
     * @param type          a development type of {@link #types()}
     * @param count         how many developments of the type
     * @return how many developments the file holds in all
     * @throws IOException when the file cannot be written
     */
    public static long write(Path file, String negotiationId, String type, int count) throws IOException {
        Emitter emitter = EMITTERS.get(type);
        if (emitter == null) {
            throw new IllegalArgumentException("no timeline of '" + type + "' developments; types: " + types());
        }
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator json = MAPPER.getFactory().createGenerator(stream)) {
            SyntheticTimeline.startTimeline(json, negotiationId);
            Writer out = new Writer(json);
            out.emit(base("negotiation-opened", "opened", START).put("title", "Talks of one kind"));
            out.emit(base("party-joined", "north", START).put("party", "North").put("role", "PARTY"));
            out.emit(base("party-joined", "south", START).put("party", "South").put("role", "PARTY"));
            for (int i = 0; i < count; i++) {
                emitter.emit(out, i);
            }
            json.writeEndArray();
            json.writeEndObject();
            return out.written;
        }
    }

    private static Map<String, Emitter> emitters() {
        Map<String, Emitter> e = new LinkedHashMap<>();
        e.put("party-joined", (out, i) -> out.emit(of("party-joined", i).put("party", "Party " + i)
                .put("role", "OBSERVER")));
        e.put("delegation-appointed", (out, i) -> {
            ObjectNode d = of("delegation-appointed", i).put("party", i % 2 == 0 ? "North" : "South");
            d.putObject("head").put("name", "Head " + i);
            out.emit(d);
        });
        e.put("meeting-proposed", (out, i) -> {
            ObjectNode d = of("meeting-proposed", i);
            d.putArray("by").add("North");
            d.putArray("with").add("South");
            out.emit(d);
        });
        e.put("round-scheduled", (out, i) -> out.emit(scheduled(i)));
        e.put("round-rescheduled", (out, i) -> {
            out.emit(scheduled(i));
            out.emit(of("round-rescheduled", i).put("number", i + 1).put("date", day(i).plusDays(3).toString()));
        });
        e.put("round-cancelled", (out, i) -> {
            out.emit(scheduled(i));
            out.emit(of("round-cancelled", i).put("number", i + 1).put("by", "North"));
        });
        e.put("round-held", (out, i) -> out.emit(of("round-held", i).put("number", i + 1).put("venue", "Geneva")));
        e.put("document-delivered", (out, i) -> out.emit(document(i)));
        e.put("document-published", (out, i) -> {
            out.emit(document(i));
            out.emit(of("document-published", i).put("document", id("document-delivered", i)).put("by", "North"));
        });
        for (String position : List.of("demand-made", "proposal-made", "offer-made")) {
            e.put(position, (out, i) -> out.emit(position(position, i)));
        }
        e.put("proposal-accepted", (out, i) -> respond(out, i, "proposal-accepted", "South"));
        e.put("proposal-rejected", (out, i) -> respond(out, i, "proposal-rejected", "South"));
        e.put("position-withdrawn", (out, i) -> respond(out, i, "position-withdrawn", "North"));
        e.put("agreement-reached", (out, i) -> out.emit(agreement(i)));
        e.put("agreement-signed", (out, i) -> agreed(out, i, of("agreement-signed", i).put("by", "North")));
        e.put("agreement-ratified", (out, i) -> agreed(out, i, of("agreement-ratified", i).put("by", "North")));
        e.put("agreement-extended", (out, i) -> {
            ObjectNode d = of("agreement-extended", i).put("days", 30);
            d.putArray("by").add("North").add("South");
            agreed(out, i, d);
        });
        e.put("agreement-suspended", (out, i) -> agreed(out, i, of("agreement-suspended", i).put("by", "North")));
        e.put("agreement-resumed", (out, i) -> {
            out.emit(agreement(i));
            out.emit(of("agreement-suspended", i).put("agreement", id("agreement-reached", i)).put("by", "North"));
            out.emit(of("agreement-resumed", i).put("agreement", id("agreement-reached", i)).put("by", "North"));
        });
        e.put("agreement-terminated", (out, i) -> agreed(out, i, of("agreement-terminated", i).put("by", "North")));
        e.put("agreement-withdrawn-from", (out, i) -> agreed(out, i, of("agreement-withdrawn-from", i)
                .put("by", "South")));
        e.put("implementation-step-completed", (out, i) -> {
            ObjectNode d = of("implementation-step-completed", i).put("provision", "exchange");
            d.putArray("delivered").addObject().put("party", "North").put("quantity", 1);
            agreed(out, i, d);
        });
        e.put("non-compliance-alleged", (out, i) -> agreed(out, i, of("non-compliance-alleged", i)
                .put("by", "North").put("against", "South").put("allegation", "no exchange")));
        e.put("fulfilment-declared", (out, i) -> agreed(out, i, of("fulfilment-declared", i)
                .put("provision", "exchange").put("by", "North")));
        e.put("action-started", (out, i) -> out.emit(action(i)));
        e.put("action-ended", (out, i) -> {
            out.emit(action(i));
            out.emit(of("action-ended", i).put("action", id("action-started", i)).put("by", "North"));
        });
        e.put("claim-made", (out, i) -> out.emit(claim(i)));
        e.put("claim-denied", (out, i) -> {
            out.emit(claim(i));
            ObjectNode d = of("claim-denied", i).put("claim", id("claim-made", i));
            d.putObject("by").put("name", "South ministry");
            out.emit(d);
        });
        e.put("claim-confirmed", (out, i) -> {
            out.emit(claim(i));
            ObjectNode d = of("claim-confirmed", i).put("claim", id("claim-made", i));
            d.putObject("by").put("name", "Monitors");
            out.emit(d);
        });
        e.put("statement-made", (out, i) -> out.emit(statement(i, "Talks were useful")));
        e.put("fulfilment-reported", (out, i) -> {
            out.emit(position("offer-made", i).put("quantity", 10));
            ObjectNode d = of("fulfilment-reported", i).put("by", "North").put("delivered", 4);
            d.putArray("refs").addObject().put("kind", "FULFILS").put("development", id("offer-made", i));
            out.emit(d);
        });
        e.put("figure-reported", (out, i) -> out.emit(figure(i)));
        e.put("version-reported", (out, i) -> {
            out.emit(figure(i));
            out.emit(of("version-reported", i).put("development", id("figure-reported", i)).put("field", "figure")
                    .put("value", String.valueOf(i + 1)));
        });
        e.put("report-corrected", (out, i) -> {
            out.emit(statement(i, "Talks were useful"));
            ObjectNode d = of("report-corrected", i).put("development", id("statement-made", i))
                    .put("reason", "misquoted");
            d.set("replacement", statement(i, "Talks were hard"));
            out.emit(d);
        });
        e.put("report-retracted", (out, i) -> {
            out.emit(statement(i, "Talks were useful"));
            out.emit(of("report-retracted", i).put("development", id("statement-made", i)).put("reason", "unfounded"));
        });
        Set<String> missing = new TreeSet<>(DevelopmentTypes.all().keySet());
        missing.removeAll(e.keySet());
        missing.remove(Development.typeName(NegotiationOpened.class));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no typed timeline for " + missing);
        }
        return Map.copyOf(e);
    }

    private static void respond(Writer out, int i, String type, String by) throws IOException {
        out.emit(position("offer-made", i));
        out.emit(of(type, i).put("position", id("offer-made", i)).put("by", by));
    }

    /** The agreement {@code development} names, then it. */
    private static void agreed(Writer out, int i, ObjectNode development) throws IOException {
        out.emit(agreement(i));
        out.emit(development.put("agreement", id("agreement-reached", i)));
    }

    private static ObjectNode scheduled(int i) {
        return of("round-scheduled", i).put("number", i + 1).put("date", day(i).plusDays(1).toString());
    }

    private static ObjectNode document(int i) {
        return of("document-delivered", i).put("kind", "MEMORANDUM").put("title", "Memorandum " + i)
                .put("from", "North").put("to", "South");
    }

    private static ObjectNode position(String type, int i) {
        ObjectNode d = of(type, i).put("terms", "Terms " + i);
        d.putArray("by").add("North");
        d.putArray("to").add("South");
        return d;
    }

    private static ObjectNode agreement(int i) {
        ObjectNode d = of("agreement-reached", i).put("title", "Agreement " + i);
        d.putArray("parties").add("North").add("South");
        d.putArray("provisions").addObject().put("id", "exchange").put("subject", "Exchange of prisoners");
        return d;
    }

    private static ObjectNode action(int i) {
        ObjectNode d = of("action-started", i).put("action", "strike");
        d.putArray("by").add("North");
        return d;
    }

    private static ObjectNode claim(int i) {
        return of("claim-made", i).put("claimant", "North").put("claim", "Claim " + i);
    }

    private static ObjectNode statement(int i, String summary) {
        ObjectNode d = of("statement-made", i).put("summary", summary);
        d.putObject("speaker").put("name", "Speaker " + i % 100);
        return d;
    }

    private static ObjectNode figure(int i) {
        return of("figure-reported", i).put("subject", "subject " + i).put("figure", i).put("by", "North");
    }

    /** The {@code i}-th development of a type, its envelope only. */
    private static ObjectNode of(String type, int i) {
        return base(type, id(type, i), day(i));
    }

    private static String id(String type, int i) {
        return type + "-" + i;
    }

    private static LocalDate day(int i) {
        return START.plusDays(1 + i / PER_DAY);
    }

    private static ObjectNode base(String type, String id, LocalDate occurred) {
        return MAPPER.createObjectNode().put("type", type).put("id", id).put("occurred", occurred.toString());
    }

    /** Streams developments to the file and counts them. */
    private static final class Writer {
        private final JsonGenerator json;
        private long written;

        Writer(JsonGenerator json) {
            this.json = json;
        }

        void emit(ObjectNode development) throws IOException {
            json.writeTree(development);
            written++;
        }
    }
}
