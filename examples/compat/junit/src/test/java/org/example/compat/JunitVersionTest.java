package org.example.compat;

import dev.parley.test.Negotiation;
import dev.parley.test.ParleyFixture;
import dev.parley.test.ParleyStoresTest;
import dev.parley.test.TestStore;
import dev.parley.timeline.AsOf;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static dev.parley.test.ParleyAssertions.assertThat;

/** parley-test on the JUnit this project chose. */
@DisplayName("parley-test on the user's JUnit")
class JunitVersionTest {

    @Test
    @DisplayName("the JUnit running is the project's, not one parley-test brought")
    void runsOnTheUsersJunit() {
        assertThat(Test.class.getPackage().getImplementationVersion())
                .isEqualTo(System.getProperty("expected.junit.version"));
    }

    @ParleyStoresTest({TestStore.MEMORY, TestStore.H2})
    @DisplayName("a store-backed fixture runs once per store")
    void seedOnEachStore(@Negotiation("ru-ua-direct-talks-2025") ParleyFixture.Given talks) {
        talks.givenFile(Path.of("data/istanbul-2025-06-02.json"))
             .whenAsOf(AsOf.now())
             .then()
             .state(state -> assertThat(state).hasRound(2).heldAt("Istanbul"));
    }
}
