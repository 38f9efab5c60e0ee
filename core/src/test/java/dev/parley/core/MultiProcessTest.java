package dev.parley.core;

import dev.parley.Parley;
import dev.parley.model.ParleyJson;
import dev.parley.timeline.Development;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.PositionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several processes writing into ONE negotiation on one PostgreSQL, each accepting offers another process made
 * (after it saw them): nothing fails, nothing is lost or doubled, sequence numbers have no gaps, and every
 * process's read side ends in the state a fresh fold of the stored stream gives. Skipped without PostgreSQL,
 * failing under {@code CI=true}.
 */
@DisplayName("Several processes on one PostgreSQL")
class MultiProcessTest {
    private static final int OFFERS = Integer.getInteger("parley.multiprocess.offers", 150);
    private static final int ACCEPTANCES = Integer.getInteger("parley.multiprocess.acceptances", 30);
    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path tempDir;

    @ParameterizedTest(name = "{0} writer processes")
    @ValueSource(ints = {1, 2, 4})
    @DisplayName("record into one negotiation, referring to each other's developments")
    void writersShareOneNegotiation(int writers) throws Exception {
        TestStores.Postgres pg = TestStores.Postgres.require();
        pg.wipe();
        int total = 1 + writers * (1 + OFFERS + ACCEPTANCES);
        List<ChildJvm> children = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                children.add(ChildJvm.start(SharedNegotiationWriter.class, tempDir, List.of("-Xmx256m"),
                        pg.url(), pg.user(), pg.password(), String.valueOf(w), String.valueOf(writers),
                        String.valueOf(OFFERS), String.valueOf(ACCEPTANCES), String.valueOf(total)));
            }
            for (ChildJvm child : children) {
                assertThat(child.nextLine(CHILD_TIMEOUT)).as("stderr:%n%s", child.stderr()).isEqualTo("ready");
            }
            for (ChildJvm child : children) {
                child.send("go");
            }
            List<String> rates = new ArrayList<>();
            List<String> fingerprints = new ArrayList<>();
            for (ChildJvm child : children) {
                List<String> lines = new ArrayList<>();
                for (String line = child.nextLine(CHILD_TIMEOUT); line != null; line = child.nextLine(CHILD_TIMEOUT)) {
                    lines.add(line);
                }
                assertThat(child.exitCode(CHILD_TIMEOUT)).as("writer output %s, stderr:%n%s", lines, child.stderr())
                        .isZero();
                assertThat(lines).as("failures").noneMatch(line -> line.startsWith("FAIL"));
                lines.stream().filter(l -> l.startsWith("rate ")).map(l -> l.substring(5)).forEach(rates::add);
                lines.stream().filter(l -> l.startsWith("state ")).map(l -> l.substring(6)).forEach(fingerprints::add);
            }
            System.out.printf("MULTIPROCESS %d writers x %d records: %s records/s per process%n", writers,
                    OFFERS + ACCEPTANCES + 2, rates);

            try (Parley parley = TestStores.POSTGRESQL.reopen(tempDir)) {
                List<Development> stored = parley.developments(SharedNegotiationWriter.NEGOTIATION);
                assertThat(stored).as("count = sum of what the writers recorded").hasSize(total);
                assertThat(stored.stream().map(Development::id).distinct()).hasSize(total);
                assertThat(storedSequenceNumbers(pg)).as("sequence numbers without gaps")
                        .containsExactlyElementsOf(LongStream.range(0, total).boxed().toList());

                NegotiationState fresh = TestStores.replayed(parley, SharedNegotiationWriter.NEGOTIATION);
                assertThat(parley.state(SharedNegotiationWriter.NEGOTIATION)).contains(fresh);
                assertThat(fresh.positions()).filteredOn(p -> p.status() == PositionStatus.ACCEPTED)
                        .hasSize(writers * ACCEPTANCES);
                assertThat(fingerprints).as("every writer's read side equals a fresh fold")
                        .hasSize(writers).containsOnly(fingerprint(fresh));
            }
        } finally {
            for (ChildJvm child : children) {
                child.close();
            }
        }
    }

    private static List<Long> storedSequenceNumbers(TestStores.Postgres pg) throws Exception {
        List<Long> sequences = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password());
             PreparedStatement s = c.prepareStatement("SELECT sequencenumber FROM parley_domain_event_entry "
                     + "WHERE aggregateidentifier = ? ORDER BY sequencenumber")) {
            s.setString(1, SharedNegotiationWriter.NEGOTIATION);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    sequences.add(rows.getLong(1));
                }
            }
        }
        return sequences;
    }

    private static String fingerprint(NegotiationState state) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(ParleyJson.codec().writePretty(state).getBytes(StandardCharsets.UTF_8)));
    }
}
