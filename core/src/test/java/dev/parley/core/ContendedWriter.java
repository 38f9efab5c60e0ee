package dev.parley.core;

import dev.parley.Parley;
import dev.parley.model.Sample;
import dev.parley.timeline.ImportReport;
import dev.parley.timeline.Progress;
import dev.parley.timeline.StoreException;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A child process of {@link ContentionTest}: after {@code go} on stdin, either records {@code RECORDS} statements
 * into the shared negotiation one call at a time, counting the calls the store refused instead of stopping at the
 * first ({@code refused N}, {@code seconds S}), or imports a timeline file ({@code imported RECORDED ALREADY}).
 * Arguments: {@code URL USER PASSWORD WRITER (records N | import FILE)}.
 */
public final class ContendedWriter {
    static final String NEGOTIATION = "contended";

    private ContendedWriter() {
    }

    public static void main(String[] args) throws Exception {
        String me = args[3];
        Sample talks = new Sample(NEGOTIATION);
        try (Parley parley = Parley.builder().jdbc(args[0], args[1], args[2]).build()) {
            System.out.println("ready");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if (!"go".equals(in.readLine())) {
                throw new IllegalStateException("expected go");
            }
            if (args[4].equals("import")) {
                ImportReport report = parley.importTimeline(Path.of(args[5]), Progress.NONE);
                System.out.println("imported " + report.recorded() + " " + report.alreadyRecorded());
                return;
            }
            int records = Integer.parseInt(args[5]);
            long start = System.nanoTime();
            int refused = 0;
            for (int i = 0; i < records; i++) {
                try {
                    parley.record(i == 0 ? talks.opened()
                            : talks.statement("w" + me + "-" + i, "Writer " + me, "words " + i, "2025-06-02"));
                } catch (StoreException e) {
                    refused++;
                    System.err.println("refused: " + e.getMessage());
                }
            }
            System.out.println("refused " + refused);
            System.out.printf("seconds %.1f%n", (System.nanoTime() - start) / 1e9);
        } catch (Exception | Error e) {
            System.out.println("FAIL " + e.toString().replace('\n', ' '));
            e.printStackTrace();
            System.exit(1);
        }
    }
}
