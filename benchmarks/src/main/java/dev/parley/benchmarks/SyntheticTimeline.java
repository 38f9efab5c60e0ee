package dev.parley.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.model.ParleyJson;
import dev.parley.model.TimelineFiles;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a long, valid, fictional timeline file for load tests, streamed (the generator holds one development at a
 * time). Every round repeats the shapes real talks produce: a round held, a demand and its rejection, an offer with
 * a deadline and a partial fulfilment reported late, a staged exchange agreed and carried out with one side's count
 * undisclosed, a claim and its denial, competing casualty figures, an anonymously sourced statement, and now and
 * then a correction of an earlier report.
 *
 * <pre>
 * java -cp benchmarks/target/parley-benchmarks.jar dev.parley.benchmarks.SyntheticTimeline 1000000 /tmp/big.json [ID]
 * </pre>
 */
public final class SyntheticTimeline {
    /** Developments written per round. */
    static final int PER_ROUND = 15;
    private static final ObjectMapper MAPPER = ParleyJson.newMapper();
    private static final LocalDate START = LocalDate.of(2000, 1, 3);

    private SyntheticTimeline() {
    }

    /** @return the day the first development of every synthetic timeline occurred */
    static LocalDate firstDay() {
        return START;
    }

    /**
     * @param count developments in the timeline
     * @return a day on or after the last development of a timeline of that many developments occurred
     */
    static LocalDate lastDay(long count) {
        long rounds = Math.max(0, count - 3) / PER_ROUND + 1;
        return START.plusDays(7L * rounds + 12);
    }

    /**
     * @param args count of developments (default 1,000,000), output file (default {@code synthetic.json}) and
     *             negotiation id (default {@code synthetic-talks})
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path file = Path.of(args.length > 1 ? args[1] : "synthetic.json");
        write(file, args.length > 2 ? args[2] : "synthetic-talks", count);
        System.out.printf("%s: %d developments, %d bytes%n", file, count, Files.size(file));
    }

    /**
     * Writes a timeline of exactly {@code count} developments (at least 3).
     *
     * @param file          where to write
     * @param negotiationId the negotiation
     * @param count         how many developments
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, String negotiationId, long count) throws IOException {
        if (count < 3) {
            throw new IllegalArgumentException("a synthetic timeline has at least 3 developments, not " + count);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            startTimeline(json, negotiationId);
            Writer writer = new Writer(json, count);
            writer.opening();
            for (int round = 1; writer.left() > 0; round++) {
                writer.round(round);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** Writes a timeline file's header, up to the opening of its {@code developments} array. */
    static void startTimeline(JsonGenerator json, String negotiationId) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", TimelineFiles.FORMAT);
        json.writeStringField("negotiationId", negotiationId);
        json.writeArrayFieldStart("developments");
    }

    /** Writes developments until the count is reached, mid-round if need be. */
    private static final class Writer {
        private final JsonGenerator json;
        private final long count;
        private long written;

        Writer(JsonGenerator json, long count) {
            this.json = json;
            this.count = count;
        }

        long left() {
            return count - written;
        }

        void opening() throws IOException {
            emit(base("negotiation-opened", "opened", START).put("title", "Synthetic talks"));
            emit(base("party-joined", "party-north", START).put("party", "North").put("role", "PARTY"));
            emit(base("party-joined", "party-south", START).put("party", "South").put("role", "PARTY"));
        }

        void round(int k) throws IOException {
            LocalDate day = START.plusDays(7L * k);
            String r = "r" + k;
            emit(sourced(base("round-held", r, day), "Wire", "Mediator", false).put("number", k)
                    .put("venue", k % 2 == 0 ? "Geneva" : "Istanbul").put("outcome", "talks continue"));
            ObjectNode demand = sourced(base("demand-made", r + "-demand", day), "Wire", "North ministry", false)
                    .put("by", "North").put("terms", "Withdraw from sector " + k);
            demand.putArray("to").add("South");
            emit(demand);
            ObjectNode rejected = base("proposal-rejected", r + "-rejected", day.plusDays(1))
                    .put("position", r + "-demand").put("by", "South").put("reason", "unacceptable");
            emit(sourced(rejected, "Wire", "South ministry", false));
            ObjectNode offer = sourced(base("offer-made", r + "-offer", day), "Wire", "officials", true)
                    .put("by", "South").put("terms", "Return detained civilians").put("quantity", 10 + k % 40);
            offer.putArray("to").add("North");
            offer.putObject("deadline").put("by", day.plusDays(30).toString());
            emit(offer);
            ObjectNode agreement = sourced(base("agreement-reached", r + "-deal", day), "Wire", "Mediator", false)
                    .put("title", "Exchange " + k);
            agreement.putArray("parties").add("North").add("South");
            ObjectNode provision = agreement.putArray("provisions").addObject().put("id", "prisoners")
                    .put("subject", "Exchange of prisoners").put("formula", "100 for 100");
            ArrayNode quantities = provision.putArray("quantities");
            quantities.addObject().put("party", "North").put("quantity", 100);
            quantities.addObject().put("party", "South").put("quantity", 100);
            emit(agreement);
            emit(step(r, 1, day.plusDays(3), 60, 60));
            emit(step(r, 2, day.plusDays(5), 40, -1));
            ObjectNode fulfilment = sourced(base("fulfilment-reported", r + "-returned", day.plusDays(9)), "Wire",
                    "North ministry", false).put("by", "South").put("delivered", 4).put("description", "four returned");
            fulfilment.put("reported", day.plusDays(12).toString());
            fulfilment.putArray("refs").addObject().put("kind", "FULFILS").put("development", r + "-offer");
            emit(fulfilment);
            emit(sourced(base("claim-made", r + "-claim", day.plusDays(2)), "Wire", "North ministry", false)
                    .put("claimant", "North").put("claim", "South shelled a corridor in sector " + k));
            ObjectNode denied = sourced(base("claim-denied", r + "-denied", day.plusDays(3)), "Wire", "South ministry",
                    false).put("claim", r + "-claim").put("quote", "Propaganda.");
            denied.putObject("by").put("name", "South ministry").put("affiliation", "South");
            emit(denied);
            emit(figure(r + "-figure-north", day.plusDays(4), "North", 1000 + k));
            emit(figure(r + "-figure-south", day.plusDays(4), "South", 400 + k));
            ObjectNode statement = sourced(base("statement-made", r + "-statement", day.plusDays(1)), "Wire",
                    "officials", true).put("summary", "Talks were hard but useful");
            statement.putObject("speaker").put("name", "Chief negotiator").put("affiliation", "North");
            emit(statement);
            if (k % 2 == 0) {
                ObjectNode corrected = sourced(base("report-corrected", r + "-figure-corrected", day.plusDays(6)),
                        "Wire", "South ministry", false).put("development", r + "-figure-south")
                        .put("reason", "revised count");
                corrected.set("replacement", figure(r + "-figure-south", day.plusDays(4), "South", 450 + k));
                emit(corrected);
            } else {
                ObjectNode confirmed = sourced(base("claim-confirmed", r + "-confirmed", day.plusDays(5)), "Wire",
                        "Monitors", false).put("claim", r + "-claim");
                confirmed.putObject("by").put("name", "Monitoring mission");
                emit(confirmed);
            }
        }

        private ObjectNode step(String r, int stage, LocalDate day, int north, int south) {
            ObjectNode step = sourced(base("implementation-step-completed", r + "-stage-" + stage, day), "Wire",
                    "Mediator", false).put("agreement", r + "-deal").put("provision", "prisoners")
                    .put("description", "stage " + stage);
            ArrayNode delivered = step.putArray("delivered");
            delivered.addObject().put("party", "North").put("quantity", north);
            ObjectNode other = delivered.addObject().put("party", "South");
            if (south < 0) {
                other.putObject("quantity").put("qualifier", "UNDISCLOSED");
            } else {
                other.put("quantity", south);
            }
            return step;
        }

        private ObjectNode figure(String id, LocalDate day, String by, int value) {
            return sourced(base("figure-reported", id, day), "Wire", by + " ministry", false)
                    .put("subject", "detainees").put("figure", value).put("by", by);
        }

        private static ObjectNode base(String type, String id, LocalDate occurred) {
            return MAPPER.createObjectNode().put("type", type).put("id", id).put("occurred", occurred.toString());
        }

        private static ObjectNode sourced(ObjectNode node, String outlet, String via, boolean anonymous) {
            ObjectNode source = node.putArray("sources").addObject().put("outlet", outlet)
                    .put("published", node.get("occurred").asText());
            ObjectNode agent = source.putArray("via").addObject();
            if (anonymous) {
                agent.put("anonymous", true).put("role", via).put("count", 2);
            } else {
                agent.put("name", via);
            }
            return node;
        }

        private void emit(ObjectNode development) throws IOException {
            if (written < count) {
                json.writeTree(development);
                written++;
            }
        }
    }
}
