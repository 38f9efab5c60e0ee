package dev.parley.model;

import dev.parley.timeline.Agent;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.ClaimConfirmed;
import dev.parley.timeline.DocumentDelivered;
import dev.parley.timeline.DocumentKind;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.ProposalMade;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.RoundScheduled;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Share;
import dev.parley.timeline.Development;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.PositionKind;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.Round;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The fold (evolve)")
class NegotiationProjectionTest {
    final Sample talks = new Sample("talks");

    NegotiationState given(Development... developments) {
        List<Development> all = new ArrayList<>();
        all.add(talks.opened());
        all.addAll(List.of(developments));
        return NegotiationProjection.fold("talks", all);
    }

    @Test
    @DisplayName("starts from a state that is not opened")
    void initial() {
        NegotiationState state = NegotiationProjection.fold("talks", List.of());
        assertThat(state.isOpened()).isFalse();
        assertThat(state.developmentCount()).isZero();
    }

    @Nested
    @DisplayName("process")
    class Process {
        @Test
        @DisplayName("negotiation-opened sets title and opening date")
        void opened() {
            NegotiationState state = given();
            assertThat(state.title()).isEqualTo("Talks talks");
            assertThat(state.opened()).isEqualTo(PartialDate.parse("2025-05-16"));
        }

        @Test
        @DisplayName("party-joined lists actors by role, in order of joining")
        void joined() {
            NegotiationState state = given(talks.joined("ru", "Russia", PartyRole.PARTY),
                    talks.joined("ua", "Ukraine", PartyRole.PARTY), talks.joined("tr", "Turkey", PartyRole.HOST),
                    talks.joined("tr-mediates", "Turkey", PartyRole.MEDIATOR));
            assertThat(state.participantsIn(PartyRole.PARTY)).containsExactly("Russia", "Ukraine");
            assertThat(state.participantsIn(PartyRole.HOST)).containsExactly("Turkey");
            assertThat(state.participantsIn(PartyRole.MEDIATOR)).containsExactly("Turkey");
            assertThat(state.participantsIn(PartyRole.OBSERVER)).isEmpty();
        }

        @Test
        @DisplayName("applies a repeated join or a second held round as given: the rules refuse them, the fold drops nothing")
        void appliesWithoutNormalising() {
            NegotiationState state = given(talks.joined("ru", "Russia", PartyRole.PARTY),
                    talks.joined("ru-again", "Russia", PartyRole.PARTY),
                    talks.round("r2", 2, "Istanbul", "2025-06-02"), talks.round("r2-again", 2, "Geneva", "2025-06-03"));
            assertThat(state.participants()).extracting(p -> p.developmentId()).containsExactly("ru", "ru-again");
            assertThat(state.rounds()).extracting(Round::developmentId).containsExactly("r2", "r2-again");
        }

        @Test
        @DisplayName("round-scheduled, rescheduled, then round-held with the same number is one round, now held")
        void rounds() {
            NegotiationState state = given(
                    new RoundScheduled(talks.env("r2-planned", "2025-05-20"), 2, "Geneva",
                            PartialDate.parse("2025-05-30")),
                    new RoundScheduled(talks.env("r2-moved", "2025-05-28"), 2, "Istanbul",
                            PartialDate.parse("2025-06-02")),
                    talks.round("r1", 1, "Istanbul", "2025-05-16"),
                    talks.round("r2", 2, "Istanbul", "2025-06-02"));
            assertThat(state.rounds()).hasSize(2);
            assertThat(state.round(2)).hasValueSatisfying(r -> {
                assertThat(r.status()).isEqualTo(Round.Status.HELD);
                assertThat(r.outcome()).isEqualTo("no clear breakthrough");
                assertThat(r.developmentId()).isEqualTo("r2");
            });
        }

        @Test
        @DisplayName("document-delivered keeps the document and what it contains")
        void document() {
            NegotiationState state = given(new DocumentDelivered(talks.env("memo", "2025-06-02"),
                    DocumentKind.MEMORANDUM, "Peace memorandum", "Russia", "Ukraine",
                    List.of("withdrawal from Donetsk")));
            assertThat(state.document("memo")).hasValueSatisfying(d -> {
                assertThat(d.kind()).isEqualTo(DocumentKind.MEMORANDUM);
                assertThat(d.contents()).containsExactly("withdrawal from Donetsk");
            });
        }
    }

    @Nested
    @DisplayName("positions")
    class Positions {
        @Test
        @DisplayName("demands, proposals and offers start OPEN with their kind and deadline")
        void open() {
            NegotiationState state = given(
                    talks.demand("demand", "United States", "Russia", "immediate ceasefire", "2025-05-20"),
                    new ProposalMade(talks.env("proposal", "2025-06-01"), "Ukraine", List.of("Russia"),
                            "leaders' meeting", List.of(), null, null, null),
                    talks.offer("offer", "Russia", "Ukraine", "return 10 children", 10, "2025-06-02", "2025-07-10"));
            assertThat(state.positions()).extracting(p -> p.kind())
                    .containsExactly(PositionKind.DEMAND, PositionKind.PROPOSAL, PositionKind.OFFER);
            assertThat(state.positions()).allMatch(p -> p.status() == PositionStatus.OPEN);
            assertThat(state.position("offer").orElseThrow().deadline().by())
                    .isEqualTo(PartialDate.parse("2025-07-10"));
        }

        @Test
        @DisplayName("a rejection, repeated, keeps every response and the status REJECTED")
        void rejected() {
            NegotiationState state = given(talks.demand("ceasefire", "United States", "Russia", "ceasefire",
                            "2025-05-20"),
                    talks.rejected("no-1", "ceasefire", "Russia", "2025-05-21"),
                    talks.rejected("no-2", "ceasefire", "Russia", "2025-06-02"));
            assertThat(state.position("ceasefire")).hasValueSatisfying(p -> {
                assertThat(p.status()).isEqualTo(PositionStatus.REJECTED);
                assertThat(p.responses()).extracting(r -> r.developmentId()).containsExactly("no-1", "no-2");
            });
        }

        @Test
        @DisplayName("acceptance and withdrawal set their statuses")
        void acceptedAndWithdrawn() {
            NegotiationState state = given(
                    talks.offer("offer", "Russia", "Ukraine", "x", 1, "2025-06-02", null),
                    talks.demand("demand", "Russia", "Ukraine", "y", "2025-06-02"),
                    new ProposalAccepted(talks.env("yes", "2025-06-03"), "offer", "Ukraine", null),
                    new PositionWithdrawn(talks.env("drop", "2025-06-04"), "demand", "Russia", "dropped"));
            assertThat(state.position("offer").orElseThrow().status()).isEqualTo(PositionStatus.ACCEPTED);
            assertThat(state.position("demand").orElseThrow().status()).isEqualTo(PositionStatus.WITHDRAWN);
        }

        @Test
        @DisplayName("a response to a position the state does not hold changes nothing but the counters")
        void tolerant() {
            NegotiationState before = given();
            NegotiationState after = NegotiationProjection.evolve(before,
                    talks.rejected("stray", "missing", "Russia", "2025-06-02"));
            assertThat(after.positions()).isEmpty();
            assertThat(after.developmentCount()).isEqualTo(before.developmentCount() + 1);
        }
    }

    @Nested
    @DisplayName("agreements")
    class Agreements {
        @Test
        @DisplayName("the ledger sums disclosed counts and counts undisclosed steps as unknown, never zero")
        void ledger() {
            NegotiationState state = given(talks.agreement("deal", "pows", "2025-06-02"),
                    talks.step("s1", "deal", "pows", "2025-06-09", new Share("Russia", Quantity.exactly(390)),
                            new Share("Ukraine", Quantity.exactly(390))),
                    talks.step("s2", "deal", "pows", "2025-06-10", new Share("Russia", Quantity.atLeast(300)),
                            new Share("Ukraine", Quantity.undisclosed())));
            var ledger = state.agreement("deal").orElseThrow().provision("pows").orElseThrow();
            assertThat(ledger.steps()).hasSize(2);
            assertThat(ledger.delivered()).containsExactly(
                    new Delivery("Russia", 690, true, 0),
                    new Delivery("Ukraine", 390, false, 1));
            assertThat(ledger.delivered().get(1).isExact()).isFalse();
            assertThat(ledger.target()).extracting(Share::quantity)
                    .containsExactly(Quantity.exactly(1000), Quantity.exactly(1000));
        }
    }

    @Nested
    @DisplayName("claims, statements and sources")
    class ClaimsAndSources {
        @Test
        @DisplayName("a denied claim is disputed and keeps the denier's words; confirmations are kept beside")
        void disputed() {
            NegotiationState state = given(talks.claim("claim", "Ukraine", "children abducted", "2025-06-01"),
                    talks.denied("denial", "claim", "Vladimir Medinsky", "2025-06-02"),
                    new ClaimConfirmed(talks.env("confirm", "2025-06-03"), "claim",
                            Agent.named("Ombudsman", null, null), null));
            assertThat(state.claim("claim")).hasValueSatisfying(c -> {
                assertThat(c.disputed()).isTrue();
                assertThat(c.deniedBy()).singleElement().satisfies(r -> {
                    assertThat(r.by().name()).isEqualTo("Vladimir Medinsky");
                    assertThat(r.quote()).isEqualTo("propaganda");
                });
                assertThat(c.confirmedBy()).extracting(r -> r.by().name()).containsExactly("Ombudsman");
            });
        }

        @Test
        @DisplayName("statements are kept in order with speaker and words")
        void statements() {
            NegotiationState state = given(talks.statement("s1", "Rustem Umerov", "usual", "2025-06-02"));
            assertThat(state.statements()).singleElement().satisfies(s -> {
                assertThat(s.speaker().name()).isEqualTo("Rustem Umerov");
                assertThat(s.quote()).isEqualTo("usual");
            });
        }

        @Test
        @DisplayName("corroboration counts attributions, distinct root sources, anonymous and on-record")
        void corroboration() {
            Attribution viaUmerov = new Attribution("UNN", null, LocalDate.of(2025, 6, 2),
                    List.of(Agent.outlet("Axios"), Agent.named("Rustem Umerov", null, "Ukraine")));
            Attribution directUmerov = new Attribution("Reuters", null, null,
                    List.of(Agent.named("Rustem Umerov", null, "Ukraine")));
            Attribution anonymous = new Attribution("Axios", null, null,
                    List.of(Agent.anonymous("Ukrainian officials", "Ukraine", 2)));
            NegotiationState state = given(new DocumentDelivered(talks.env("memo", "2025-06-02")
                    .withSource(viaUmerov).withSource(directUmerov).withSource(anonymous),
                    DocumentKind.MEMORANDUM, null, "Russia", "Ukraine", List.of()));
            assertThat(state.corroborationOf("memo")).hasValueSatisfying(c -> {
                assertThat(c.sources()).hasSize(3);
                assertThat(c.rootSources()).containsExactly("Rustem Umerov",
                        "anonymous Ukrainian officials (Ukraine)");
                assertThat(c.anonymous()).isEqualTo(1);
                assertThat(c.onRecord()).isEqualTo(2);
            });
            assertThat(state.corroborationOf("opened")).isEmpty();
        }
    }

    @Nested
    @DisplayName("replay with corrections")
    class Corrections {
        final RoundHeld held = talks.round("r1", 1, "Istanbul", "2025-05-16");
        final ReportCorrected moved = new ReportCorrected(talks.env("fix", "2025-05-20"), "r1",
                talks.round("r1", 1, "Geneva", "2025-05-16"), "wrong city");

        NegotiationState now(Development... developments) {
            List<Development> all = new ArrayList<>();
            all.add(talks.opened());
            all.addAll(List.of(developments));
            return NegotiationProjection.foldAsOf("talks", all, AsOf.now());
        }

        @Test
        @DisplayName("the newest correction stands in for the development")
        void corrected() {
            ReportCorrected again = new ReportCorrected(talks.env("fix-2", "2025-05-21"), "r1",
                    talks.round("r1", 1, "Doha", "2025-05-16"), null);
            assertThat(now(held, moved).round(1).orElseThrow().venue()).isEqualTo("Geneva");
            assertThat(now(held, moved, again).round(1).orElseThrow().venue()).isEqualTo("Doha");
        }

        @Test
        @DisplayName("a retracted correction no longer applies")
        void retractedCorrection() {
            NegotiationState state = now(held, moved,
                    new ReportRetracted(talks.env("unfix", "2025-05-22"), "fix", "the first report was right"));
            assertThat(state.round(1).orElseThrow().venue()).isEqualTo("Istanbul");
        }

        @Test
        @DisplayName("a retracted retraction restores the development")
        void retractedRetraction() {
            ReportRetracted retraction = new ReportRetracted(talks.env("retraction", "2025-05-22"), "r1", null);
            assertThat(now(held, retraction).round(1)).isEmpty();
            assertThat(now(held, retraction, new ReportRetracted(talks.env("retraction-2", "2025-05-23"),
                    "retraction", "it did take place")).round(1)).isPresent();
        }
    }
}
