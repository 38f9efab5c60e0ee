package dev.parley.model;

import dev.parley.timeline.Agent;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.AgreementSigned;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.DelegationAppointed;
import dev.parley.timeline.DemandMade;
import dev.parley.timeline.Development;
import dev.parley.timeline.FulfilmentDeclared;
import dev.parley.timeline.InvalidValueException;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.ProposalMade;
import dev.parley.timeline.ProposalRejected;
import dev.parley.timeline.Provision;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.Rule;
import dev.parley.timeline.TimelineFormatException;
import dev.parley.timeline.state.Delegation;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.Reaction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Speakers and their words (issue 20, class 9): who spoke for a side and what they said, on positions, responses
 * and declarations; who signed; a coalition's name; a delegation known only by its party or size. And the fold
 * bug of class 11: an agreement announced by one side confirms only as that side.
 */
@DisplayName("Speakers and their words (issue 20)")
class SpeakersAndWordsTest {
    final Sample talks = new Sample("talks");
    static final Agent BESSENT = Agent.named("Scott Bessent", "Treasury Secretary", "United States");
    static final Agent HE_LIFENG = Agent.named("He Lifeng", "Vice Premier", "China");

    NegotiationState given(Development... developments) {
        NegotiationDecider decider = NegotiationDecider.initialState("talks");
        decider.record(talks.opened());
        List.of(developments).forEach(decider::record);
        return decider.state();
    }

    static TimelineFormatException rejected(String development) {
        String json = "{\"format\": \"parley/1\", \"negotiationId\": \"talks\", \"developments\": ["
                + "{\"type\": \"negotiation-opened\", \"id\": \"opened\", \"occurred\": \"2025-05-16\", "
                + "\"title\": \"T\"}, " + development + "]}";
        try {
            TimelineFiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
        } catch (TimelineFormatException e) {
            return e;
        }
        throw new AssertionError("expected a rejection of " + development);
    }

    static List<Development> read(String... developments) {
        String json = "{\"format\": \"parley/1\", \"negotiationId\": \"talks\", \"developments\": ["
                + String.join(", ", developments) + "]}";
        return TimelineFiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json")
                .developments();
    }

    @Nested
    @DisplayName("a position, response or declaration records who spoke and the words, apart from the terms")
    class Words {
        @Test
        @DisplayName("a proposal keeps its speaker and quote; its terms stay the terms and its status is unchanged")
        void positionWithSpeaker() {
            ProposalMade proposal = ProposalMade.by(talks.env("us-proposal", "2025-05-12"), "United States")
                    .to("China").terms("Cut the reciprocal tariffs to 10% for 90 days").withSpeaker(BESSENT)
                    .withQuote("we had a very robust dialogue");

            NegotiationState state = given(proposal);

            assertThat(proposal.speaker()).isEqualTo(BESSENT);
            assertThat(proposal.quote()).isEqualTo("we had a very robust dialogue");
            assertThat(state.position("us-proposal")).hasValueSatisfying(p -> {
                assertThat(p.terms()).isEqualTo("Cut the reciprocal tariffs to 10% for 90 days");
                assertThat(p.status()).isEqualTo(PositionStatus.OPEN);
            });
        }

        @Test
        @DisplayName("a rejection, acceptance, withdrawal and declaration keep their speaker and quote through JSON")
        void responsesAndDeclarations() {
            List<Development> written = List.of(
                    ProposalRejected.of(talks.env("r", "2025-05-13"), "p").by("China").withSpeaker(HE_LIFENG)
                            .withQuote("China will fight to the end"),
                    ProposalAccepted.of(talks.env("a", "2025-05-13"), "p").by("China").withSpeaker(HE_LIFENG),
                    PositionWithdrawn.of(talks.env("w", "2025-05-13"), "p").by("United States")
                            .withQuote("off the table"),
                    FulfilmentDeclared.of(talks.env("f", "2025-05-14"), "deal").by("China").withSpeaker(HE_LIFENG)
                            .withQuote("fully implemented"));

            for (Development d : written) {
                assertThat(ParleyJson.codec().read(ParleyJson.codec().write(d), Development.class)).isEqualTo(d);
            }
        }

        @Test
        @DisplayName("in a file, speaker and quote are fields of their own, as on statement-made")
        void fromFile() {
            List<Development> read = read("{\"type\": \"demand-made\", \"id\": \"d\", \"occurred\": \"2025-04-02\","
                    + " \"by\": \"United States\", \"terms\": \"Reciprocal tariffs\", \"speaker\": {\"name\": "
                    + "\"Donald Trump\", \"role\": \"President\", \"affiliation\": \"United States\"}, \"quote\": "
                    + "\"Liberation Day\"}");

            assertThat(read).singleElement().isInstanceOfSatisfying(DemandMade.class, d -> {
                assertThat(d.speaker()).isEqualTo(Agent.named("Donald Trump", "President", "United States"));
                assertThat(d.quote()).isEqualTo("Liberation Day");
                assertThat(d.terms()).isEqualTo("Reciprocal tariffs");
            });
        }

        @Test
        @DisplayName("positions and responses written before speakers read unchanged: no speaker, no quote")
        void olderFormReads() {
            OfferMade offer = talks.offer("o", "Russia", "Ukraine", "Return 10 children", 10, "2025-06-02", null);
            ProposalRejected rejection = talks.rejected("r", "o", "Ukraine", "2025-06-03");

            assertThat(offer.speaker()).isNull();
            assertThat(offer.quote()).isNull();
            assertThat(offer.coalition()).isNull();
            assertThat(rejection.speaker()).isNull();
            assertThat(ParleyJson.codec().write(offer)).doesNotContain("speaker", "quote", "coalition");
        }
    }

    @Nested
    @DisplayName("a coalition takes one position under its name")
    class Coalitions {
        @Test
        @DisplayName("its name is kept beside its members, who stay the position's holders")
        void named() {
            DemandMade demand = DemandMade.by(talks.env("e3", "2025-08-28"), "France", "Germany", "United Kingdom")
                    .to("Iran").terms("Restore inspections").withCoalition("E3");

            NegotiationState state = given(demand);

            assertThat(demand.coalition()).isEqualTo("E3");
            assertThat(state.position("e3")).hasValueSatisfying(p ->
                    assertThat(p.by()).containsExactly("France", "Germany", "United Kingdom"));
        }

        @Test
        @DisplayName("INVALID_VALUE: a coalition's name on a position of one side, named in the file's error")
        void oneSideIsNoCoalition() {
            assertThatThrownBy(() -> DemandMade.by(talks.env("d", "2025-08-28"), "France").terms("t")
                    .withCoalition("E3")).isInstanceOf(InvalidValueException.class).hasMessageContaining("coalition");

            TimelineFormatException e = rejected("{\"type\": \"demand-made\", \"id\": \"lonely\", \"occurred\": "
                    + "\"2025-08-28\", \"by\": \"France\", \"terms\": \"t\", \"coalition\": \"E3\"}");
            assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
            assertThat(e.getMessage()).contains("t.json:1:", "development 'lonely'", "coalition",
                    "names only [France]");
        }
    }

    @Nested
    @DisplayName("signatories: who signed, in what capacity")
    class Signatories {
        AgreementReached deal() {
            return new AgreementReached(talks.env("deal", "2022-07-22").mediatedBy("Türkiye", "United Nations"),
                    "grain initiative", List.of("Russia", "Ukraine"),
                    List.of(Provision.of("corridor", "safe passage")), null);
        }

        @Test
        @DisplayName("a signature keeps its signatories in the agreement's state")
        void kept() {
            Agent shoigu = Agent.named("Sergei Shoigu", "Defence Minister", "Russia");
            Agent guterres = Agent.named("António Guterres", "Secretary-General", "United Nations");

            NegotiationState state = given(deal(), AgreementSigned.of(talks.env("ru-signs", "2022-07-22")
                            .mediatedBy("Türkiye", "United Nations"), "deal").by("Russia")
                    .withSignatories(shoigu, guterres));

            assertThat(state.agreement("deal")).hasValueSatisfying(a -> assertThat(a.signatures()).singleElement()
                    .satisfies(s -> assertThat(s.signatories()).containsExactly(shoigu, guterres)));
        }

        @Test
        @DisplayName("an agreement reached may name who signed it there and then")
        void atTheTable() {
            AgreementReached signed = deal().withSignatories(Agent.named("Oleksandr Kubrakov",
                    "Infrastructure Minister", "Ukraine"));

            assertThat(ParleyJson.codec().read(ParleyJson.codec().write(signed), Development.class))
                    .isEqualTo(signed);
        }

        @Test
        @DisplayName("INVALID_VALUE: a signatory affiliated with none of the signature's sides")
        void foreignSignatory() {
            TimelineFormatException e = rejected("{\"type\": \"agreement-signed\", \"id\": \"s\", \"occurred\": "
                    + "\"2022-07-22\", \"agreement\": \"deal\", \"by\": \"Russia\", \"with\": [\"Türkiye\"], "
                    + "\"signatories\": [{\"name\": \"Oleksandr Kubrakov\", \"affiliation\": \"Ukraine\"}]}");

            assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
            assertThat(e.getMessage()).contains("development 's'", "signatories", "'Ukraine'", "Russia, Türkiye");
        }
    }

    @Nested
    @DisplayName("a delegation may name no one")
    class Delegations {
        @Test
        @DisplayName("a delegation reported by its party and size alone is recorded and kept with its size")
        void bySize() {
            NegotiationState state = given(DelegationAppointed.of(talks.env("cn-team", "2025-05-10"), "China")
                    .withSize(12), DelegationAppointed.of(talks.env("us-team", "2025-05-10"), "United States"));

            assertThat(state.delegations()).extracting(Delegation::party, Delegation::head, Delegation::size)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("China", null, 12),
                            org.assertj.core.groups.Tuple.tuple("United States", null, null));
        }

        @Test
        @DisplayName("INVALID_VALUE: a size smaller than the people it names")
        void sizeBelowNamed() {
            TimelineFormatException e = rejected("{\"type\": \"delegation-appointed\", \"id\": \"team\", "
                    + "\"occurred\": \"2025-05-10\", \"party\": \"China\", \"head\": {\"name\": \"He Lifeng\"}, "
                    + "\"members\": [{\"name\": \"Li Chenggang\"}], \"size\": 1}");

            assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
            assertThat(e.getMessage()).contains("development 'team'", "size", "fewer than the 2 people named");
        }
    }

    @Nested
    @DisplayName("bug (class 11): a CONFIRMS ref from an agreement announced by one side")
    class AgreementConfirms {
        final ClaimMade claim = talks.claim("us-claim", "United States",
                "China agreed to resume rare-earth exports", "2025-06-06");

        Reaction confirmation(NegotiationState state) {
            return state.corroborationOf("us-claim").orElseThrow().confirmations().get(0);
        }

        AgreementReached framework(Attribution source) {
            return new AgreementReached(talks.env("london", "2025-06-11").withSource(source)
                    .withRef(RefKind.CONFIRMS, "us-claim"), "London framework", List.of("United States", "China"),
                    List.of(Provision.of("rare-earths", "rare-earth exports")), null);
        }

        @Test
        @DisplayName("credits the side whose official announced it, not every party")
        void announcedBySourceSide() {
            Attribution whiteHouse = new Attribution("Reuters", null, null,
                    List.of(Agent.named("Howard Lutnick", "Commerce Secretary", "United States")), null);

            NegotiationState state = given(claim, framework(whiteHouse));

            assertThat(confirmation(state).by()).containsExactly("United States");
        }

        @Test
        @DisplayName("credits the sides named in its `by`, when the report says who announced it")
        void announcedByBy() {
            NegotiationState state = given(claim, framework(Attribution.of("Reuters")).announcedBy("China"));

            assertThat(confirmation(state).by()).containsExactly("China");
        }

        @Test
        @DisplayName("credits no side when neither `by` nor an affiliated source says who announced it")
        void unattributed() {
            NegotiationState state = given(claim, framework(Attribution.of("Reuters")));

            assertThat(confirmation(state).by()).isEmpty();
            assertThat(confirmation(state).rootSources()).containsExactly("Reuters");
        }
    }

    @Test
    @DisplayName("INVALID_VALUE: an agreement announced by a side that is none of its parties or mediators")
    void announcerNotAParty() {
        TimelineFormatException e = rejected("{\"type\": \"agreement-reached\", \"id\": \"deal\", \"occurred\": "
                + "\"2025-05-12\", \"title\": \"Geneva\", \"parties\": [\"United States\", \"China\"], "
                + "\"by\": [\"Switzerland\"], \"provisions\": [{\"id\": \"p\", \"subject\": \"tariffs\"}]}");

        assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
        assertThat(e.getMessage()).contains("development 'deal'", "'Switzerland' announced the agreement");
    }
}
