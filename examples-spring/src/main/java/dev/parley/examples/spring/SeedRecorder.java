package dev.parley.examples.spring;

import dev.parley.Parley;
import dev.parley.model.Timeline;
import dev.parley.model.TimelineFiles;
import dev.parley.timeline.RecordResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Records the seed negotiation (a timeline file, {@code examples/data/istanbul-2025-06-02.json} by default) when
 * the application starts. Recording is idempotent, so a restart on a persistent store adds nothing.
 */
@Component
public class SeedRecorder implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SeedRecorder.class);

    private final Parley parley;
    private final Resource seed;

    /**
     * @param parley the auto-configured Parley
     * @param seed   the timeline file to record ({@code negotiations.seed})
     */
    public SeedRecorder(Parley parley,
                        @Value("${negotiations.seed:classpath:data/istanbul-2025-06-02.json}") Resource seed) {
        this.parley = parley;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        // snippet:spring-seed
        Timeline timeline;
        try {
            timeline = TimelineFiles.read(seed.getInputStream(), seed.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed " + seed.getDescription(), e);
        }
        List<RecordResult> results = parley.recordAll(timeline.developments());    // atomic and idempotent
        // end-snippet:spring-seed
        LOG.info("Seed {}: {} developments, {} new", timeline.negotiationId(), results.size(),
                results.stream().filter(RecordResult.RECORDED::equals).count());
    }
}
