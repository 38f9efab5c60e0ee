package dev.parley.test;

import dev.parley.Parley;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.TimelineQuery;
import dev.parley.timeline.state.Change;
import dev.parley.timeline.state.Correction;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.Development;
import org.junit.jupiter.api.DisplayName;

import java.nio.file.Path;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fictional three-month negotiation (examples/data/arland-borovia-2025.json) with late reports, a correction,
 * a retraction, an offer whose deadline passes unfulfilled, a staged exchange with an undisclosed count, competing
 * figures and a denied claim, replayed at several points on both time axes, on every store. Written with Parley's
 * own test support: {@code @ParleyStoresTest} runs each specification on memory, H2 and PostgreSQL, the fixture
 * records the file through the store's real rules, and the checks use the fixture's state or the store directly.
 */
@DisplayName("Replaying a multi-month negotiation")
class ReplayScenarioTest {
    static final Path FILE = Path.of("../examples/data/arland-borovia-2025.json");
    static final String ID = "arland-borovia-2025";

    Parley parley;

    /** Records the scenario through the fixture, which also proves every development survives storage. */
    void given(ParleyFixture.Given fixture, Parley store) {
        fixture.givenFile(FILE);
        this.parley = store;
    }

    NegotiationState at(AsOf asOf) {
        return parley.state(ID, asOf).orElseThrow();
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static ProvisionLedger detainees(NegotiationState state) {
        return state.agreement("exchange-deal").orElseThrow().provision("detainees").orElseThrow();
    }

    static Delivery delivered(NegotiationState state, String party) {
        return detainees(state).delivered().stream().filter(d -> d.party().equals(party)).findFirst().orElseThrow();
    }

    static PositionStatus status(NegotiationState state, String position) {
        return state.position(position).map(Position::status).orElseThrow();
    }

    @ParleyStoresTest(today = "2025-06-15")
    @DisplayName("before the negotiation opened there is no state; AsOf.now() is the current state")
    void bounds(@Negotiation(ID) ParleyFixture.Given fixture, Parley store) {
        given(fixture, store);
        assertThat(parley.state(ID, AsOf.occurredBy(day("2025-03-01")))).isEmpty();
        assertThat(parley.state(ID, AsOf.now())).isEqualTo(parley.state(ID));
    }

    @ParleyStoresTest(today = "2025-06-15")
    @DisplayName("a late report is in the state of what happened, but not in what was known at the time")
    void lateReport(@Negotiation(ID) ParleyFixture.Given fixture, Parley store) {
        given(fixture, store);
        NegotiationState happened = at(AsOf.occurredBy(day("2025-04-15")));
        NegotiationState known = at(AsOf.occurredBy(day("2025-04-15")).andKnownAt(day("2025-04-15")));

        assertThat(happened.round(3)).as("the secret round of 12 April, reported 20 May").isPresent();
        assertThat(known.round(3)).isEmpty();
        assertThat(known.rounds()).hasSize(2);
        assertThat(at(AsOf.knownAt(day("2025-05-20"))).round(3)).isPresent();
    }

    @ParleyStoresTest(today = "2025-06-15")
    @DisplayName("a month-precision date that straddles the cut is left out and listed as uncertain")
    void uncertainPlacement(@Negotiation(ID) ParleyFixture.Given fixture, Parley store) {
        given(fixture, store);
        NegotiationState mid = at(AsOf.occurredBy(day("2025-04-15")));
        assertThat(mid.uncertain()).containsExactly("figure-observers");
        assertThat(mid.figure("detainees held by Borovia").orElseThrow().versions()).hasSize(1);

        NegotiationState after = at(AsOf.occurredBy(day("2025-04-30")));
        assertThat(after.uncertain()).isEmpty();
        assertThat(after.figure("detainees held by Borovia").orElseThrow().versions()).hasSize(2);
    }

    @ParleyStoresTest(today = "2025-06-15")
    @DisplayName("a correction shows only from when it was known; the history keeps both versions")
    void correction(@Negotiation(ID) ParleyFixture.Given fixture, Parley store) {
        given(fixture, store);
        NegotiationState before = at(AsOf.knownAt(day("2025-04-22")));
        NegotiationState after = at(AsOf.knownAt(day("2025-04-29")));

        // Stage 1 (150) is disputed and kept apart; stage 2 is 200 as first reported, 210 as corrected.
        assertThat(delivered(before, "Arland").known()).isEqualByComparingTo("200");
        assertThat(delivered(after, "Arland").known()).isEqualByComparingTo("210");
        assertThat(after.corrections()).extracting(Correction::target).containsExactly("stage-2");
        assertThat(parley.developments(ID)).extracting(Development::id).contains("stage-2", "stage-2-corrected");
    }

    @ParleyStoresTest(today = "2025-06-15")
    @DisplayName("a retraction removes the retracted development from when it was known")
    void retraction(@Negotiation(ID) ParleyFixture.Given fixture, Parley store) {
        given(fixture, store);
        assertThat(status(at(AsOf.knownAt(day("2025-05-11"))), "arland-ceasefire-demand"))
                .isEqualTo(PositionStatus.ACCEPTED);
        NegotiationState now = at(AsOf.now());
        assertThat(status(now, "arland-ceasefire-demand")).isEqualTo(PositionStatus.OPEN);
        assertThat(now.corrections()).anySatisfy(c -> {
            assertThat(c.target()).isEqualTo("ceasefire-accepted");
            assertThat(c.kind()).isEqualTo(Correction.Kind.RETRACTED);
        });
    }

    @ParleyStoresTest(today = "2025-06-15")
    @DisplayName("deadlines are judged at the cut: open, then overdue; soft ones lapse; partial deliveries count")
    void deadlines(@Negotiation(ID) ParleyFixture.Given fixture, Parley store) {
        given(fixture, store);
        NegotiationState may14 = at(AsOf.occurredBy(day("2025-05-14")));
        NegotiationState may20 = at(AsOf.occurredBy(day("2025-05-20")));

        assertThat(status(may14, "arland-corridor-offer")).isEqualTo(PositionStatus.OPEN);
        assertThat(status(may20, "arland-corridor-offer")).isEqualTo(PositionStatus.OVERDUE);
        assertThat(may20.evaluatedOn()).isEqualTo(day("2025-05-20"));
        assertThat(status(at(AsOf.occurredBy(day("2025-03-20"))), "celesta-summit-proposal"))
                .isEqualTo(PositionStatus.OPEN);
        assertThat(status(may20, "celesta-summit-proposal")).isEqualTo(PositionStatus.LAPSED);

        Position fishermen = may20.position("borovia-fishermen-offer").orElseThrow();
        assertThat(fishermen.status()).isEqualTo(PositionStatus.PARTLY_FULFILLED);
        assertThat(fishermen.deliveredSoFar()).isEqualByComparingTo("8");
        assertThat(fishermen.quantity()).isEqualTo(Quantity.exactly(20));
        assertThat(status(at(AsOf.occurredBy(day("2025-04-20"))), "borovia-fishermen-offer"))
                .isEqualTo(PositionStatus.OPEN);
    }

    @ParleyStoresTest(today = "2025-06-15")
    @DisplayName("the ledger sums stages per side, counts an undisclosed count as unknown, and keeps a disputed step "
            + "apart from the totals")
    void ledger(@Negotiation(ID) ParleyFixture.Given fixture, Parley store) {
        given(fixture, store);
        NegotiationState april6 = at(AsOf.occurredBy(day("2025-04-06")));
        assertThat(delivered(april6, "Borovia")).isEqualTo(new Delivery("Borovia", 150, false, 0));
        NegotiationState april10 = at(AsOf.occurredBy(day("2025-04-10")));
        assertThat(detainees(april10).delivered()).isEmpty();
        assertThat(detainees(april10).disputed()).containsExactly(new Delivery("Arland", 150, false, 0),
                new Delivery("Borovia", 150, false, 0));

        NegotiationState now = at(AsOf.now());
        assertThat(delivered(now, "Arland")).isEqualTo(new Delivery("Arland", 210, false, 0));
        assertThat(delivered(now, "Borovia")).isEqualTo(new Delivery("Borovia", 0, false, 1));
        assertThat(detainees(now).steps()).filteredOn(s -> s.isDisputed())
                .singleElement().satisfies(s -> {
                    assertThat(s.developmentId()).isEqualTo("stage-1");
                    assertThat(s.disputedBy()).containsExactly("borovia-disputes-stage-1");
                });
    }

    @ParleyStoresTest(today = "2025-06-15")
    @DisplayName("competing figures are all kept with their sources; the denied claim lists its denier")
    void figuresAndClaims(@Negotiation(ID) ParleyFixture.Given fixture, Parley store) {
        given(fixture, store);
        NegotiationState now = at(AsOf.now());
        var figure = now.figure("detainees held by Borovia").orElseThrow();
        assertThat(figure.competing()).isTrue();
        assertThat(figure.versions()).extracting(v -> v.figure())
                .containsExactly(Quantity.exactly(1200), Quantity.about(900), Quantity.exactly(640));
        assertThat(figure.versions().get(1).rootSources()).containsExactly("anonymous diplomats briefed on the talks");
        assertThat(now.claim("corridor-shelling-claim")).hasValueSatisfying(c -> {
            assertThat(c.disputed()).isTrue();
            assertThat(c.deniedBy()).extracting(r -> r.by().name()).containsExactly("Borovia Foreign Ministry");
        });
    }

    @ParleyStoresTest(today = "2025-06-15")
    @DisplayName("the diff between two dates names what changed and which developments caused it")
    void diff(@Negotiation(ID) ParleyFixture.Given fixture, Parley store) {
        given(fixture, store);
        List<Change> changes = parley.diff(ID, AsOf.occurredBy(day("2025-04-01")), AsOf.occurredBy(day("2025-05-20")));

        assertThat(changes).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.POSITION_STATUS_CHANGED);
            assertThat(c.subject()).isEqualTo("borovia-fishermen-offer");
            assertThat(c.field()).isEqualTo("status");
            assertThat(c.from()).isEqualTo(PositionStatus.OPEN);
            assertThat(c.to()).isEqualTo(PositionStatus.PARTLY_FULFILLED);
            assertThat(c.causedBy()).containsExactly("fishermen-returned");
        });
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.POSITION_DELIVERED);
            assertThat(c.subject()).isEqualTo("borovia-fishermen-offer");
            assertThat(List.of(c.from(), c.to())).containsExactly(BigDecimal.ZERO, BigDecimal.valueOf(8));
        });
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.LEDGER_CHANGED);
            assertThat(c.subject()).isEqualTo("exchange-deal/detainees");
            assertThat(c.field()).isEqualTo("delivered");
            assertThat(c.to()).isEqualTo(List.of(new Delivery("Arland", 210, false, 0),
                    new Delivery("Borovia", 0, false, 1)));
            assertThat(c.causedBy()).contains("stage-2");
        });
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.STEP_DISPUTED);
            assertThat(c.subject()).isEqualTo("stage-1");
            assertThat(c.causedBy()).containsExactly("borovia-disputes-stage-1");
        });
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.CLAIM_ADDED);
            assertThat(c.causedBy()).containsExactly("corridor-shelling-claim", "corridor-shelling-denied");
        });
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.ROUND_ADDED);
            assertThat(c.causedBy()).containsExactly("round-3-secret");
        });
        assertThat(changes).noneSatisfy(c -> assertThat(c.subject()).isEqualTo("arland-ceasefire-demand"));

        List<Change> knowledge = parley.diff(ID, AsOf.knownAt(day("2025-05-11")), AsOf.knownAt(day("2025-05-13")));
        assertThat(knowledge).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.POSITION_STATUS_CHANGED);
            assertThat(c.subject()).isEqualTo("arland-ceasefire-demand");
            assertThat(c.from()).isEqualTo(PositionStatus.ACCEPTED);
            assertThat(c.to()).isEqualTo(PositionStatus.OPEN);
            assertThat(c.causedBy()).containsExactly("ceasefire-acceptance-retracted");
        });
        assertThat(knowledge).anySatisfy(c -> assertThat(c.kind()).isEqualTo(Change.Kind.CORRECTION_ADDED));
    }

    @ParleyStoresTest(today = "2025-06-15")
    @DisplayName("the timeline orders by occurrence, stably, and filters by party, type and dates")
    void timeline(@Negotiation(ID) ParleyFixture.Given fixture, Parley store) {
        given(fixture, store);
        List<Development> all = parley.timeline(ID, TimelineQuery.all());
        assertThat(all).hasSize(parley.developments(ID).size());
        assertThat(all).extracting(d -> d.occurred().earliest()).isSorted();
        assertThat(all.subList(0, 4)).extracting(Development::id)
                .containsExactly("opened", "party-arland", "party-borovia", "mediator-celesta");

        assertThat(parley.timeline(ID, TimelineQuery.all().withParty("celesta")))
                .extracting(Development::id)
                .containsExactly("mediator-celesta", "celesta-summit-proposal", "figure-observers");
        assertThat(parley.timeline(ID, TimelineQuery.all().withTypes(java.util.Set.of("offer-made"))
                .between(day("2025-04-01"), day("2025-05-31"))))
                .extracting(Development::id).containsExactly("arland-corridor-offer");
    }
}
