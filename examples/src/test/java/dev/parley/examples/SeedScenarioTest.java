package dev.parley.examples;

import dev.parley.Parley;
import dev.parley.model.NegotiationProjection;
import dev.parley.model.Timeline;
import dev.parley.model.TimelineFiles;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.DocumentKind;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.Share;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.PositionKind;
import dev.parley.timeline.state.PositionStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The 2025-06-02 report on the second round of Russia-Ukraine talks in Istanbul, end to end. */
@DisplayName("The seed scenario (Istanbul, 2 June 2025)")
class SeedScenarioTest {
    static final Path SEED = Path.of("data/istanbul-2025-06-02.json");
    static Parley parley;
    static NegotiationState state;

    @BeforeAll
    static void record() {
        Timeline timeline = TimelineFiles.read(SEED);
        // "Today" is the day after the report, so the current state is what readers saw then.
        parley = Parley.builder().inMemory()
                .clock(Clock.fixed(Instant.parse("2025-06-03T12:00:00Z"), ZoneOffset.UTC)).build();
        assertThat(parley.recordAll(timeline.developments())).containsOnly(RecordResult.RECORDED);
        state = parley.state(timeline.negotiationId()).orElseThrow();
    }

    @AfterAll
    static void close() {
        parley.close();
    }

    @Test
    @DisplayName("round 2 was held in Istanbul on 2025-06-02 without a clear breakthrough")
    void round() {
        assertThat(state.round(2)).hasValueSatisfying(r -> {
            assertThat(r.venue()).isEqualTo("Istanbul");
            assertThat(r.date()).isEqualTo(PartialDate.parse("2025-06-02"));
            assertThat(r.outcome()).contains("without a clear breakthrough");
        });
        assertThat(state.participantsIn(PartyRole.PARTY)).containsExactly("Russia", "Ukraine");
        assertThat(state.participantsIn(PartyRole.HOST)).containsExactly("Turkey");
    }

    @Test
    @DisplayName("Russia delivered a memorandum to Ukraine demanding withdrawal from four regions")
    void memorandum() {
        assertThat(state.documents()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DocumentKind.MEMORANDUM);
            assertThat(d.from()).isEqualTo("Russia");
            assertThat(d.to()).isEqualTo("Ukraine");
        });
        Position demand = state.position("ru-demand-withdrawal").orElseThrow();
        assertThat(demand.kind()).isEqualTo(PositionKind.DEMAND);
        assertThat(demand.by()).containsExactly("Russia");
        assertThat(demand.items()).containsExactly("Zaporizhzhia", "Donetsk", "Luhansk", "Kherson");
        assertThat(demand.status()).isEqualTo(PositionStatus.OPEN);
    }

    @Test
    @DisplayName("a prisoner exchange was agreed for all under 25 or in serious physical condition")
    void exchange() {
        assertThat(state.agreements()).singleElement().satisfies(a -> {
            assertThat(a.parties()).containsExactly("Russia", "Ukraine");
            assertThat(a.provision("pow-exchange")).hasValueSatisfying(p -> {
                assertThat(p.formula()).isEqualTo("all for all");
                assertThat(p.criteria()).containsExactly("under the age of 25", "in serious physical condition");
                assertThat(p.target()).containsExactly(new Share("Russia", Quantity.all()),
                        new Share("Ukraine", Quantity.all()));
                assertThat(p.delivered()).as("nothing delivered yet").isEmpty();
            });
        });
    }

    @Test
    @DisplayName("Russia offered to return 10 children by 2025-07-10, per two unnamed Ukrainian officials via Axios")
    void childrenOffer() {
        Position offer = state.position("ru-offer-children").orElseThrow();
        assertThat(offer.kind()).isEqualTo(PositionKind.OFFER);
        assertThat(offer.quantity()).isEqualTo(Quantity.exactly(10));
        assertThat(offer.deadline().by()).isEqualTo(PartialDate.parse("2025-07-10"));
        assertThat(offer.status()).isEqualTo(PositionStatus.OPEN);
        assertThat(state.corroborationOf("ru-offer-children")).hasValueSatisfying(c -> {
            assertThat(c.anonymous()).isEqualTo(1);
            assertThat(c.sources()).singleElement().satisfies(a -> {
                assertThat(a.outlet()).isEqualTo("UNN");
                assertThat(a.via().get(0).name()).isEqualTo("Axios");
                assertThat(a.root().anonymous()).isTrue();
                assertThat(a.root().count()).isEqualTo(2);
            });
        });
    }

    @Test
    @DisplayName("Russia keeps rejecting the US demand for an immediate ceasefire")
    void ceasefire() {
        Position demand = state.position("us-demand-ceasefire").orElseThrow();
        assertThat(demand.by()).containsExactly("United States");
        assertThat(demand.terms()).contains("Immediate ceasefire");
        assertThat(demand.status()).isEqualTo(PositionStatus.REJECTED);
        assertThat(demand.responses()).singleElement().satisfies(r -> assertThat(r.by()).isEqualTo("Russia"));
        assertThat(demand.made().isExactDay()).as("the demand's date is not in the report").isFalse();
    }

    @Test
    @DisplayName("Medinsky denied that Russia abducted children, in his own words")
    void denial() {
        assertThat(state.claim("ua-claim-abductions")).hasValueSatisfying(c -> {
            assertThat(c.disputed()).isTrue();
            assertThat(c.deniedBy()).singleElement().satisfies(r -> {
                assertThat(r.by().name()).isEqualTo("Vladimir Medinsky");
                assertThat(r.quote()).startsWith("Stop calling crazy numbers.").contains("There is no kidnapping.");
            });
        });
        assertThat(state.statements()).anySatisfy(s -> {
            assertThat(s.speaker().name()).isEqualTo("Vladimir Medinsky");
            assertThat(s.summary()).contains("propaganda");
        });
    }

    @Test
    @DisplayName("Umerov's statements are kept, sourced UNN <- Axios <- Umerov")
    void umerov() {
        assertThat(state.statements()).filteredOn(s -> s.speaker().name().equals("Rustem Umerov")).hasSize(3);
        assertThat(state.corroborationOf("umerov-on-exchange")).hasValueSatisfying(c -> {
            assertThat(c.rootSources()).containsExactly("Rustem Umerov");
            assertThat(c.onRecord()).isEqualTo(1);
            assertThat(c.sources().get(0).toString()).startsWith("UNN <- Axios <- Rustem Umerov");
        });
    }

    @Test
    @DisplayName("replayed: no child-return offer before 2 June, OPEN on 3 June, OVERDUE on 11 July")
    void offerOverTime() {
        String id = "ru-ua-direct-talks-2025";
        assertThat(parley.state(id, AsOf.occurredBy(LocalDate.of(2025, 6, 1))).orElseThrow().position("ru-offer-children"))
                .isEmpty();
        assertThat(parley.state(id, AsOf.occurredBy(LocalDate.of(2025, 6, 3))).orElseThrow()
                .position("ru-offer-children").orElseThrow().status()).isEqualTo(PositionStatus.OPEN);
        assertThat(parley.state(id, AsOf.occurredBy(LocalDate.of(2025, 7, 11))).orElseThrow()
                .position("ru-offer-children").orElseThrow().status()).isEqualTo(PositionStatus.OVERDUE);
        assertThat(parley.state(id, AsOf.knownAt(LocalDate.of(2025, 6, 1)))).as("nothing was reported before 2 June")
                .isEmpty();
    }

    @Test
    @DisplayName("recording the file again changes nothing, and the read side equals the fold")
    void idempotentAndConsistent() {
        Timeline timeline = TimelineFiles.read(SEED);
        assertThat(parley.recordAll(timeline.developments())).containsOnly(RecordResult.ALREADY_RECORDED);
        assertThat(parley.state(timeline.negotiationId())).contains(state);
        assertThat(state).isEqualTo(NegotiationProjection.replay(timeline.negotiationId(),
                parley.developments(timeline.negotiationId()), AsOf.now(), LocalDate.of(2025, 6, 3)));
        assertThat(parley.developments(timeline.negotiationId())).hasSize(timeline.developments().size());
        assertThat(List.copyOf(parley.negotiations())).containsExactly("ru-ua-direct-talks-2025");
    }
}
