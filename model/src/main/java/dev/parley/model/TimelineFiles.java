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
     * @throws OutOfMemoryError        when the file's developments do not fit the heap; the message is a sentence
     *                                 naming the file, how far reading got and a heap size ({@code -Xmx}) to try
     */
    public static Timeline read(Path file) {
        Reading reading = new Reading();
        try {
            try (TimelineReader reader = TimelineReader.open(file)) {
                reading.reader = reader;
                return collect(reader);
            }
        } catch (OutOfMemoryError e) {
            throw reading.outOfMemory("reading", file, "a whole file is held in memory; TimelineReader streams it",
                    e);
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
     * empty store would, without storing anything. Streams the file (one development at a time is read); memory
     * grows with the negotiation's state only: about 1 KB per development of a realistic negotiation (a generated
     * file of 100,000 developments validates in a 128 MB heap, not in 64 MB; 1,000,000 need about 1.5 GB).
     *
     * @param file a timeline file
     * @return what importing it into an empty store would do
     * @throws TimelineFormatException when the file is invalid or a development breaks a rule (the message names
     *                                 the file, line, column, the development's JSON pointer, its id and the rule)
     * @throws OutOfMemoryError        when the negotiation's state outgrows the heap; its message is a sentence
     *                                 naming the file, how far validating got and a heap size ({@code -Xmx}) to
     *                                 try, and the heap's original error is its cause
     */
    public static ImportReport validate(Path file) {
        Reading reading = new Reading();
        try {
            return validate(file, reading);
        } catch (OutOfMemoryError e) {
            // The negotiation's state went with validate's frame, so there is room again to say what happened.
            throw reading.outOfMemory("validating", file, "the negotiation's state grows with every development", e);
        }
    }

    private static ImportReport validate(Path file, Reading reading) {
        try (TimelineReader reader = TimelineReader.open(file)) {
            reading.reader = reader;
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

    /** How far reading got, kept outside the reading frame so that it survives running out of memory. */
    private static final class Reading {
        private TimelineReader reader;

        OutOfMemoryError outOfMemory(String doing, Path file, String why, OutOfMemoryError cause) {
            long read = reader == null ? 0 : reader.bytesRead();
            long total = reader == null ? -1 : reader.totalBytes();
            reader = null;
            long heap = Runtime.getRuntime().maxMemory();
            // Memory grew with the bytes read; ask for what the whole file would take at that rate, with room to spare.
            double share = total > 0 && read > 0 ? Math.min(1.0, (double) read / total) : 0.5;
            long suggested = Long.highestOneBit(Math.max(64L << 20, (long) (heap / share * 1.5))) << 1;
            OutOfMemoryError error = new OutOfMemoryError(doing + " " + file + " ran out of memory after "
                    + (total > 0 ? Math.round(100.0 * read / total) + "% of the file" : read + " bytes")
                    + " (" + why + "); the JVM may use at most " + (heap >> 20) + " MB: run it with a larger heap, "
                    + "such as -Xmx" + megabytesOrGigabytes(suggested));
            error.initCause(cause);
            return error;
        }

        private static String megabytesOrGigabytes(long bytes) {
            return bytes >= 1L << 30 ? (bytes >> 30) + "g" : (bytes >> 20) + "m";
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
