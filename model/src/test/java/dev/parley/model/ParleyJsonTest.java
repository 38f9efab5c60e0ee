package dev.parley.model;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.Development;
import dev.parley.timeline.Rule;
import dev.parley.timeline.TimelineFormatException;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The JSON codec")
class ParleyJsonTest {
    final ParleyJson json = ParleyJson.codec();
    final Development offer = new Sample("talks").offer("offer", "Russia", "Ukraine", "return children", 10,
            "2025-06-02", "2025-07-10");

    @Test
    @DisplayName("writes and reads back a development, one line or indented")
    void roundTrip() {
        String text = json.write(offer);
        assertThat(text).doesNotContain("\n").contains("\"type\":\"offer-made\"");
        assertThat(json.read(text, Development.class)).isEqualTo(offer);
        assertThat(json.writePretty(offer)).contains("\n  \"type\" : \"offer-made\"");
        assertThat(json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Development.class))
                .isEqualTo(offer);
        ObjectNode tree = json.toTree(offer);
        assertThat(tree.get("deadline").get("by").asText()).isEqualTo("2025-07-10");
    }

    @Nested
    @DisplayName("cannot be reconfigured")
    class Immutable {
        @Test
        @DisplayName("hands out no shared ObjectMapper: only Jackson's immutable reader and writer")
        void noSharedMapper() {
            assertThat(Arrays.stream(ParleyJson.class.getMethods())
                    .filter(m -> m.getReturnType() == ObjectMapper.class)
                    .map(Method::getName)).containsExactly("newMapper");
            assertThat(ParleyJson.newMapper()).isNotSameAs(ParleyJson.newMapper());
            assertThat(Arrays.stream(ParleyJson.class.getDeclaredFields())
                    .filter(f -> !Modifier.isPrivate(f.getModifiers()))
                    .allMatch(f -> Modifier.isFinal(f.getModifiers()) && f.getType() == int.class)).isTrue();
        }

        @Test
        @DisplayName("changing a reader, a writer or a new mapper leaves fingerprints as they were")
        void fingerprintsStay() {
            String before = json.fingerprint(offer);
            json.writer().with(SerializationFeature.INDENT_OUTPUT);
            json.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
            ParleyJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
            assertThat(json.fingerprint(offer)).isEqualTo(before).hasSize(32);
            assertThat(json.write(offer)).doesNotContain("\n");
            assertThat(json.fingerprint(new Sample("talks").offer("offer", "Russia", "Ukraine", "return children",
                    11, "2025-06-02", "2025-07-10"))).isNotEqualTo(before);
        }
    }

    @Nested
    @DisplayName("reports unreadable JSON as a TimelineFormatException")
    class Errors {
        @Test
        @DisplayName("not JSON: MALFORMED_INPUT with line and column")
        void malformed() {
            assertThatThrownBy(() -> json.read("{\n  \"type\": ", Development.class))
                    .isInstanceOfSatisfying(TimelineFormatException.class, e -> {
                        assertThat(e.rule()).isEqualTo(Rule.MALFORMED_INPUT);
                        assertThat(e.line()).isEqualTo(2);
                        assertThat(e.source()).isEqualTo("JSON text");
                    });
        }

        @Test
        @DisplayName("a value that breaks its own rule: INVALID_VALUE naming the field")
        void invalidValue() {
            String text = json.write(offer).replace("2025-07-10", "2025-02-30");
            assertThatThrownBy(() -> json.read(text, Development.class))
                    .isInstanceOfSatisfying(TimelineFormatException.class, e -> {
                        assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
                        assertThat(e.detail()).isEqualTo("date: '2025-02-30' is not a real calendar date");
                    });
        }

        @Test
        @DisplayName("reading a stream leaves it open")
        void streamStaysOpen() {
            AtomicBoolean closed = new AtomicBoolean();
            ByteArrayInputStream in = new ByteArrayInputStream(json.write(NegotiationState.initial("talks"))
                    .getBytes(StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    closed.set(true);
                }
            };
            assertThat(json.read(in, NegotiationState.class)).isEqualTo(NegotiationState.initial("talks"));
            assertThat(closed).isFalse();
        }
    }

    @Nested
    @DisplayName("the Jackson it runs on")
    class JacksonVersion {
        @Test
        @DisplayName("2.17 and 2.18 are refused up front, naming the version to take")
        void olderThan219IsRefused() {
            for (Version old : new Version[] {
                    new Version(2, 17, 3, null, null, null),
                    new Version(2, 18, 4, null, null, null)}) {
                assertThatThrownBy(() -> ParleyJson.requireJackson(old))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("needs jackson-databind 2.19 or newer and found " + old)
                        .hasMessageContaining("jackson-bom.version");
            }
        }

        @Test
        @DisplayName("2.19 and newer are taken")
        void from219On() {
            ParleyJson.requireJackson(new Version(2, 19, 0, null, null, null));
            ParleyJson.requireJackson(PackageVersion.VERSION);
        }
    }
}
