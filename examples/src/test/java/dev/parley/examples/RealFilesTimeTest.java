package dev.parley.examples;

import dev.parley.test.Negotiation;
import dev.parley.test.ParleyFixture;
import dev.parley.test.ParleyStoresTest;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.state.PositionStatus;
import org.junit.jupiter.api.DisplayName;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import static dev.parley.examples.States.knownAt;
import static dev.parley.examples.States.occurredBy;
import static dev.parley.test.ParleyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the two existing real files say with hours, time zones and undated reports (issue 20, classes 8 and 6),
 * where they had to bend before: the strike vote's noon PT close was only text in a notice, the strike's end at
 * 12:01 a.m. PT a bare day, and versions found in undated articles took a window as the day they "occurred".
 */
@DisplayName("The real files with hours, time zones and undated reports")
class RealFilesTimeTest {
    static final Path WGA = Path.of("data/wga-amptp-2023.json");
    static final Path BSGI = Path.of("data/black-sea-grain-initiative-2022.json");
    static final String VOTE = "wga-strike-authorisation-put-2023-04-03";

    @ParleyStoresTest
    @DisplayName("WGA: the strike vote closes at noon PT on 17 April; the strike ends at 12:01 a.m. PT on 27 September")
    void wgaTimes(@Negotiation("wga-amptp-2023") ParleyFixture.Given talks) {
        talks.givenFile(WGA).whenAsOf(occurredBy("2023-04-16")).then()
                .state(state -> assertThat(state.position(VOTE).orElseThrow().deadline().by())
                        .isEqualTo(PartialDate.parse("2023-04-17T12:00[America/Los_Angeles]")))
                .state(state -> assertThat(state).hasPosition(VOTE).withStatus(PositionStatus.OPEN))
                .stateAsOf(occurredBy("2023-04-17"), state -> assertThat(state).hasPosition(VOTE)
                        .withStatus(PositionStatus.ACCEPTED))
                .developments(all -> assertThat(byId(all, "wga-strike-ends-2023-09-27").occurred().zone())
                        .contains(ZoneId.of("America/Los_Angeles")));
    }

    @ParleyStoresTest
    @DisplayName("WGA: versions from undated articles have no date of their own and stand at their report dates")
    void wgaUndatedVersions(@Negotiation("wga-amptp-2023") ParleyFixture.Given talks) {
        talks.givenFile(WGA).whenAsOf(knownAt("2023-10-31")).then()
                .developments(all -> assertThat(List.of("wga-version-start-date-2023-03-13",
                        "wga-version-ceo-meeting-2023-08-21", "wga-version-deal-date-2023-09-26",
                        "wga-version-return-to-work-2023-10-04"))
                        .allSatisfy(id -> assertThat(byId(all, id).envelope().isUndated()).as(id).isTrue()))
                .stateAsOf(occurredBy("2023-10-31"), state -> assertThat(state.uncertain())
                        .doesNotContain("wga-version-deal-date-2023-09-26"));
    }

    @ParleyStoresTest
    @DisplayName("Black Sea: the version dating the suspension to 30 October is undated, reported by 2 November")
    void bsgiUndatedVersion(@Negotiation("black-sea-grain-initiative-2022") ParleyFixture.Given talks) {
        talks.givenFile(BSGI).whenAsOf(occurredBy("2022-11-02")).then()
                .developments(all -> assertThat(byId(all, "bsgi-version-suspension-date-2022-10-30").envelope()
                        .isUndated()).isTrue())
                .state(state -> assertThat(state.uncertain()).doesNotContain("bsgi-version-suspension-date-2022-10-30"));
    }

    static Development byId(List<Development> developments, String id) {
        return developments.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }
}
