package dev.parley.examples;

import dev.parley.test.Negotiation;
import dev.parley.test.ParleyFixture;
import dev.parley.test.ParleyStoresTest;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Confidence;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.AgreementStatus;
import dev.parley.timeline.state.Allegation;
import dev.parley.timeline.state.Corroboration;
import dev.parley.timeline.state.Delivery;
import dev.parley.timeline.state.Figure;
import dev.parley.timeline.state.FigureVersion;
import dev.parley.timeline.state.LifeEvent;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.ProvisionLedger;
import dev.parley.timeline.state.ProvisionStatus;
import dev.parley.timeline.state.Reaction;
import dev.parley.timeline.state.Round;
import dev.parley.timeline.state.Signature;
import dev.parley.timeline.state.Version;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static dev.parley.examples.States.*;
import static dev.parley.test.ParleyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Black Sea Grain Initiative as public reporting told it (examples/data/black-sea-grain-initiative-2022.json),
 * replayed at dates on both axes: what had happened by a day, and what had been reported by it. Every check runs on
 * every store.
 */
@DisplayName("The Black Sea Grain Initiative, July 2022 to July 2023")
class BlackSeaGrainInitiativeSpecificationTest {
    static final Path FILE = Path.of("data/black-sea-grain-initiative-2022.json");
    static final String TALKS = "black-sea-grain-initiative-2022";
    static final String BSGI = "bsgi-initiative-agreed-2022-07-22";
    static final String MOU = "bsgi-ru-un-mou-2022-07-22";
    static final String PORTS = "bsgi-p-ports";
    static final String JCC = "bsgi-p-jcc";
    static final String INSPECTIONS = "bsgi-p-inspections";
    static final String CORRIDOR = "bsgi-p-corridor";
    static final String RU = "Russia";
    static final String UA = "Ukraine";
    static final String TR = "Türkiye";
    static final String UN = "United Nations";

    @Nested
    @DisplayName("21 July 2022, the eve of the signing")
    class BeforeTheSigning {
        @ParleyStoresTest
        @DisplayName("one four-way round held, a second scheduled for the next week, the UN plan open, nothing "
                + "signed; nothing of it was public before 14 July")
        void oneRoundAndAPlan(@Negotiation(TALKS) ParleyFixture.Given talks) {
            ParleyFixture.Then then = talks.givenFile(FILE).whenAsOf(occurredBy("2022-07-21")).then();
            for (AsOf cut : List.of(occurredBy("2022-07-21"), knownAt("2022-07-21"))) {
                then.stateAsOf(cut, state -> {
                    assertThat(state).hasParticipant(RU, PartyRole.PARTY).hasParticipant(UA, PartyRole.PARTY)
                            .hasParticipant(TR, PartyRole.MEDIATOR).hasParticipant(TR, PartyRole.HOST)
                            .hasParticipant(UN, PartyRole.MEDIATOR);
                    assertThat(state.participantsIn(PartyRole.GUARANTOR)).isEmpty();
                    assertThat(state).hasRound(1).heldAt("Istanbul").heldOn("2022-07-13");
                    Round second = state.round(2).orElseThrow();
                    assertThat(second.status()).isEqualTo(Round.Status.SCHEDULED);
                    assertThat(second.date().earliest()).isEqualTo(LocalDate.of(2022, 7, 18));
                    assertThat(second.date().latest()).isEqualTo(LocalDate.of(2022, 7, 24));
                    assertThat(state.agreements()).isEmpty();
                    assertThat(state).hasPosition("bsgi-un-plan-2022-07").withStatus(PositionStatus.OPEN)
                            .by(UN);
                });
            }
            then.stateAsOf(occurredBy("2022-07-21"), state -> {
                Corroboration leak = corroboration(state, "bsgi-un-plan-2022-07");
                assertThat(leak.anonymous()).as("the plan is known from an anonymous source").isEqualTo(2);
                assertThat(leak.onRecord()).isZero();
            });
            assertThatThrownBy(() -> then.stateAsOf(knownAt("2022-07-13"), state -> { }))
                    .as("the earliest report is of 14 July").hasMessageContaining("not opened by then");
        }
    }

    @Nested
    @DisplayName("22 July 2022, Dolmabahçe Palace")
    class TheSigning {
        @ParleyStoresTest
        @DisplayName("Russia and Ukraine each sign a mirror text with Türkiye and the UN, never with each other; "
                + "the initiative runs 120 days; Russia and the UN sign a three-year memorandum")
        void twoMirrorSignatures(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(occurredBy("2022-07-22")).then().state(state -> {
                assertThat(state).hasAgreement(BSGI).between(RU, UA, TR, UN).withStatus(AgreementStatus.IN_FORCE)
                        .signedBy(RU, UA, TR, UN).expiresOn("2022-11-19");
                Agreement initiative = agreement(state, BSGI);
                assertThat(initiative.signatures()).extracting(Signature::by, Signature::with)
                        .containsExactly(tuple(RU, List.of(TR, UN)), tuple(UA, List.of(TR, UN)));
                assertThat(initiative.provisions()).extracting(ProvisionLedger::status)
                        .containsOnly(ProvisionStatus.OPEN);
                assertThat(provision(state, BSGI, PORTS).delivered()).isEmpty();
                assertThat(state).hasAgreement(MOU).withStatus(AgreementStatus.IN_FORCE).signedBy(RU, UN)
                        .expiresOn("2025-07-22");
                assertThat(state).hasPosition("bsgi-un-plan-2022-07").withStatus(PositionStatus.ACCEPTED);
                assertThat(state.participantsIn(PartyRole.GUARANTOR)).containsExactly(TR, UN);
                assertThat(state).hasRound(2).heldAt("Dolmabahçe Palace, Istanbul").heldOn("2022-07-22");
            });
        }
    }

    @Nested
    @DisplayName("23 to 27 July 2022, the Odesa strike and the Joint Coordination Centre")
    class OdesaAndTheCentre {
        @ParleyStoresTest
        @DisplayName("by 27 July the centre is open (declared by Türkiye) and the strike is both denied, as "
                + "relayed by Türkiye, and confirmed by Russia; on 24 July only Ukraine's account was public")
        void deniedThenConfirmed(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(occurredBy("2022-07-27")).then()
                    .state(state -> {
                        assertThat(state).hasAgreement(BSGI).hasAllegationAgainst(RU).withProvision(JCC)
                                .withStatus(ProvisionStatus.FULFILLED);
                        assertThat(provision(state, BSGI, JCC).declaredFulfilledBy()).containsExactly(TR);
                        assertThat(state).hasCorroboration("bsgi-ua-claims-odesa-strike-2022-07-23").attestedBy(UA)
                                .disputedBy("Turkish Ministry of National Defence")
                                .confirmedBy("Russian Ministry of Defence");
                        assertThat(provision(state, BSGI, CORRIDOR).status()).isEqualTo(ProvisionStatus.OPEN);
                        assertThat(agreement(state, BSGI).allegations())
                                .extracting(Allegation::by, Allegation::against, Allegation::provision)
                                .containsExactly(tuple(UA, RU, CORRIDOR));
                        assertThat(state).hasDisputedClaim("bsgi-ua-claims-odesa-strike-2022-07-23")
                                .deniedBy("Turkish Ministry of National Defence")
                                .confirmedBy("Russian Ministry of Defence");
                        assertThat(corroboration(state, "bsgi-ua-alleges-odesa-strike-breach-2022-07-23").disputes())
                                .extracting(Reaction::developmentId).containsExactly(
                                        "bsgi-peskov-odesa-military-only-2022-07-25",
                                        "bsgi-lavrov-odesa-harpoon-claim-2022-07-25");
                        assertThat(state.delegation(RU).orElseThrow().head().name()).isEqualTo("Eduard Luik");
                        assertThat(corroboration(state, "bsgi-jcc-starts-work-2022-07-26").versions())
                                .extracting(Version::field, Version::value)
                                .containsExactly(tuple("occurred", "2022-07-27"));
                    })
                    .stateAsOf(knownAt("2022-07-24"), state -> {
                        assertThat(state.claim("bsgi-ua-claims-odesa-strike-2022-07-23").orElseThrow())
                                .satisfies(claim -> {
                                    assertThat(claim.deniedBy()).isEmpty();
                                    assertThat(claim.confirmedBy()).isEmpty();
                                });
                        assertThat(agreement(state, BSGI).allegations()).hasSize(1);
                        assertThat(provision(state, BSGI, JCC).status()).isEqualTo(ProvisionStatus.OPEN);
                    });
        }
    }

    @Nested
    @DisplayName("1 to 17 August 2022, the first voyages")
    class FirstVoyages {
        @ParleyStoresTest
        @DisplayName("the Razoni sails on 1 August and is inspected on 3 August, which was reported the next day")
        void theRazoni(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(occurredBy("2022-08-03")).then()
                    .state(state -> {
                        assertThat(state).hasAgreement(BSGI).withProvision(PORTS)
                                .withStatus(ProvisionStatus.IN_PROGRESS).hasDelivered(UA, "tonnes", 26000)
                                .hasDelivered(UA, "ships", 1);
                        assertThat(provision(state, BSGI, PORTS).delivered())
                                .extracting(Delivery::unit, Delivery::approximate)
                                .containsExactlyInAnyOrder(tuple("tonnes", true), tuple("ships", false));
                        assertThat(provision(state, BSGI, INSPECTIONS).status())
                                .isEqualTo(ProvisionStatus.IN_PROGRESS);
                        assertThat(corroboration(state, "bsgi-razoni-inspected-2022-08-03").versions())
                                .extracting(Version::value).containsExactly("2022-08-02");
                    })
                    .stateAsOf(knownAt("2022-08-03"), state -> assertThat(provision(state, BSGI, INSPECTIONS)
                            .status()).isEqualTo(ProvisionStatus.OPEN));
        }

        @ParleyStoresTest
        @DisplayName("the centre's figures for 1-15 August were public only on 17 August; the convoy and the 7 "
                + "August sailings have competing tonnages")
        void theFirstReport(@Negotiation(TALKS) ParleyFixture.Given talks) {
            String jccReport = "exports 1-15 August 2022 (tonnes)";
            talks.givenFile(FILE).whenAsOf(occurredBy("2022-08-15").andKnownAt(LocalDate.of(2022, 8, 16))).then()
                    .state(state -> {
                        assertThat(state.figure(jccReport)).isEmpty();
                        assertThat(provision(state, BSGI, PORTS).delivered())
                                .extracting(Delivery::unit, Delivery::known)
                                .containsExactlyInAnyOrder(tuple("tonnes", BigDecimal.valueOf(26000 + 57000 + 160000)),
                                        tuple("ships", BigDecimal.valueOf(1 + 3 + 1 + 4)));
                    })
                    .stateAsOf(knownAt("2022-08-17"), state -> {
                        assertThat(figure(state, jccReport).versions()).extracting(FigureVersion::figure, FigureVersion::by)
                                .containsExactly(tuple(Quantity.exactly(563317), "Joint Coordination Centre"));
                        assertThat(state).hasCompetingFigures("cargo of the first convoy, 5 August 2022 (tonnes)")
                                .hasCompetingFigures("cargo of the departures of 7 August 2022 (tonnes)");
                        assertThat(values(figure(state, "cargo of the first convoy, 5 August 2022 (tonnes)")))
                                .containsExactly(new Quantity(57000, Quantity.Qualifier.ABOUT),
                                        new Quantity(80000, Quantity.Qualifier.AT_MOST));
                    })
                    .stateAsOf(occurredBy("2022-08-16").andKnownAt(LocalDate.of(2022, 8, 29)),
                            state -> assertThat(provision(state, BSGI, PORTS).steps())
                                    .extracting(s -> s.developmentId())
                                    .doesNotContain("bsgi-brave-commander-departs-2022-08-16"))
                    .stateAsOf(occurredBy("2022-08-16"), state -> assertThat(provision(state, BSGI, PORTS).steps())
                            .extracting(s -> s.developmentId()).contains("bsgi-brave-commander-departs-2022-08-16"));
        }
    }

    @Nested
    @DisplayName("7 September 2022, destinations")
    class Destinations {
        @ParleyStoresTest
        @DisplayName("Putin's claim that the poor were cheated is disputed by the centre's figures; his idea of "
                + "restricting destinations is rejected by Ukraine the same day")
        void cheated(@Negotiation(TALKS) ParleyFixture.Given talks) {
            ParleyFixture.Then then = talks.givenFile(FILE).whenAsOf(occurredBy("2022-09-07")).then();
            for (AsOf cut : List.of(occurredBy("2022-09-07"), knownAt("2022-09-07"))) {
                then.stateAsOf(cut, state -> {
                    assertThat(state).hasPosition("bsgi-putin-proposes-restrict-destinations-2022-09-07")
                            .withStatus(PositionStatus.REJECTED).rejectedBy(UA);
                    assertThat(corroboration(state, "bsgi-putin-cheated-claim-2022-09-07").disputes())
                            .extracting(Reaction::developmentId)
                            .containsExactly("bsgi-jcc-destinations-rebut-2022-09-07");
                    assertThat(agreement(state, BSGI).status()).isEqualTo(AgreementStatus.IN_FORCE);
                });
            }
        }
    }

    @Nested
    @DisplayName("29 October to 5 November 2022, suspension and return")
    class SuspensionAndReturn {
        @ParleyStoresTest
        @DisplayName("Russia suspends on 29 October (30 October in some reports); traffic goes on under a UN and "
                + "Turkish plan; Russia's objection to the record day of 31 October, reported on 1 November, sets "
                + "that day apart from the undisputed exports")
        void suspended(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(occurredBy("2022-10-31")).then()
                    .state(state -> {
                        assertThat(state).hasAgreement(BSGI).withStatus(AgreementStatus.SUSPENDED).suspendedBy(RU);
                        assertThat(agreement(state, BSGI).events()).extracting(LifeEvent::kind, LifeEvent::by)
                                .containsExactly(tuple(LifeEvent.Kind.SUSPENDED, RU));
                        assertThat(provision(state, BSGI, PORTS).status()).isEqualTo(ProvisionStatus.SUSPENDED);
                        assertThat(provision(state, BSGI, JCC).status()).isEqualTo(ProvisionStatus.FULFILLED);
                        assertThat(state.uncertain()).as("the reports dating it 30 October are undated within "
                                + "30 October to 2 November").contains("bsgi-version-suspension-date-2022-10-30");
                        assertThat(corroboration(state, "bsgi-ru-suspends-2022-10-29").disputes())
                                .extracting(Reaction::developmentId)
                                .containsExactly("bsgi-griffiths-initiative-in-force-2022-11-01");
                        assertThat(state).hasPosition("bsgi-un-tr-inspection-plan-without-ru-2022-10-30")
                                .as("twelve ships sailed under the plan for sixteen movements")
                                .withStatus(PositionStatus.PARTLY_FULFILLED);
                        assertThat(state.position("bsgi-un-tr-inspection-plan-without-ru-2022-10-30")
                                .orElseThrow().by()).containsExactly(UN, TR);
                        assertThat(state).hasAgreement(BSGI).withProvision(PORTS)
                                .hasDelivered(UA, "tonnes", 26000 + 57000 + 160000 + 23000)
                                .hasDisputed(UA, "tonnes", 354500).hasDisputed(UA, "ships", 12)
                                .hasDisputedStep("bsgi-record-day-without-ru-2022-10-31");
                        assertThat(state).hasCorroboration("bsgi-record-day-without-ru-2022-10-31")
                                .disputedBy("Vassily Nebenzia");
                    })
                    .stateAsOf(knownAt("2022-10-31"), state -> {
                        assertThat(corroboration(state, "bsgi-ru-suspends-2022-10-29").disputes()).isEmpty();
                        assertThat(tonnes(provision(state, BSGI, PORTS).delivered()))
                                .as("as known on 31 October the record day counts")
                                .isEqualTo(26000 + 57000 + 160000 + 23000 + 354500);
                        assertThat(provision(state, BSGI, PORTS).disputed()).isEmpty();
                    });
        }

        @ParleyStoresTest
        @DisplayName("Russia returns on 2 November on Ukraine's written assurances, which fulfil its demand; "
                + "Kyiv's denial of any new guarantee was public only on 5 November")
        void resumed(@Negotiation(TALKS) ParleyFixture.Given talks) {
            String letter = "bsgi-ua-written-guarantees-delivered-2022-11-02";
            talks.givenFile(FILE).whenAsOf(occurredBy("2022-11-03")).then()
                    .state(state -> {
                        Agreement initiative = agreement(state, BSGI);
                        assertThat(initiative.status()).isEqualTo(AgreementStatus.IN_FORCE);
                        assertThat(initiative.events()).extracting(LifeEvent::kind)
                                .containsExactly(LifeEvent.Kind.SUSPENDED, LifeEvent.Kind.RESUMED);
                        assertThat(provision(state, BSGI, PORTS).status()).isEqualTo(ProvisionStatus.IN_PROGRESS);
                        assertThat(state).hasDemand("bsgi-putin-demands-guarantees-2022-11-01")
                                .withStatus(PositionStatus.FULFILLED);
                        assertThat(corroboration(state, "bsgi-ru-suspends-2022-10-29").versions())
                                .extracting(Version::field, Version::value)
                                .containsExactly(tuple("occurred", "2022-10-30"));
                        assertThat(values(figure(state, "cumulative exports at Russia's suspension, end of October "
                                + "2022 (tonnes)"))).containsExactly(
                                new Quantity(9000000, Quantity.Qualifier.ABOUT),
                                new Quantity(10000000, Quantity.Qualifier.ABOUT),
                                new Quantity(9700000, Quantity.Qualifier.AT_LEAST),
                                new Quantity(10000000, Quantity.Qualifier.AT_LEAST));
                    })
                    .stateAsOf(knownAt("2022-11-04"), state -> assertThat(corroboration(state, letter).disputes())
                            .isEmpty())
                    .stateAsOf(knownAt("2022-11-05"), state -> {
                        assertThat(corroboration(state, letter).disputes()).extracting(Reaction::developmentId)
                                .containsExactly("bsgi-kyiv-denies-new-guarantees-2022-11");
                        assertThat(state).as("a single, low-graded mention in Sputnik")
                                .hasCorroboration("bsgi-kyiv-denies-new-guarantees-2022-11")
                                .withConfidence(Confidence.LOW).withRootSources(1);
                    });
        }
    }

    @Nested
    @DisplayName("17 November 2022, the first extension")
    class FirstExtension {
        @ParleyStoresTest
        @DisplayName("extended 120 days to 18 March; Ukraine's year and Mykolaiv and Russia's 120-day deadline "
                + "for its exports stay open; the first donated fertiliser sails on 29 November, not 21")
        void oneHundredTwentyDays(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(occurredBy("2022-11-18")).then()
                    .state(state -> {
                        Agreement initiative = agreement(state, BSGI);
                        assertThat(initiative.extensions()).singleElement().satisfies(e -> {
                            assertThat(e.days()).isEqualTo(120);
                            assertThat(e.to()).hasToString("2023-03-18");
                        });
                        assertThat(initiative.expires()).hasToString("2023-03-18");
                        assertThat(state).hasPosition("bsgi-ua-proposes-one-year-mykolaiv-2022-11-17")
                                .withStatus(PositionStatus.OPEN);
                        assertThat(state).hasDemand("bsgi-ru-mfa-package-120-day-deadline-2022-11-17")
                                .withStatus(PositionStatus.OPEN).withDeadline("2023-03-18");
                        assertThat(state).hasOffer("bsgi-uralchem-fertiliser-donation-2022-11-14")
                                .withStatus(PositionStatus.OPEN);
                    })
                    .stateAsOf(occurredBy("2022-11-30"), state -> {
                        assertThat(state).hasOffer("bsgi-uralchem-fertiliser-donation-2022-11-14")
                                .withStatus(PositionStatus.PARTLY_FULFILLED).withDelivered(20000);
                        assertThat(provision(state, MOU, "mou-p-facilitation").delivered())
                                .extracting(Delivery::party, Delivery::unit, Delivery::known)
                                .containsExactly(tuple("Uralchem-Uralkali", "tonnes", BigDecimal.valueOf(20000)));
                        assertThat(corroboration(state, "bsgi-malawi-fertiliser-ship-departs-2022-11-29").versions())
                                .extracting(Version::value).containsExactly("2022-11-21");
                        assertThat(values(figure(state, "fertiliser donated by Uralchem-Uralkali (tonnes)")))
                                .containsExactly(new Quantity(260000, Quantity.Qualifier.ABOUT));
                    })
                    .stateAsOf(occurredBy("2023-03-06"), state -> assertThat(state)
                            .as("the company's own figure came in March 2023")
                            .hasCompetingFigures("fertiliser donated by Uralchem-Uralkali (tonnes)"));
        }
    }

    @Nested
    @DisplayName("18 March 2023, 120 days or 60")
    class TheDisputedExtension {
        @ParleyStoresTest
        @DisplayName("the UN and Ukraine record 120 days, Russia 60, side by side; Russia's deadline for its "
                + "exports has passed unmet; its 60-day proposal is never rejected, only disputed and confirmed")
        void sixtyOrOneHundredTwenty(@Negotiation(TALKS) ParleyFixture.Given talks) {
            String sixty = "bsgi-ru-60-day-position-2023-03-13";
            ParleyFixture.Then then = talks.givenFile(FILE).whenAsOf(occurredBy("2023-03-19")).then();
            for (AsOf cut : List.of(occurredBy("2023-03-19"), knownAt("2023-03-19"))) {
                then.stateAsOf(cut, state -> {
                    Agreement initiative = agreement(state, BSGI);
                    assertThat(initiative.status()).isEqualTo(AgreementStatus.IN_FORCE);
                    assertThat(initiative.extensions()).extracting(e -> e.days()).containsExactly(120, 120);
                    assertThat(initiative.expires()).hasToString("2023-07-16");
                    assertThat(state).hasCorroboration("bsgi-extension-march-2023-03-18").hasVersion("days", "60");
                    assertThat(corroboration(state, "bsgi-extension-march-2023-03-18").versions()).hasSize(1);
                    assertThat(state).hasDemand("bsgi-ru-mfa-package-120-day-deadline-2022-11-17")
                            .withStatus(PositionStatus.OVERDUE);
                    assertThat(state).hasPosition(sixty).withStatus(PositionStatus.OPEN).by(RU);
                    assertThat(state).hasCorroboration(sixty).attestedBy(RU).disputedBy("Oleksandr Kubrakov")
                            .disputedBy("Stéphane Dujarric").confirmedBy("Maria Zakharova")
                            .confirmedBy("Dmitry Peskov");
                    Corroboration proposal = corroboration(state, sixty);
                    assertThat(proposal.disputes()).extracting(Reaction::developmentId).containsExactly(
                            "bsgi-kubrakov-60-contradicts-2023-03-13", "bsgi-dujarric-says-120-2023-03-18");
                    assertThat(proposal.confirmations()).extracting(Reaction::developmentId).containsExactly(
                            "bsgi-zakharova-60-days-2023-03-16", "bsgi-peskov-60-goodwill-2023-03-17");
                    assertThat(corroboration(state, "bsgi-dujarric-says-120-2023-03-18").disputes())
                            .extracting(Reaction::developmentId)
                            .containsExactly("bsgi-zakharova-notes-sent-2023-03-18");
                });
            }
        }
    }

    @Nested
    @DisplayName("17 and 18 May 2023, the third extension")
    class ThirdExtension {
        @ParleyStoresTest
        @DisplayName("extended 60 days to 17 July (18 July per Kubrakov); Pivdennyi was already cut off, which "
                + "was reported only in late May; Russia's five conditions fall overdue on 19 May")
        void pivdennyiUnreported(@Negotiation(TALKS) ParleyFixture.Given talks) {
            String pivdennyi = "bsgi-pivdennyi-inspections-refused-2023-04-29";
            talks.givenFile(FILE).whenAsOf(occurredBy("2023-05-18")).then()
                    .state(state -> {
                        Agreement initiative = agreement(state, BSGI);
                        assertThat(initiative.expires()).hasToString("2023-07-17");
                        assertThat(corroboration(state, "bsgi-extension-may-2023-05-17").versions())
                                .extracting(Version::field, Version::value)
                                .containsExactly(tuple("until", "2023-07-18"));
                        assertThat(initiative.allegations()).extracting(Allegation::developmentId)
                                .contains(pivdennyi);
                        assertThat(state).hasRound(3).heldAt("Istanbul").heldOn("2023-05-10");
                        assertThat(state).hasDemand("bsgi-ru-five-conditions-2023-04-13")
                                .withStatus(PositionStatus.OPEN);
                    })
                    .stateAsOf(knownAt("2023-05-18"), state -> assertThat(agreement(state, BSGI).allegations())
                            .extracting(Allegation::developmentId).doesNotContain(pivdennyi))
                    .stateAsOf(occurredBy("2023-05-19"), state -> assertThat(state)
                            .hasDemand("bsgi-ru-five-conditions-2023-04-13").withStatus(PositionStatus.OVERDUE));
        }
    }

    @Nested
    @DisplayName("17 and 18 July 2023, the end")
    class TheEnd {
        @ParleyStoresTest
        @DisplayName("Russia ends the initiative on 17 July (18 July per Sputnik China); the memorandum stays in "
                + "force; the final tonnage is reported three ways; Ukraine's trilateral proposal stays open")
        void terminated(@Negotiation(TALKS) ParleyFixture.Given talks) {
            talks.givenFile(FILE).whenAsOf(occurredBy("2023-07-18")).then()
                    .state(state -> {
                        assertThat(state).hasAgreement(BSGI).withStatus(AgreementStatus.TERMINATED).hasExtensions(3)
                                .hasAllegationAgainst(UA);
                        Agreement initiative = agreement(state, BSGI);
                        assertThat(initiative.events()).last().extracting(LifeEvent::kind, LifeEvent::by)
                                .containsExactly(LifeEvent.Kind.TERMINATED, RU);
                        assertThat(provision(state, BSGI, PORTS).status()).isEqualTo(ProvisionStatus.TERMINATED);
                        assertThat(provision(state, BSGI, JCC).status()).isEqualTo(ProvisionStatus.FULFILLED);
                        assertThat(tonnes(provision(state, BSGI, PORTS).delivered()))
                                .isEqualTo(26000 + 57000 + 160000 + 23000 + 38580);
                        assertThat(initiative.allegations()).extracting(Allegation::by).containsExactly(
                                UA, UA, UA, UA, RU, UA, UA);
                        assertThat(agreement(state, MOU).status()).isEqualTo(AgreementStatus.IN_FORCE);
                        assertThat(agreement(state, MOU).allegations()).extracting(Allegation::against)
                                .containsExactly(UN, UN);
                        assertThat(values(figure(state, "total exports under the initiative (tonnes)")))
                                .containsExactly(Quantity.exactly(32860000),
                                        new Quantity(33000000, Quantity.Qualifier.ABOUT),
                                        new Quantity(33000000, Quantity.Qualifier.ABOUT),
                                        new Quantity(32000000, Quantity.Qualifier.AT_LEAST));
                        assertThat(state).hasCompetingFigures("vessels departed under the initiative (ships)");
                        assertThat(state).hasPosition("bsgi-zelensky-continue-without-russia-2023-07-17")
                                .withStatus(PositionStatus.OPEN).by(UA);
                        assertThat(corroboration(state, "bsgi-ru-terminates-2023-07-17").versions()).isEmpty();
                        assertThat(corroboration(state, "bsgi-ru-notifies-objection-2023-07-17").confirmations())
                                .extracting(Reaction::developmentId)
                                .containsExactly("bsgi-un-istanbul-confirms-notice-2023-07-17");
                    })
                    .stateAsOf(knownAt("2023-07-16"), state -> {
                        assertThat(agreement(state, BSGI).status()).isEqualTo(AgreementStatus.IN_FORCE);
                        assertThat(agreement(state, BSGI).allegations()).extracting(Allegation::developmentId)
                                .doesNotContain("bsgi-ru-last-registration-2023-06-27");
                    })
                    .stateAsOf(occurredBy("2023-06-30"), state -> assertThat(agreement(state, BSGI).allegations())
                            .extracting(Allegation::developmentId).contains("bsgi-ru-last-registration-2023-06-27"))
                    .stateAsOf(occurredBy("2023-08-02"), state -> assertThat(
                            corroboration(state, "bsgi-ru-terminates-2023-07-17").versions())
                            .as("Sputnik China's date came on 2 August").extracting(Version::value)
                            .containsExactly("2023-07-18"));
        }
    }

    static int tonnes(List<Delivery> deliveries) {
        return deliveries.stream().filter(d -> "tonnes".equals(d.unit())).map(Delivery::known)
                .reduce(BigDecimal.ZERO, BigDecimal::add).intValueExact();
    }
}
