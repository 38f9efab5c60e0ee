package dev.parley.examples;

import dev.parley.test.Negotiation;
import dev.parley.test.ParleyFixture;
import dev.parley.test.ParleyStoresTest;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.Vote;
import dev.parley.timeline.state.Action;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.AgreementStatus;
import dev.parley.timeline.state.Allegation;
import dev.parley.timeline.state.Corroboration;
import dev.parley.timeline.state.Figure;
import dev.parley.timeline.state.FigureVersion;
import dev.parley.timeline.state.LifeEvent;
import dev.parley.timeline.state.Meeting;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.ProvisionStatus;
import dev.parley.timeline.state.Ratification;
import dev.parley.timeline.state.Reaction;
import dev.parley.timeline.state.Round;
import dev.parley.timeline.state.Version;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static dev.parley.examples.States.*;
import static dev.parley.test.ParleyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The 2023 negotiations of the Writers Guild of America with the AMPTP as public reporting told them
 * (examples/data/wga-amptp-2023.json): a labour negotiation, replayed at dates on both axes. Every check runs on
 * every store.
 */
@DisplayName("The WGA and the AMPTP, 2023: contract, strike, deal")
class WgaAmptpSpecificationTest {
    static final Path FILE = Path.of("data/wga-amptp-2023.json");
    static final String TALKS = "wga-amptp-2023";
    static final String WGA = "WGA";
    static final String AMPTP = "AMPTP";
    static final String MBA_2020 = "wga-mba-2020";
    static final String MBA_2023 = "wga-tentative-agreement-2023-09-24";
    static final String STRIKE = "wga-strike-begins-2023-05-02";
    static final String PATTERN = "wga-pattern-of-demands-put-to-members-2023-02-27";
    static final String OFFER_11_AUGUST = "wga-amptp-aug11-offer-2023-08-11";

    @Nested
    @DisplayName("19 March 2023, the eve of bargaining")
    class BeforeBargaining {
        @ParleyStoresTest
        @DisplayName("the 2020 contract runs to 1 May; round 1 is set for 20 March; the members had approved the "
                + "pattern of demands on 7 March, which was reported only in September")
        void patternApprovedUnreported(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(occurredBy("2023-03-19")).then()
                    .state(state -> {
                        assertThat(state).hasParticipant(WGA, PartyRole.PARTY).hasParticipant(AMPTP, PartyRole.PARTY);
                        Agreement contract = agreement(state, MBA_2020);
                        assertThat(contract.status()).isEqualTo(AgreementStatus.IN_FORCE);
                        assertThat(contract.expires()).hasToString("2023-05-01");
                        Round first = state.round(1).orElseThrow();
                        assertThat(first.status()).isEqualTo(Round.Status.SCHEDULED);
                        assertThat(first.date()).hasToString("2023-03-20");
                        assertThat(corroboration(state, "wga-amptp-sets-start-date-2023-02-22").versions())
                                .extracting(Version::field, Version::value).containsExactly(tuple("date", "2023-03"));
                        assertThat(state).hasPosition(PATTERN).withStatus(PositionStatus.ACCEPTED);
                    })
                    .stateAsOf(knownAt("2023-03-19"), state -> assertThat(state).hasPosition(PATTERN)
                            .withStatus(PositionStatus.OPEN));
        }
    }

    @Nested
    @DisplayName("4 April 2023, talks under way")
    class TalksUnderWay {
        @ParleyStoresTest
        @DisplayName("round 1 was held on 20 March, first reported on 5 April; the guild's package, tabled some "
                + "time between 20 March and 1 May, is neither in nor out on 4 April and unknown until 2 May")
        void aPackageOfUncertainDate(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(occurredBy("2023-04-04")).then()
                    .state(state -> {
                        assertThat(state.round(1).orElseThrow().status()).isEqualTo(Round.Status.HELD);
                        Round second = state.round(2).orElseThrow();
                        assertThat(second.status()).isEqualTo(Round.Status.SCHEDULED);
                        assertThat(second.date().earliest()).isEqualTo(LocalDate.of(2023, 4, 17));
                        assertThat(state.uncertain()).contains("wga-p-minimums-2023", "wga-p-staffing-2023",
                                "wga-p-ai-2023");
                        assertThat(state.position("wga-p-minimums-2023")).isEmpty();
                    })
                    .stateAsOf(knownAt("2023-04-04"), state -> {
                        assertThat(state.round(1).orElseThrow().status()).isEqualTo(Round.Status.SCHEDULED);
                        assertThat(state.round(2)).isEmpty();
                        assertThat(state.position("wga-p-minimums-2023")).isEmpty();
                        assertThat(state.uncertain()).doesNotContain("wga-p-minimums-2023");
                    })
                    .stateAsOf(occurredBy("2023-04-05"), state -> assertThat(state.round(2).orElseThrow().date())
                            .hasToString("2023-04-05"));
        }
    }

    @Nested
    @DisplayName("17 and 18 April 2023, the strike vote")
    class StrikeVote {
        @ParleyStoresTest
        @DisplayName("members authorise a strike: 97.85% per the guild, 98% in the Los Angeles Times's rounding")
        void authorised(@Negotiation(TALKS) ParleyFixture.Given talks) {
            ParleyFixture.Then then = talks.givenFile(FILE).whenAsOf(occurredBy("2023-04-18")).then();
            for (AsOf cut : List.of(occurredBy("2023-04-18"), knownAt("2023-04-18"))) {
                then.stateAsOf(cut, state -> {
                    assertThat(state).hasPosition("wga-strike-authorisation-put-2023-04-03")
                            .withStatus(PositionStatus.ACCEPTED);
                    assertThat(values(figure(state, "strike authorisation, share voting yes")))
                            .containsExactly(Quantity.exactly("97.85").withUnit("per cent"),
                                    Quantity.about("98").withUnit("per cent"));
                    assertThat(agreement(state, MBA_2020).status()).isEqualTo(AgreementStatus.IN_FORCE);
                    assertThat(state.actions()).isEmpty();
                });
            }
        }
    }

    @Nested
    @DisplayName("1 and 2 May 2023, expiry and strike")
    class ExpiryAndStrike {
        @ParleyStoresTest
        @DisplayName("the 2020 contract lapses; the strike begins; staffing, duration, the viewership residual "
                + "and AI are rejected; the 4/3/2 counter, rejected by the guild, was public only on 4 May")
        void onStrike(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(occurredBy("2023-05-02")).then()
                    .state(state -> {
                        Agreement contract = agreement(state, MBA_2020);
                        assertThat(contract.status()).isEqualTo(AgreementStatus.TERMINATED);
                        assertThat(contract.events()).extracting(LifeEvent::kind, LifeEvent::by)
                                .containsExactly(tuple(LifeEvent.Kind.TERMINATED, null));
                        assertThat(contract.provisions()).extracting(ProvisionLedger::status)
                                .containsOnly(ProvisionStatus.TERMINATED);
                        assertThat(state).hasAction(STRIKE).isOngoing();
                        Action strike = state.action(STRIKE).orElseThrow();
                        assertThat(strike.by()).containsExactly(WGA);
                        assertThat(strike.against()).containsExactly(AMPTP);
                        assertThat(strike.started()).hasToString("2023-05-02");
                        for (String rejected : List.of("wga-p-staffing-2023", "wga-p-duration-2023",
                                "wga-p-viewership-2023", "wga-p-ai-2023")) {
                            assertThat(state).hasPosition(rejected).withStatus(PositionStatus.REJECTED)
                                    .rejectedBy(AMPTP);
                        }
                        assertThat(state).hasPosition("wga-p-minimums-2023").withStatus(PositionStatus.OPEN);
                        assertThat(state).hasOffer("wga-amptp-wage-counter-4-3-2-2023-05-01")
                                .withStatus(PositionStatus.REJECTED).rejectedBy(WGA);
                    })
                    .stateAsOf(knownAt("2023-05-02"), state -> {
                        assertThat(state.position("wga-amptp-wage-counter-4-3-2-2023-05-01")).isEmpty();
                        assertThat(corroboration(state, "wga-publishes-proposals-chart-2023-05-02").disputes())
                                .isEmpty();
                        assertThat(state.action(STRIKE).orElseThrow().status()).isEqualTo(Action.Status.ONGOING);
                    })
                    .stateAsOf(knownAt("2023-05-04"), state -> assertThat(
                            corroboration(state, "wga-publishes-proposals-chart-2023-05-02").disputes())
                            .extracting(Reaction::developmentId)
                            .containsExactly("wga-amptp-publishes-its-account-2023-05-04"));
        }
    }

    @Nested
    @DisplayName("11 to 14 July 2023, a second strike")
    class SecondStrike {
        @ParleyStoresTest
        @DisplayName("SAG-AFTRA strikes from 13 July (pickets from 14 July); anonymous studio executives' "
                + "'endgame' is disowned by the AMPTP the next day")
        void actorsToo(@Negotiation(TALKS) ParleyFixture.Given talks) {
            String endgame = "wga-anon-execs-endgame-2023-07-11";
            talks.givenFile(FILE).whenAsOf(occurredBy("2023-07-14")).then()
                    .state(state -> {
                        assertThat(state.ongoing("strike")).extracting(Action::id)
                                .containsExactly(STRIKE, "wga-sag-aftra-strike-2023-07-13");
                        assertThat(state).hasParticipant("SAG-AFTRA", PartyRole.THIRD_PARTY);
                        assertThat(corroboration(state, "wga-sag-aftra-strike-2023-07-13").versions())
                                .extracting(Version::value).containsExactly("2023-07-14");
                        assertThat(state).hasDisputedClaim(endgame).deniedBy("AMPTP");
                        assertThat(corroboration(state, endgame).anonymous()).isEqualTo(3);
                    })
                    .stateAsOf(knownAt("2023-07-11"), state -> assertThat(state.claim(endgame).orElseThrow()
                            .disputed()).isFalse());
        }
    }

    @Nested
    @DisplayName("4 to 23 August 2023, talks again")
    class TalksAgain {
        @ParleyStoresTest
        @DisplayName("the AMPTP's counterproposal of 11 August was known only as such until it published the "
                + "terms on 22 August, which the guild rejected that night")
        void termsKnownLater(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(knownAt("2023-08-12")).then()
                    .state(state -> {
                        assertThat(state).hasOffer(OFFER_11_AUGUST).withStatus(PositionStatus.OPEN).by(AMPTP);
                        assertThat(state.position(OFFER_11_AUGUST).orElseThrow().terms())
                                .contains("not made public");
                        assertThat(state).hasMeeting("wga-lombardini-requests-meeting-2023-08-01")
                                .proposedBy(AMPTP).withStatus(Meeting.Status.HELD).heldIn("wga-aug4-meeting-2023-08-04");
                        assertThat(state).hasMeeting("wga-aug11-session-scheduled-2023-08-10")
                                .withStatus(Meeting.Status.HELD);
                        assertThat(agreement(state, "wga-press-blackout-2023-08").allegations())
                                .extracting(Allegation::by, Allegation::against, Allegation::provision)
                                .containsExactly(tuple(WGA, AMPTP, "blackout"));
                        assertThat(state.uncertain()).as("an estimate dated only to August")
                                .contains("wga-holmes-3bn-estimate-2023-08");
                    })
                    .stateAsOf(knownAt("2023-08-23"), state -> {
                        assertThat(state).hasOffer(OFFER_11_AUGUST).withStatus(PositionStatus.REJECTED)
                                .rejectedBy(WGA);
                        assertThat(state.position(OFFER_11_AUGUST).orElseThrow().terms())
                                .contains("5% / 4% / 3.5%", "two-writer staffing minimum");
                        assertThat(values(figure(state, "the AMPTP's wage offer, the best in this many years "
                                + "(years)"))).containsExactly(new Quantity(25, Quantity.Qualifier.AT_LEAST),
                                Quantity.exactly(35));
                    });
        }

        @ParleyStoresTest
        @DisplayName("the guild's answer of 15 August was public only on 20 September; the CEO meeting of 22 "
                + "August is dated 21 August by some")
        void answerKnownLater(@Negotiation(TALKS) ParleyFixture.Given talks) {
            String answer = "wga-responds-to-aug11-offer-2023-08-15";
            talks.givenFile(FILE).whenAsOf(occurredBy("2023-08-23")).then()
                    .state(state -> {
                        assertThat(state).hasPosition(answer).withStatus(PositionStatus.OPEN).by(WGA);
                        assertThat(meeting(state, "wga-ceo-meeting-invitation-2023-08-21").status())
                                .isEqualTo(Meeting.Status.HELD);
                        assertThat(corroboration(state, "wga-ceo-meeting-2023-08-22").versions()).isEmpty();
                    })
                    .stateAsOf(knownAt("2023-08-23"), state -> assertThat(state.position(answer)).isEmpty())
                    .stateAsOf(occurredBy("2023-10-01"), state -> assertThat(
                            corroboration(state, "wga-ceo-meeting-2023-08-22").versions())
                            .as("the other date came with the September reports").extracting(Version::value)
                            .containsExactly("2023-08-21"));
        }
    }

    @Nested
    @DisplayName("8 September 2023, whose turn")
    class WhoseTurn {
        @ParleyStoresTest
        @DisplayName("the guild says one offer only and studios willing to deal alone; the AMPTP denies both and "
                + "rejects bargaining outside it")
        void deniedBothWays(@Negotiation(TALKS) ParleyFixture.Given talks) {
            ParleyFixture.Then then = talks.givenFile(FILE).whenAsOf(occurredBy("2023-09-09")).then();
            for (AsOf cut : List.of(occurredBy("2023-09-09"), knownAt("2023-09-09"))) {
                then.stateAsOf(cut, state -> {
                    assertThat(state).hasDisputedClaim("wga-claims-only-one-offer-2023-09-08").deniedBy("AMPTP");
                    assertThat(state).hasDisputedClaim("wga-claims-studios-willing-separately-2023-09-08")
                            .deniedBy("AMPTP");
                    assertThat(state).hasPosition("wga-proposes-deals-outside-amptp-2023-09-08")
                            .withStatus(PositionStatus.REJECTED).rejectedBy(AMPTP);
                    assertThat(corroboration(state, "wga-amptp-offers-aug17-18-2023-08-17").disputes())
                            .extracting(Reaction::developmentId)
                            .containsExactly("wga-claims-only-one-offer-2023-09-08");
                    assertThat(state.action(STRIKE).orElseThrow().status()).isEqualTo(Action.Status.ONGOING);
                });
            }
        }
    }

    @Nested
    @DisplayName("24 to 27 September 2023, the deal")
    class TheDeal {
        @ParleyStoresTest
        @DisplayName("a tentative agreement on 24 September to 1 May 2026, the strike still on until 27 September; "
                + "the leadership recommends it to the members on 26 September and the strike ends on 27 September")
        void tentative(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(occurredBy("2023-09-25")).then()
                    .state(state -> {
                        Agreement deal = agreement(state, MBA_2023);
                        assertThat(deal.status()).as("a tentative agreement, waiting for the members' vote")
                                .isEqualTo(AgreementStatus.PENDING_APPROVAL);
                        assertThat(deal.expires()).hasToString("2026-05-01");
                        assertThat(deal.ratifications()).isEmpty();
                        assertThat(provision(state, MBA_2023, "mba23-wages").deadline().by()).hasToString("2025-05-02");
                        assertThat(deal.provisions()).extracting(ProvisionLedger::status)
                                .containsOnly(ProvisionStatus.OPEN);
                        assertThat(state.action(STRIKE).orElseThrow().status()).isEqualTo(Action.Status.ONGOING);
                        assertThat(state).hasPosition("wga-p-ai-credit-2023").withStatus(PositionStatus.ACCEPTED);
                        assertThat(corroboration(state, MBA_2023).versions()).isEmpty();
                    })
                    .stateAsOf(occurredBy("2023-09-27"), state -> {
                        assertThat(state).hasAction(STRIKE).endedOn("2023-09-27T00:01[America/Los_Angeles]");
                        assertThat(state.action(STRIKE).orElseThrow().status()).isEqualTo(Action.Status.ENDED);
                        assertThat(agreement(state, MBA_2023).ratifications()).extracting(Ratification::by)
                                .containsExactly("WGA leadership (Negotiating Committee, WGAW Board, WGAE Council)");
                        assertThat(agreement(state, MBA_2023).status())
                                .as("the leadership only recommended it to the members")
                                .isEqualTo(AgreementStatus.PENDING_APPROVAL);
                        assertThat(values(figure(state, "length of the writers' strike (days)")))
                                .as("148, 146, and ABC's early 184 as corrected to 148")
                                .containsExactly(Quantity.exactly(148), Quantity.exactly(146), Quantity.exactly(148));
                        assertThat(state.ongoing("strike")).extracting(Action::id)
                                .containsExactly("wga-sag-aftra-strike-2023-07-13");
                    });
        }
    }

    @Nested
    @DisplayName("9 October 2023, ratified")
    class Ratified {
        @ParleyStoresTest
        @DisplayName("members ratify by 99% (more than 99% in one report), after the leadership's approval of 26 "
                + "September (25 September in a report of 3 October); the actors stay on strike")
        void ratified(@Negotiation(TALKS) ParleyFixture.Given talks) {
            ParleyFixture.Then then = talks.givenFile(FILE).whenAsOf(occurredBy("2023-10-10")).then();
            for (AsOf cut : List.of(occurredBy("2023-10-10"), knownAt("2023-10-10"))) {
                then.stateAsOf(cut, state -> {
                    assertThat(state).hasAgreement(MBA_2023).between(WGA, AMPTP).withStatus(AgreementStatus.IN_FORCE)
                            .ratifiedBy("WGA members").expiresOn("2026-05-01");
                    Agreement deal = agreement(state, MBA_2023);
                    assertThat(deal.ratifications()).extracting(Ratification::by).containsExactly(
                            "WGA leadership (Negotiating Committee, WGAW Board, WGAE Council)", "WGA members");
                    assertThat(deal.ratifications().get(1).result()).contains("8,435 yes and 90 no");
                    assertThat(deal.ratifications().get(1).vote()).isEqualTo(Vote.passed(true)
                            .withFor(Quantity.exactly(8435).withUnit("votes"))
                            .withAgainst(Quantity.exactly(90).withUnit("votes")));
                    assertThat(corroboration(state, "wga-leadership-approves-deal-2023-09-26").versions())
                            .as("a report of 3 October dates the leadership's votes to 25 September")
                            .extracting(Version::value).containsExactly("2023-09-25");
                    assertThat(corroboration(state, "wga-members-ratify-2023-10-09").confirmations())
                            .extracting(Reaction::developmentId).containsExactly("wga-amptp-congratulates-2023-10-09");
                    assertThat(state).hasCompetingFigures("ratification, share voting yes (percent)");
                    assertThat(state.ongoing("strike")).extracting(Action::id)
                            .containsExactly("wga-sag-aftra-strike-2023-07-13");
                    assertThat(agreement(state, MBA_2020).status()).isEqualTo(AgreementStatus.TERMINATED);
                });
            }
            then.stateAsOf(occurredBy("2023-11-01"), state -> assertThat(corroboration(state, MBA_2023).versions())
                    .as("TODAY.com's later date of the deal").extracting(Version::value).containsExactly("2023-09-26"));
        }
    }
}
