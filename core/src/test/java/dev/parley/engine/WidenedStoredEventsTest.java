package dev.parley.engine;

import dev.parley.model.Samples;
import dev.parley.timeline.Development;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden stored events for values added to a type without changing its shape (a time zone in a date, an undated
 * report): stored at the type's current revision, they must load into the sample they were written from and store
 * back byte for byte. Missing files are written with {@code -Dparley.golden.write=true}, never rewritten.
 */
@DisplayName("Golden stored events of widened values")
class WidenedStoredEventsTest {
    static final String FOLDER = "stored/widened/";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"offer-made-zoned-deadline", "figure-reported-undated"})
    @DisplayName("each loads at its type's current revision into its sample and is stored as its golden file")
    void loadsAndStoresBack(String name) throws IOException {
        Development sample = Samples.widened().get(name);
        ParleySerializer serializer = new ParleySerializer();
        String revision = StoredForm.CURRENT.revisionOf(sample.typeName());
        Path file = Path.of("src/test/resources", FOLDER, name + ".json");
        if (!Files.exists(file) && Boolean.getBoolean("parley.golden.write")) {
            Files.write(file, serializer.serialize(sample, byte[].class).getData());
        }
        assertThat(file).as("golden stored event (create with -Dparley.golden.write=true)").exists();
        byte[] stored = Files.readAllBytes(file);

        Object loaded = StoredHistoryTest.read(serializer, StoredForm.CURRENT, Samples.NEGOTIATION, 0,
                sample.typeName(), revision, stored);

        assertThat(loaded).isEqualTo(sample);
        assertThat(new String(serializer.serialize(loaded, byte[].class).getData(), StandardCharsets.UTF_8))
                .isEqualTo(new String(stored, StandardCharsets.UTF_8));
    }
}
