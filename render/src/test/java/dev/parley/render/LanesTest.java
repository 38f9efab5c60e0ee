package dev.parley.render;

import dev.parley.model.NegotiationProjection;
import dev.parley.timeline.Development;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.PartyJoined;
import dev.parley.timeline.PartyRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Lanes")
class LanesTest {

    private static Lanes lanes(boolean observer) {
        List<Development> history = new ArrayList<>(List.of(
                new NegotiationOpened(Envelope.of("opened", "t", "2025"), "Talks", null),
                new PartyJoined(Envelope.of("ru", "t", "2025"), "Russia", PartyRole.PARTY),
                new PartyJoined(Envelope.of("ua", "t", "2025"), "Ukraine", PartyRole.PARTY),
                new PartyJoined(Envelope.of("us", "t", "2025"), "United States", PartyRole.MEDIATOR),
                new PartyJoined(Envelope.of("tr", "t", "2025"), "Turkey", PartyRole.HOST)));
        if (observer) {
            history.add(new PartyJoined(Envelope.of("un", "t", "2025"), "United Nations", PartyRole.OBSERVER));
        }
        return Lanes.of(NegotiationProjection.fold("t", history));
    }

    @Test
    @DisplayName("a party, a delegation written as free text and a speaker's affiliation go to the party's lane")
    void parties() {
        Lanes lanes = lanes(false);
        assertThat(lanes.laneOf(List.of("Russia")).label()).isEqualTo("Russia");
        assertThat(lanes.laneOf(List.of("Russia (head: Vladimir Medinsky)")).label()).isEqualTo("Russia");
        assertThat(lanes.laneOf(List.of("ukraine")).label()).isEqualTo("Ukraine");
        assertThat(lanes.laneOf(List.of("Russian officials"))).as("an adjective is no name").isEqualTo(Lanes.OTHER);
    }

    @Test
    @DisplayName("mediators and hosts share one lane; several parties are Joint, no actor is Joint, unknown is Other")
    void sharedLanes() {
        Lanes lanes = lanes(false);
        assertThat(lanes.laneOf(List.of("United States")).label()).isEqualTo("Mediators and hosts");
        assertThat(lanes.laneOf(List.of("Turkey"))).isEqualTo(lanes.laneOf(List.of("United States")));
        assertThat(lanes.laneOf(List.of("Russia (head: x)", "Ukraine (head: y)"))).isEqualTo(Lanes.JOINT);
        assertThat(lanes.laneOf(List.of())).isEqualTo(Lanes.JOINT);
        assertThat(lanes.laneOf(List.of("Axios"))).isEqualTo(Lanes.OTHER);
        assertThat(lanes.laneOf(List.of("Axios", "Russia")).label()).as("the known actor wins").isEqualTo("Russia");
    }

    @Test
    @DisplayName("are ordered parties first, then Joint, Mediators and hosts, Other where used")
    void order() {
        assertThat(lanes(false).ordered(Set.of(Lanes.OTHER)).stream().map(Lanes.Lane::label))
                .containsExactly("Russia", "Ukraine", "Mediators and hosts", "Other");
        assertThat(lanes(true).ordered(Set.of(Lanes.JOINT)).stream().map(Lanes.Lane::label))
                .containsExactly("Russia", "Ukraine", "Joint", "Mediators, hosts and observers");
    }
}
