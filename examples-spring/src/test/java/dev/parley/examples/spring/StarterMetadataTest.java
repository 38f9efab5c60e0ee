package dev.parley.examples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an IDE completes from: the configuration metadata inside the starter's jar (this module depends on the
 * packaged starter, so the class path holds the jar a user gets).
 */
@DisplayName("The starter's jar")
class StarterMetadataTest {

    @Test
    @DisplayName("carries META-INF/spring-configuration-metadata.json describing every parley.* property")
    void metadata() throws Exception {
        List<URL> found = new ArrayList<>();
        for (URL url : Collections.list(getClass().getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            if (url.toString().contains("parley-spring-boot-starter") || url.toString().contains("spring-boot-starter/target")) {
                found.add(url);
            }
        }
        assertThat(found).as("metadata of parley-spring-boot-starter on the class path").hasSize(1);
        assertThat(found.get(0).getProtocol()).as("read from the packaged jar: %s", found.get(0))
                .isEqualTo("jar");
        JsonNode metadata;
        try (InputStream in = found.get(0).openStream()) {
            metadata = new ObjectMapper().readTree(in);
        }
        Map<String, JsonNode> properties = new TreeMap<>();
        metadata.get("properties").forEach(p -> properties.put(p.get("name").asText(), p));
        assertThat(properties).containsOnlyKeys("parley.store", "parley.table-prefix", "parley.snapshot-every",
                "parley.h2.path", "parley.read-side.timeout", "parley.read-side.cache", "parley.health.timeout",
                "parley.web.problem-details.enabled", "parley.write-timeout");
        assertThat(properties.values()).allSatisfy(p -> assertThat(p.path("description").asText())
                .as(p.get("name").asText()).isNotBlank());
        assertThat(properties.get("parley.store").get("defaultValue").asText()).isEqualTo("datasource");
        assertThat(properties.get("parley.h2.path").get("defaultValue").asText()).isEqualTo(".parley/parley");
        assertThat(properties.get("parley.read-side.timeout").get("defaultValue").asText()).isEqualTo("60s");
        assertThat(properties.get("parley.write-timeout").get("defaultValue").asText()).isEqualTo("10m");
        assertThat(properties.get("parley.web.problem-details.enabled").get("defaultValue").asBoolean()).isFalse();
    }
}
