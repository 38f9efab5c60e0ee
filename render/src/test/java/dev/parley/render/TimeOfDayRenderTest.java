package dev.parley.render;

import dev.parley.model.NegotiationProjection;
import dev.parley.timeline.Development;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.FigureReported;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Times of day, time zones and undated reports, as the renderers show them")
class TimeOfDayRenderTest {

    @Test
    @DisplayName("a date shows its local time and its zone by name, an hour as an hour, never more precise than it is")
    void display() {
        assertThat(Dates.display(PartialDate.parse("2025-05-10T12:00[America/New_York]")))
                .isEqualTo("10 May 2025, 12:00 America/New_York");
        assertThat(Dates.display(PartialDate.parse("2025-05-10T12:00-04:00[America/New_York]")))
                .isEqualTo("10 May 2025, 12:00 America/New_York");
        assertThat(Dates.display(PartialDate.parse("2025-05-10T20+02:00"))).isEqualTo("10 May 2025, 20h +02:00");
        assertThat(Dates.display(PartialDate.parse("2025-05-10T20Z"))).isEqualTo("10 May 2025, 20h UTC");
        assertThat(Dates.display(PartialDate.parse("2025-05-10T20:15Z"))).isEqualTo("10 May 2025, 20:15 UTC");
    }

    @Test
    @DisplayName("TimelineJS gets the local hour, and the minute only when it is known")
    void timelineJs() {
        assertThat(TimelineJs.start(PartialDate.parse("2025-05-10T20[Europe/Zurich]")).toString())
                .isEqualTo("{\"year\":2025,\"month\":5,\"day\":10,\"hour\":20}");
        assertThat(TimelineJs.start(PartialDate.parse("2025-05-10T12:30[America/New_York]")).toString())
                .isEqualTo("{\"year\":2025,\"month\":5,\"day\":10,\"hour\":12,\"minute\":30}");
    }

    @Test
    @DisplayName("a report with no date of its own says so, and shows its report date as where it stands")
    void undated() {
        Development opened = NegotiationOpened.titled(Envelope.of("opened", "talks", "2025-05-01"), "Trade talks");
        Development figure = FigureReported.of(Envelope.undated("purchases", "talks", "2025-11-05"),
                "soybeans bought", Quantity.about(2)).by("USDA");
        List<Development> history = List.of(opened, figure);
        NegotiationState state = NegotiationProjection.fold("talks", history);
        assertThat(new DevelopmentText(state, history).describe(figure).facts())
                .contains(Fact.text("When", "no date of its own; placed at its report date, 5 November 2025"))
                .noneMatch(f -> f.label().equals("Reported"));
        assertThat(new DevelopmentText(state, history).describe(opened).facts())
                .contains(Fact.text("When", "1 May 2025"));
    }
}
