package dev.parley.core;

import dev.parley.Parley;
import dev.parley.model.Sample;
import dev.parley.model.TimelineFiles;
import dev.parley.timeline.Development;
import dev.parley.timeline.Progress;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The child process of {@link DurabilityTest}: records into a store until it is killed, one call at a time,
 * cycling through {@code record}, {@code recordAll} and a file import, and prints {@code ack NEGOTIATION ID} for
 * every development of a call that returned. Arguments: {@code RUN WORKDIR h2 PATH} or
 * {@code RUN WORKDIR jdbc URL USER PASSWORD}.
 */
public final class AcknowledgingWriter {
    static final String NEGOTIATION = "durable";

    private AcknowledgingWriter() {
    }

    public static void main(String[] args) throws Exception {
        String run = args[0];
        Path workDir = Path.of(args[1]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        Sample talks = new Sample(NEGOTIATION);
        try (Parley parley = open(args)) {
            parley.record(talks.opened());
            out.println("ready");
            out.flush();
            for (int i = 0; i < 1_000_000; i++) {
                String prefix = "r" + run + "-" + i;
                switch (i % 3) {
                    case 0 -> {
                        Development one = talks.statement(prefix, "Umerov", "words " + i, "2025-06-02");
                        parley.record(one);
                        ack(out, List.of(one));
                    }
                    case 1 -> {
                        List<Development> batch = List.of(
                                talks.statement(prefix + "a", "Umerov", "a " + i, "2025-06-02"),
                                talks.statement(prefix + "b", "Medinsky", "b " + i, "2025-06-02"),
                                talks.statement(prefix + "c", "Fidan", "c " + i, "2025-06-02"));
                        parley.recordAll(batch);
                        ack(out, batch);
                    }
                    default -> {
                        Sample imported = new Sample("imported-" + prefix);
                        List<Development> file = List.of(imported.opened(),
                                imported.statement(prefix + "x", "Umerov", "x " + i, "2025-06-02"),
                                imported.statement(prefix + "y", "Medinsky", "y " + i, "2025-06-02"));
                        Path path = workDir.resolve(prefix + ".json");
                        try (OutputStream stream = Files.newOutputStream(path)) {
                            TimelineFiles.write(imported.opened().negotiationId(), file.iterator(), file.size(),
                                    stream, Progress.NONE);
                        }
                        parley.importTimeline(path, Progress.NONE);
                        ack(out, file);
                    }
                }
            }
        }
    }

    private static void ack(PrintStream out, List<Development> developments) {
        for (Development development : developments) {
            out.println("ack " + development.negotiationId() + " " + development.id());
        }
        out.flush();
    }

    private static Parley open(String[] args) {
        return switch (args[2]) {
            case "h2" -> Parley.h2(Path.of(args[3]));
            case "jdbc" -> Parley.jdbc(args[3], args[4], args[5]);
            default -> throw new IllegalArgumentException("unknown store " + args[2]);
        };
    }
}
