package dev.parley.examples;

import dev.parley.test.Negotiation;
import dev.parley.test.ParleyFixture;
import dev.parley.test.ParleyStoresTest;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.state.Action;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.AgreementStatus;
import dev.parley.timeline.state.Allegation;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.Extension;
import dev.parley.timeline.state.Meeting;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.ProvisionStatus;
import dev.parley.timeline.state.ProvisionSuspension;
import dev.parley.timeline.state.Round;
import dev.parley.timeline.state.Version;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static dev.parley.examples.States.*;
import static dev.parley.test.ParleyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The 2025 trade talks between the United States and China as public reporting told them
 * (examples/data/us-china-trade-talks-2025.json): tariffs raised and suspended, a truce extended twice, export
 * controls on both sides, soybeans promised against soybeans bought, and each side's account of what was agreed,
 * replayed at dates on both axes. Every check runs on every store.
 */
@DisplayName("The US–China trade talks, 2025: escalation, truce, extensions, Busan")
class UsChinaTradeTalksSpecificationTest {
    static final Path FILE = Path.of("data/us-china-trade-talks-2025.json");
    static final String TALKS = "us-china-trade-talks-2025";
    static final String US = "United States";
    static final String CHINA = "China";
    static final String POINTS = "percentage points";
    static final String PER_CENT = "per cent";
    static final String TONNES = "tonnes";
    static final String GENEVA = "usc-geneva-joint-statement-2025-05-12";
    static final String LONDON = "usc-london-framework-2025-06-10";
    static final String KUALA_LUMPUR = "usc-kuala-lumpur-arrangements-2025-10-30";
    static final String ULTIMATUM = "usc-us-withdraw-34-ultimatum-2025-04-07";
    static final String THREAT_100 = "usc-us-100-tariff-threat-2025-10-10";
    static final String ADDITIONAL_50 = "usc-us-additional-50-2025-04-09";
    static final String VIOLATED = "usc-trump-china-violated-2025-05-30";
    static final String RATE_10_APRIL = "US additional tariffs on Chinese goods from 10 April 2025";
    static final String RATE_LONDON = "US tariffs on Chinese goods after the London framework";
    static final String SOYBEANS_BOUGHT = "US soybeans bought by China since the Busan meeting, early December 2025";

    @Nested
    @DisplayName("2 and 3 April 2025, 'Liberation Day'")
    class LiberationDay {
        @ParleyStoresTest
        @DisplayName("a 34 % reciprocal tariff on top of the 20 % fentanyl tariffs, 54 % in all; China has not yet "
                + "answered")
        void reciprocalTariff(@Negotiation(TALKS) ParleyFixture.Given talks) {
            ParleyFixture.Then then = talks.givenFile(FILE).whenAsOf(occurredBy("2025-04-03")).then();
            for (AsOf cut : List.of(occurredBy("2025-04-03"), knownAt("2025-04-03"))) {
                then.stateAsOf(cut, state -> {
                    assertThat(state).hasParticipant(US, PartyRole.PARTY).hasParticipant(CHINA, PartyRole.PARTY);
                    assertThat(state).hasAction("usc-us-reciprocal-34-2025-04-02").isOngoing();
                    assertThat(state.ongoing("tariff")).extracting(Action::id).containsExactly(
                            "usc-us-fentanyl-tariff-2025-02-04", "usc-cn-february-countermeasures-2025-02-10",
                            "usc-us-reciprocal-34-2025-04-02");
                    assertThat(values(figure(state, "US additional tariffs on Chinese goods announced on 2 April "
                            + "2025"))).singleElement().satisfies(rate -> {
                                assertThat(rate.value()).isEqualByComparingTo("54");
                                assertThat(rate.unit()).isEqualTo(PER_CENT);
                            });
                    assertThat(state.action("usc-cn-retaliation-34-2025-04-04")).isEmpty();
                });
            }
        }
    }

    @Nested
    @DisplayName("7 to 9 April 2025, the ultimatum")
    class Ultimatum {
        @ParleyStoresTest
        @DisplayName("withdraw the 34 % by 8 April or face 50 % more: open on its last day, rejected on 9 April by "
                + "China's 84 %; the 50 % is in force from 12:01 a.m. in Washington on 9 April")
        void rejectedByRetaliation(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(occurredBy("2025-04-08")).then()
                    .state(state -> {
                        assertThat(state).hasDemand(ULTIMATUM).withStatus(PositionStatus.OPEN).by(US)
                                .withDeadline("2025-04-08");
                        assertThat(state.action(ADDITIONAL_50)).isEmpty();
                    })
                    .stateAsOf(occurredBy("2025-04-09"), state -> {
                        assertThat(state).hasAction(ADDITIONAL_50).isOngoing();
                        var started = state.action(ADDITIONAL_50).orElseThrow().started();
                        assertThat(started.zone()).contains(ZoneId.of("America/New_York"));
                        assertThat(started.from()).isEqualTo(Instant.parse("2025-04-09T04:01:00Z"));
                        assertThat(state).hasDemand(ULTIMATUM).withStatus(PositionStatus.REJECTED)
                                .rejectedBy(CHINA);
                        assertThat(state.ongoing("tariff")).filteredOn(action -> action.by().contains(CHINA))
                                .extracting(Action::id).containsExactly(
                                        "usc-cn-february-countermeasures-2025-02-10",
                                        "usc-cn-retaliation-34-2025-04-04", "usc-cn-retaliation-84-2025-04-09");
                        assertThat(values(figure(state, "US additional tariffs on Chinese goods from 9 April 2025")))
                                .containsExactly(perCent("104"));
                    });
        }
    }

    @Nested
    @DisplayName("9 to 12 April 2025, 145 % and 125 %")
    class TopOfTheEscalation {
        @ParleyStoresTest
        @DisplayName("the White House counts 145 %, Trump's post 125 % without the fentanyl tariff; China stops at "
                + "125 %; on 9 April only Trump's figure was public")
        void competingRates(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(occurredBy("2025-04-12")).then()
                    .state(state -> {
                        assertThat(figure(state, RATE_10_APRIL).competing()).isTrue();
                        assertThat(values(figure(state, RATE_10_APRIL)))
                                .containsExactlyInAnyOrder(perCent("145"), perCent("125"));
                        assertThat(values(figure(state, "Chinese additional tariffs on US goods from 12 April 2025")))
                                .containsExactly(perCent("125"));
                        assertThat(state).hasAction("usc-cn-retaliation-125-2025-04-11").isOngoing();
                    })
                    .stateAsOf(knownAt("2025-04-09"), state -> {
                        assertThat(values(figure(state, RATE_10_APRIL))).containsExactly(perCent("125"));
                        assertThat(state.action("usc-cn-retaliation-125-2025-04-11")).isEmpty();
                    });
        }
    }

    @Nested
    @DisplayName("10 to 14 May 2025, Geneva")
    class Geneva {
        @ParleyStoresTest
        @DisplayName("the joint statement suspends 24 points on each side for 90 days to 12 August and removes the "
                + "April increases by 14 May; unknown the day before")
        void jointStatement(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(occurredBy("2025-05-12")).then()
                    .state(state -> {
                        assertThat(state).hasRound(1).withStatus(Round.Status.HELD).heldOn("2025-05-11");
                        assertThat(state).hasMeeting("usc-geneva-meeting-announced-2025-05-06")
                                .withStatus(Meeting.Status.HELD).heldIn("usc-round-geneva-2025-05-11");
                        assertThat(state).hasAgreement(GENEVA).between(US, CHINA)
                                .withStatus(AgreementStatus.IN_FORCE).expiresOn("2025-08-12");
                        assertThat(state).hasAgreement(GENEVA).withProvision("us-reciprocal-24")
                                .withStatus(ProvisionStatus.OPEN).withDeadline("2025-05-14");
                    })
                    .stateAsOf(knownAt("2025-05-11"), state -> assertThat(state.agreement(GENEVA)).isEmpty());
        }

        @ParleyStoresTest
        @DisplayName("on 14 May each side suspends 24 points of its tariff and removes the April increases: 30 % on "
                + "Chinese goods, 10 % on US goods")
        void applied(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(occurredBy("2025-05-14")).then().state(state -> {
                for (String side : List.of(US, CHINA)) {
                    String provision = (side.equals(US) ? "us" : "cn") + "-reciprocal-24";
                    assertThat(provision(state, GENEVA, provision).status()).isEqualTo(ProvisionStatus.SUSPENDED);
                    assertThat(provision(state, GENEVA, provision).suspensions())
                            .extracting(ProvisionSuspension::by, ProvisionSuspension::until)
                            .containsExactly(tuple(side, null));
                }
                assertThat(agreement(state, GENEVA).status()).isEqualTo(AgreementStatus.IN_FORCE);
                assertThat(state).hasAgreement(GENEVA).withProvision("us-remove-april-increases")
                        .withStatus(ProvisionStatus.FULFILLED).hasDelivered(US, POINTS, 91);
                assertThat(state).hasAgreement(GENEVA).withProvision("cn-remove-april-increases")
                        .withStatus(ProvisionStatus.FULFILLED).hasDelivered(CHINA, POINTS, 91);
                assertThat(values(figure(state, "US additional tariffs on Chinese goods from 14 May 2025")))
                        .containsExactly(perCent("30"));
                assertThat(values(figure(state, "Chinese additional tariffs on US goods from 14 May 2025")))
                        .containsExactly(perCent("10"));
            });
        }
    }

    @Nested
    @DisplayName("30 May to 3 June 2025, each side accuses the other")
    class Accusations {
        @ParleyStoresTest
        @DisplayName("Trump's 'totally violated' is denied by China's commerce and foreign ministries; each side "
                + "alleges the other broke Geneva; the US dispute takes China's step out of the non-tariff provision")
        void sideBySide(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(knownAt("2025-06-03")).then()
                    .state(state -> {
                        assertThat(state).hasDisputedClaim(VIOLATED).claimedBy("Donald Trump")
                                .deniedBy("Ministry of Commerce spokesperson").deniedBy("Lin Jian");
                        assertThat(agreement(state, GENEVA).allegations())
                                .extracting(Allegation::by, Allegation::against, Allegation::provision)
                                .containsExactly(tuple(CHINA, US, null), tuple(US, CHINA, "cn-non-tariff"),
                                        tuple(CHINA, US, null));
                        assertThat(state).hasDisputed("usc-us-alleges-slow-rolling-2025-05-30")
                                .disputedBy("Ministry of Commerce spokesperson");
                        assertThat(state).hasDisputed("usc-cn-suspends-entity-measures-2025-05-14").disputedBy(US);
                        assertThat(state).hasAgreement(GENEVA).withProvision("cn-non-tariff")
                                .withStatus(ProvisionStatus.OVERDUE);
                        assertThat(agreement(state, GENEVA).status()).isEqualTo(AgreementStatus.IN_FORCE);
                    })
                    .stateAsOf(knownAt("2025-05-31"), state -> assertThat(state.claim(VIOLATED).orElseThrow()
                            .disputed()).isFalse())
                    .stateAsOf(knownAt("2025-05-29"), state -> {
                        assertThat(state.claim(VIOLATED)).isEmpty();
                        assertThat(state).hasAgreement(GENEVA).withProvision("cn-non-tariff")
                                .withStatus(ProvisionStatus.FULFILLED);
                    });
        }
    }

    @Nested
    @DisplayName("5 to 11 June 2025, the call and London")
    class London {
        @ParleyStoresTest
        @DisplayName("the round proposed in the leaders' call is held in London; the framework is reached pending "
                + "both presidents' approval, approved by the United States on 25 June and by China on 27 June; "
                + "Trump claims 55 %, later reporting counts 30 %")
        void framework(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(knownAt("2025-06-11")).then()
                    .state(state -> {
                        assertThat(state).hasMeeting("usc-next-round-proposed-2025-06-05")
                                .withStatus(Meeting.Status.HELD).heldIn("usc-round-london-2025-06-10");
                        assertThat(state).hasMeeting("usc-xi-invites-trump-2025-06-05")
                                .withStatus(Meeting.Status.PROPOSED);
                        assertThat(state).hasAgreement(LONDON).withStatus(AgreementStatus.PENDING_APPROVAL)
                                .withProvision("cn-magnet-licences").withStatus(ProvisionStatus.OPEN);
                        assertThat(state).hasAgreement(GENEVA).withProvision("mechanism")
                                .withStatus(ProvisionStatus.FULFILLED);
                        assertThat(state).hasCorroboration(LONDON).confirmedBy("Li Chenggang");
                        assertThat(values(figure(state, RATE_LONDON))).containsExactly(perCent("55"));
                    })
                    .stateAsOf(occurredBy("2025-06-24"), state -> assertThat(state).hasAgreement(LONDON)
                            .withStatus(AgreementStatus.PENDING_APPROVAL))
                    .stateAsOf(knownAt("2025-06-26"), state -> assertThat(state).hasAgreement(LONDON)
                            .ratifiedBy(US).withStatus(AgreementStatus.IN_FORCE))
                    .stateAsOf(knownAt("2025-06-27"), state -> {
                        assertThat(state).hasAgreement(LONDON).ratifiedBy(US).ratifiedBy(CHINA)
                                .withStatus(AgreementStatus.IN_FORCE);
                        assertThat(state).hasCorroboration(LONDON).confirmedBy("Li Chenggang")
                                .confirmedBy("Ministry of Commerce spokesperson");
                    })
                    .stateAsOf(knownAt("2025-07-30"), state -> {
                        assertThat(figure(state, RATE_LONDON).competing()).isTrue();
                        assertThat(values(figure(state, RATE_LONDON)))
                                .containsExactly(perCent("55"), perCent("30"));
                        assertThat(state).hasAgreement(LONDON).withProvision("us-rollback")
                                .withStatus(ProvisionStatus.IN_PROGRESS);
                    });
        }
    }

    @Nested
    @DisplayName("28 July to 12 August 2025, Stockholm and the extension")
    class Extension90Days {
        @ParleyStoresTest
        @DisplayName("the truce ends on 12 August as known on 10 August; extended to 10 November by both sides, 9 "
                + "November in some reports")
        void extended(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(knownAt("2025-08-10")).then()
                    .state(state -> {
                        assertThat(state).hasRound(3).withStatus(Round.Status.HELD).heldOn("2025-07-29");
                        assertThat(state).hasAgreement(GENEVA).withStatus(AgreementStatus.IN_FORCE)
                                .expiresOn("2025-08-12").hasExtensions(0);
                        assertThat(state.position("usc-us-quadruple-soybeans-2025-08-10")).isEmpty();
                    })
                    .stateAsOf(knownAt("2025-08-12"), state -> {
                        Agreement geneva = agreement(state, GENEVA);
                        assertThat(geneva.expires()).hasToString("2025-11-10");
                        assertThat(geneva.extensions()).extracting(Extension::by)
                                .containsExactly(List.of(US), List.of(CHINA));
                        assertThat(state).hasCorroboration("usc-us-extends-truce-2025-08-11")
                                .hasVersion("until", "2025-11-09");
                        assertThat(state).hasDemand("usc-us-quadruple-soybeans-2025-08-10")
                                .withStatus(PositionStatus.OPEN).by(US);
                    });
        }
    }

    @Nested
    @DisplayName("29 September to 11 October 2025, export controls and the 100 % threat")
    class ExportControls {
        @ParleyStoresTest
        @DisplayName("the US affiliates rule and China's rules of 9 October are in force; the threat of 100 % more "
                + "from 1 November is open")
        void threat(@Negotiation(TALKS) ParleyFixture.Given talks) {
            ParleyFixture.Then then = talks.givenFile(FILE).whenAsOf(occurredBy("2025-10-11")).then();
            for (AsOf cut : List.of(occurredBy("2025-10-11"), knownAt("2025-10-11"))) {
                then.stateAsOf(cut, state -> {
                    assertThat(state.ongoing("export-controls")).extracting(Action::id).containsExactly(
                            "usc-cn-rare-earth-controls-2025-04-04", "usc-us-ascend-guidance-2025-05-13",
                            "usc-us-affiliates-rule-2025-09-29", "usc-cn-rare-earth-rules-2025-10-09");
                    assertThat(state).hasDemand(THREAT_100).withStatus(PositionStatus.OPEN).by(US)
                            .withDeadline("2025-11-01");
                    assertThat(state).hasAction("usc-cn-port-fees-2025-10-10").isOngoing();
                    assertThat(state).hasAgreement(GENEVA).expiresOn("2025-11-10");
                });
            }
        }
    }

    @Nested
    @DisplayName("25 October to 1 November 2025, Kuala Lumpur and Busan")
    class Busan {
        @ParleyStoresTest
        @DisplayName("round 5 and the leaders' meeting; the arrangements, in force from 10 November, run to 10 "
                + "November 2026 and so does the Geneva suspension of 24 points; the 100 % threat is dropped on 1 "
                + "November")
        void oneYearTruce(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(occurredBy("2025-10-30")).then()
                    .state(state -> {
                        assertThat(state).hasRound(5).withStatus(Round.Status.HELD).heldOn("2025-10-26");
                        assertThat(state).hasCorroboration("usc-round-kuala-lumpur-2025-10-26")
                                .hasVersion("occurred", "2025-10-27");
                        assertThat(state).hasMeeting("usc-busan-meeting-announced-2025-10-26")
                                .withStatus(Meeting.Status.HELD).heldIn("usc-busan-leaders-meeting-2025-10-30");
                        assertThat(state).hasAgreement(KUALA_LUMPUR).between(US, CHINA)
                                .withStatus(AgreementStatus.PENDING_ENTRY_INTO_FORCE).expiresOn("2026-11-10");
                        assertThat(state).hasAgreement(GENEVA).expiresOn("2026-11-10").hasExtensions(3)
                                .withProvision("us-reciprocal-24").withStatus(ProvisionStatus.SUSPENDED);
                        assertThat(state).hasDemand(THREAT_100).withStatus(PositionStatus.OPEN);
                        assertThat(state).hasClaim("usc-trump-busan-account-2025-10-30").claimedBy("Donald Trump");
                        assertThat(values(figure(state, "US tariffs on Chinese goods after the Busan meeting")))
                                .containsExactly(perCent("47"));
                    })
                    .stateAsOf(knownAt("2025-11-01"), state -> {
                        assertThat(state).hasDemand(THREAT_100).withStatus(PositionStatus.WITHDRAWN);
                        assertThat(state).hasClaim("usc-white-house-fact-sheet-2025-11-01")
                                .claimedBy("White House");
                    })
                    .stateAsOf(occurredBy("2025-11-09"), state -> assertThat(state).hasAgreement(KUALA_LUMPUR)
                            .withStatus(AgreementStatus.PENDING_ENTRY_INTO_FORCE))
                    .stateAsOf(occurredBy("2025-11-10"), state -> assertThat(state).hasAgreement(KUALA_LUMPUR)
                            .withStatus(AgreementStatus.IN_FORCE));
        }

        @ParleyStoresTest
        @DisplayName("by 10 November the fentanyl tariff is cut by 10 points and the suspensions are applied; "
                + "China's lifting of its ban on gallium and germanium serves no listed provision")
        void implemented(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(occurredBy("2025-11-10")).then().state(state -> {
                assertThat(state).hasAgreement(KUALA_LUMPUR).withProvision("us-fentanyl-cut")
                        .withStatus(ProvisionStatus.FULFILLED).hasDelivered(US, POINTS, 10);
                for (String suspension : List.of("us-affiliates-suspension", "cn-oct9-suspension", "port-fees",
                        "cn-countermeasure-adjust")) {
                    assertThat(state).hasAgreement(KUALA_LUMPUR).withProvision(suspension)
                            .withStatus(ProvisionStatus.FULFILLED);
                }
                assertThat(agreement(state, KUALA_LUMPUR).unassigned()).extracting(step -> step.developmentId())
                        .containsExactly("usc-cn-suspends-us-dual-use-ban-2025-11-09");
            });
        }
    }

    @Nested
    @DisplayName("November and December 2025, soybeans promised and bought")
    class Soybeans {
        @ParleyStoresTest
        @DisplayName("COFCO's 840,000 tonnes count from 17 November; the USDA-confirmed sales from their report of "
                + "19 November")
        void purchasesOnBothAxes(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(knownAt("2025-11-18")).then()
                    .state(state -> assertThat(state).hasAgreement(KUALA_LUMPUR).withProvision("cn-soybeans-2025")
                            .withStatus(ProvisionStatus.IN_PROGRESS).hasDelivered(CHINA, TONNES, 840_000))
                    .stateAsOf(knownAt("2025-11-19"), state -> assertThat(state).hasAgreement(KUALA_LUMPUR)
                            .withProvision("cn-soybeans-2025").hasDelivered(CHINA, TONNES, 1_072_000));
        }

        @ParleyStoresTest
        @DisplayName("on 5 December: 12 million tonnes owed, about 1.07 million counted, the deadline January by "
                + "Bessent in October, 31 December by the White House, 28 February by Bessent in December")
        void promisedAgainstBought(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(knownAt("2025-12-05")).then()
                    .state(state -> {
                        var soybeans = provision(state, KUALA_LUMPUR, "cn-soybeans-2025");
                        assertThat(soybeans.status()).isEqualTo(ProvisionStatus.IN_PROGRESS);
                        assertThat(soybeans.target()).singleElement().satisfies(share -> {
                            assertThat(share.quantity().value()).isEqualByComparingTo("12000000");
                            assertThat(share.unit()).isEqualTo(TONNES);
                        });
                        assertThat(soybeans.delivered()).singleElement().satisfies(delivery -> {
                            assertThat(delivery).extracting(Delivery::party, Delivery::unit, Delivery::approximate)
                                    .containsExactly(CHINA, TONNES, true);
                            assertThat(delivery.known()).isEqualByComparingTo("1072000");
                        });
                        assertThat(soybeans.deadline().by()).hasToString("2026-01");
                        assertThat(corroboration(state, KUALA_LUMPUR).versions())
                                .extracting(Version::field, Version::value)
                                .containsExactly(tuple("provisions.deadline.by", "2025-12-31"),
                                        tuple("provisions.deadline.by", "2026-02-28"));
                        assertThat(values(figure(state, SOYBEANS_BOUGHT))).containsExactly(
                                Quantity.exactly(2_260_000).withUnit(TONNES));
                        assertThat(state.uncertain()).contains("usc-fig-soy-bloomberg-secured");
                    })
                    .stateAsOf(knownAt("2025-12-31"), state -> {
                        assertThat(figure(state, SOYBEANS_BOUGHT).competing()).isTrue();
                        assertThat(values(figure(state, SOYBEANS_BOUGHT))).containsExactly(
                                Quantity.exactly(2_260_000).withUnit(TONNES),
                                Quantity.atLeast(7_000_000).withUnit(TONNES));
                    });
        }
    }

    /** A tariff rate as the file records it: an exact decimal in per cent. */
    static Quantity perCent(String decimal) {
        return Quantity.exactly(decimal).withUnit(PER_CENT);
    }
}
