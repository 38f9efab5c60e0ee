package dev.parley.model;

import dev.parley.timeline.Progress;
import dev.parley.timeline.ImportReport;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.Development;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.TimelineFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

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
 * the file, line and column, the JSON pointer, the development id where known, and the rule. {@link #read} holds
 * the whole file in memory; {@link TimelineReader} and {@code Parley.importTimeline} stream it.
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
     * rules across developments and real calendar dates are checked by {@link #validate} and on import.
     */
    public static final String SCHEMA_RESOURCE = "dev/parley/model/parley-timeline-1.schema.json";

    /** How often, in developments, writing reports progress. */
    private static final int PROGRESS_EVERY = 1_000;

    private TimelineFiles() {
    }

    /**
     * Reads a whole file into memory; the format and values are checked, the rules across developments are not
     * (see {@link #validate}).
     *
     * @param file a timeline file
     * @return its negotiation and developments
     * @throws TimelineFormatException when the file is missing, unreadable or invalid
     */
    public static Timeline read(Path file) {
        try (TimelineReader reader = TimelineReader.open(file)) {
            return collect(reader);
        }
    }

    /**
     * @param in     the JSON bytes (UTF-8); closed
     * @param source a name for the input, used in error messages
     * @return its negotiation and developments
     * @throws TimelineFormatException when the input is invalid
     */
    public static Timeline read(InputStream in, String source) {
        try (TimelineReader reader = TimelineReader.open(in, source, -1)) {
            return collect(reader);
        }
    }

    private static Timeline collect(TimelineReader reader) {
        List<Development> developments = new ArrayList<>();
        reader.forEachRemaining(developments::add);
        return new Timeline(reader.negotiationId(), developments);
    }

    /**
     * Checks a file against the format and every development against the rules, in order, as importing it into an
     * empty store would, without storing anything. Streams the file; memory grows with the negotiation's state
     * only.
     *
     * @param file a timeline file
     * @return what importing it into an empty store would do
     * @throws TimelineFormatException when the file is invalid or a development breaks a rule (the message names
     *                                 the file, line, column, the development's JSON pointer, its id and the rule)
     */
    public static ImportReport validate(Path file) {
        try (TimelineReader reader = TimelineReader.open(file)) {
            NegotiationDecider negotiation = NegotiationDecider.initialState(reader.negotiationId());
            long recorded = 0;
            long already = 0;
            while (reader.hasNext()) {
                Development development = reader.next();
                try {
                    if (negotiation.record(development) == RecordResult.RECORDED) {
                        recorded++;
                    } else {
                        already++;
                    }
                } catch (RuleViolationException e) {
                    throw reader.locate(e);
                }
            }
            return new ImportReport(reader.source(), reader.negotiationId(), recorded, already);
        }
    }

    /**
     * Writes a timeline in format {@value #FORMAT}, developments without their (inherited) negotiation id.
     *
     * @param timeline the timeline
     * @param out      where to write; not closed
     */
    public static void write(Timeline timeline, OutputStream out) {
        write(timeline, out, Progress.NONE);
    }

    /**
     * Writes a timeline in format {@value #FORMAT} one development at a time, telling {@code progress} the
     * developments written of all.
     *
     * @param timeline the timeline
     * @param out      where to write; not closed
     * @param progress told developments written and their total
     */
    public static void write(Timeline timeline, OutputStream out, Progress progress) {
        write(timeline.negotiationId(), timeline.developments().iterator(), timeline.developments().size(), out,
                progress);
    }

    /**
     * Writes developments in format {@value #FORMAT} as they come, holding one at a time: how a store streams a
     * negotiation of any length to a file.
     *
     * @param negotiationId the negotiation, written once in the header
     * @param developments  its developments, in recorded order
     * @param total         how many there are, for progress (-1 when unknown)
     * @param out           where to write; not closed
     * @param progress      told developments written and the total, every {@value #PROGRESS_EVERY} and at the end
     */
    public static void write(String negotiationId, Iterator<? extends Development> developments, long total,
                             OutputStream out, Progress progress) {
        long written = 0;
        try (JsonGenerator json = ParleyJson.codec().writer().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("negotiationId", negotiationId);
            json.writeArrayFieldStart("developments");
            while (developments.hasNext()) {
                json.writeTree(withoutNegotiationId(developments.next(), negotiationId));
                if (++written % PROGRESS_EVERY == 0) {
                    progress.update(written, total);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.update(written, total < 0 ? written : total);
    }

    private static ObjectNode withoutNegotiationId(Development development, String negotiationId) {
        ObjectNode node = ParleyJson.codec().toTree(development);
        if (negotiationId.equals(development.negotiationId())) {
            node.remove("negotiationId");
            if (node.get("replacement") instanceof ObjectNode replacement) {
                replacement.remove("negotiationId");
            }
        }
        return node;
    }
}
