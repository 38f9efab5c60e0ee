package dev.parley.cli;

import dev.parley.model.TimelineFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("export --salvage of a store with one damaged development")
class SalvageCommandTest extends CommandLineTest {
    static final String NEGOTIATION = "ru-ua-direct-talks-2025";
    String db;

    @BeforeEach
    void damagedStore() throws Exception {
        db = dir.resolve("db").toString();
        assertThat(run("import", "--db", db, SEED)).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "");
             Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE parley_domain_event_entry SET payload = X'7b2262726f6b656e' "
                    + "WHERE sequenceNumber = 4")).isOne();
        }
    }

    @Test
    @DisplayName("a plain export fails, naming negotiation, sequence number and type in Parley's words")
    void plainExportFails() {
        assertThat(run("export", "--db", db, "-o", dir.resolve("out.json").toString()))
                .isEqualTo(ParleyCommand.STORE_UNAVAILABLE);
        assertThat(stderr()).contains("at sequence 4 of negotiation '" + NEGOTIATION + "' cannot be read: the "
                + "stored JSON is damaged").doesNotContain("JsonNode");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    @DisplayName("writes the 16 readable developments, and the damaged one with its stored JSON beside them")
    void salvage() throws Exception {
        Path out = dir.resolve("out.json");
        assertThat(run("export", "--db", db, "--salvage", "-o", out.toString())).isZero();
        assertThat(stderr()).isEqualTo(lines("exported 16 developments of '" + NEGOTIATION + "' to " + out
                + "; 1 could not be read (sequence 4); " + out + ".unreadable.json lists them with their stored "
                + "JSON"));
        var original = TimelineFiles.read(Path.of(SEED)).developments();
        assertThat(TimelineFiles.read(out).developments()).hasSize(16)
                .doesNotContain(original.get(4)).contains(original.get(3), original.get(5));
        assertThat(Files.readString(dir.resolve("out.json.unreadable.json")))
                .contains("\"sequence\" : 4", "\"stored\" : \"{\\\"broken\"");
    }

    @Test
    @DisplayName("is a usage error without -o, naming what it needs")
    void needsOutput() {
        assertThat(run("export", "--db", db, "--salvage")).isEqualTo(ParleyCommand.USAGE);
        assertThat(stderr()).startsWith("parley: --salvage: writes a timeline file and a list of the unreadable "
                + "developments beside it; give -o FILE and leave --format at parley");
    }

}
