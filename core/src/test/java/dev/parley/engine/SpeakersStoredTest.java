package dev.parley.engine;

import dev.parley.model.Samples;
import dev.parley.timeline.Development;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fields of issue 20's speakers and their words (speaker, quote, coalition, signatories, who announced an
 * agreement, a delegation's size) are optional additions: a stored event that holds them, at its type's current
 * revision, is the golden file of the development, and loads into it. Events stored before them load unchanged
 * ({@link StoredHistoryTest}).
 */
@DisplayName("Stored events with speakers and their words")
class SpeakersStoredTest {
    static final Path GOLDEN = Path.of("../model/src/test/resources/golden");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"demand-made-words", "proposal-rejected-words", "fulfilment-declared-words",
            "agreement-signed-signatories", "agreement-reached-announced", "delegation-appointed-unnamed"})
    @DisplayName("load at today's revision from their golden JSON, and are stored as it")
    void loadAndStore(String name) throws IOException {
        Development sample = Samples.widened().get(name);
        byte[] golden = Files.readAllBytes(GOLDEN.resolve(name + ".json"));
        ParleySerializer serializer = new ParleySerializer();

        Object loaded = StoredHistoryTest.read(serializer, StoredForm.CURRENT, Samples.NEGOTIATION, 3,
                sample.typeName(), StoredForm.CURRENT.revisionOf(sample.typeName()), golden);

        assertThat(loaded).isEqualTo(sample);
        byte[] stored = serializer.serialize(loaded, byte[].class).getData();
        assertThat(StoredHistoryTest.read(serializer, StoredForm.CURRENT, Samples.NEGOTIATION, 3,
                sample.typeName(), StoredForm.CURRENT.revisionOf(sample.typeName()), stored)).isEqualTo(sample);
        assertThat(new String(stored, StandardCharsets.UTF_8)).contains(name.endsWith("unnamed") ? "\"size\""
                : name.endsWith("signatories") || name.endsWith("announced") ? "\"signatories\"" : "\"speaker\"");
    }
}
