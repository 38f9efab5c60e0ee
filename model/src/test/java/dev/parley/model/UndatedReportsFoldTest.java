package dev.parley.model;

import dev.parley.timeline.Agent;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.ClaimDenied;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.Development;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.FigureReported;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.Rule;
import dev.parley.timeline.TimelineFormatException;
import dev.parley.timeline.VersionReported;
import dev.parley.timeline.state.Corroboration;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reports with no date of their own (issue 20, class 6): an undated report stands at its report date on both axes,
 * at every cut, and never borrows the date of what it reports on.
 */
@DisplayName("Reports with no date of their own")
class UndatedReportsFoldTest {
    static final Sample TALKS = new Sample("trade-talks");
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    static Envelope undated(String id, String reported) {
        return Envelope.undated(id, TALKS.negotiationId, reported);
    }

    static final ClaimMade CLAIM = TALKS.claim("soybeans-promised", "United States",
            "China agreed to buy 12 million tonnes of soybeans this season", "2025-10-30");
    /** A later account of the claim: the day it was made in is unknown, the day it was reported is not. */
    static final ClaimDenied DENIAL = new ClaimDenied(undated("no-number-agreed", "2025-11-03"), "soybeans-promised",
            Agent.named("Ministry of Commerce", null, "China"), null, "said no purchase figure had been agreed");
    /** A figure "as reported on" 5 November. */
    static final FigureReported FIGURE = FigureReported.of(undated("purchases-so-far", "2025-11-05"),
            "soybeans bought since the deal", Quantity.about(2)).by("Reuters").withText("about 2 million tonnes");
    /** A competing version of the claim's date, known only from a report of 7 November. */
    static final VersionReported VERSION = VersionReported.of(undated("claim-date-version", "2025-11-07"),
            "soybeans-promised").field("occurred").value("2025-10-31").withText("said the next day");

    static final List<Development> HISTORY = List.of(TALKS.opened(), CLAIM, DENIAL, FIGURE, VERSION);

    static NegotiationState at(AsOf cut) {
        return NegotiationProjection.replay(TALKS.negotiationId, HISTORY, cut, TODAY);
    }

    @Nested
    @DisplayName("in the vocabulary")
    class Vocabulary {
        @Test
        @DisplayName("is a development without 'occurred' whose date, for everything that compares dates, is its "
                + "report date")
        void standsAtItsReportDate() {
            assertThat(FIGURE.envelope().isUndated()).isTrue();
            assertThat(FIGURE.envelope().occurred()).isNull();
            assertThat(FIGURE.occurred()).isEqualTo(PartialDate.parse("2025-11-05"));
            assertThat(FIGURE.reported()).isEqualTo(PartialDate.parse("2025-11-05"));
            assertThat(CLAIM.envelope().isUndated()).isFalse();
        }

        @Test
        @DisplayName("is written without 'occurred' and reads back undated")
        void roundTrip() {
            String json = ParleyJson.codec().write(FIGURE);
            assertThat(json).doesNotContain("occurred").contains("\"reported\":\"2025-11-05\"");
            assertThat(ParleyJson.codec().read(json, Development.class)).isEqualTo(FIGURE);
        }

        @Test
        @DisplayName("in a file, leaves 'occurred' out and gives 'reported'; with neither it is rejected, naming the "
                + "field, the development and the place")
        void inAFile() throws Exception {
            String file = "{\"format\": \"parley/1\", \"negotiationId\": \"trade-talks\", \"developments\": [\n"
                    + "  {\"type\": \"negotiation-opened\", \"id\": \"opened\", \"occurred\": \"2025-05-16\", "
                    + "\"title\": \"Talks trade-talks\"},\n"
                    + "  {\"type\": \"figure-reported\", \"id\": \"purchases-so-far\", \"reported\": \"2025-11-05\", "
                    + "\"subject\": \"soybeans bought since the deal\", \"figure\": 2, \"by\": \"Reuters\"}]}";
            Timeline timeline = TimelineFiles.read(new ByteArrayInputStream(
                    file.getBytes(StandardCharsets.UTF_8)), "undated.json");
            assertThat(timeline.developments().get(1).envelope().isUndated()).isTrue();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TimelineFiles.write(timeline, out);
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\"occurred\" : \"2025-11-05\"");

            String neither = file.replace("\"reported\": \"2025-11-05\", ", "");
            assertThatThrownBy(() -> TimelineFiles.read(new ByteArrayInputStream(
                    neither.getBytes(StandardCharsets.UTF_8)), "neither.json"))
                    .isInstanceOfSatisfying(TimelineFormatException.class, e -> {
                        assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
                        assertThat(e.line()).isEqualTo(3);
                    })
                    .hasMessageContaining("neither.json:3")
                    .hasMessageContaining("occurred: is required; a report with no date of its own leaves it out "
                            + "and gives the date it was reported on as 'reported'");
        }
    }

    @Nested
    @DisplayName("at a cut")
    class AtACut {
        @Test
        @DisplayName("on the valid-time axis, is out before its report date and in from it; never uncertain")
        void occurredAxis() {
            NegotiationState before = at(AsOf.occurredBy(LocalDate.of(2025, 11, 2)));
            assertThat(before.claim("soybeans-promised").orElseThrow().deniedBy()).isEmpty();
            assertThat(before.uncertain()).isEmpty();
            NegotiationState denied = at(AsOf.occurredBy(LocalDate.of(2025, 11, 4)));
            assertThat(denied.claim("soybeans-promised").orElseThrow().deniedBy()).singleElement()
                    .satisfies(d -> assertThat(d.on()).isEqualTo(PartialDate.parse("2025-11-03")));
            assertThat(denied.figures()).isEmpty();
            assertThat(denied.uncertain()).isEmpty();
            NegotiationState after = at(AsOf.occurredBy(LocalDate.of(2025, 11, 5)));
            assertThat(after.figures()).singleElement().satisfies(f -> assertThat(f.versions())
                    .singleElement().satisfies(v -> assertThat(v.on()).isEqualTo(PartialDate.parse("2025-11-05"))));
        }

        @Test
        @DisplayName("on the knowledge axis, is placed by its report date the same way")
        void knowledgeAxis() {
            assertThat(at(AsOf.knownAt(LocalDate.of(2025, 11, 4))).figures()).isEmpty();
            assertThat(at(AsOf.knownAt(LocalDate.of(2025, 11, 5))).figures()).hasSize(1);
            assertThat(at(AsOf.knownAt(LocalDate.of(2025, 11, 4))).uncertain()).isEmpty();
        }

        @Test
        @DisplayName("a version with no date of its own is not shown at the date of what it is about: only from "
                + "the day it was reported, on either axis")
        void versionNotBackdated() {
            for (AsOf cut : List.of(AsOf.occurredBy(LocalDate.of(2025, 10, 31)),
                    AsOf.knownAt(LocalDate.of(2025, 11, 6)))) {
                assertThat(at(cut).corroborationOf("soybeans-promised").map(Corroboration::versions)
                        .orElse(List.of())).as(cut.toString()).isEmpty();
            }
            assertThat(at(AsOf.occurredBy(LocalDate.of(2025, 11, 7))).corroborationOf("soybeans-promised"))
                    .hasValueSatisfying(c -> assertThat(c.versions()).singleElement()
                            .satisfies(v -> assertThat(v.value()).isEqualTo("2025-10-31")));
        }

        @Test
        @DisplayName("History, the checkpointed replay, places it exactly as the plain fold")
        void historyAgrees() {
            History stored = History.of(TALKS.negotiationId, 1, 1);
            HISTORY.forEach(stored::append);
            for (int day = 1; day <= 8; day++) {
                LocalDate on = LocalDate.of(2025, 11, day);
                for (AsOf cut : List.of(AsOf.occurredBy(on), AsOf.knownAt(on))) {
                    assertThat(stored.stateAsOf(cut)).as(cut.toString())
                            .isEqualTo(NegotiationProjection.foldAsOf(TALKS.negotiationId, HISTORY, cut));
                }
            }
        }
    }
}
