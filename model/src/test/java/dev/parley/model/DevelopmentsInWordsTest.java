package dev.parley.model;

import dev.parley.timeline.ActionEnded;
import dev.parley.timeline.ActionStarted;
import dev.parley.timeline.Agent;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.AgreementExtended;
import dev.parley.timeline.AgreementRatified;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.AgreementResumed;
import dev.parley.timeline.AgreementSigned;
import dev.parley.timeline.AgreementSuspended;
import dev.parley.timeline.AgreementTerminated;
import dev.parley.timeline.AgreementWithdrawnFrom;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.ClaimConfirmed;
import dev.parley.timeline.ClaimDenied;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.DelegationAppointed;
import dev.parley.timeline.DemandMade;
import dev.parley.timeline.Development;
import dev.parley.timeline.DevelopmentTypes;
import dev.parley.timeline.DocumentDelivered;
import dev.parley.timeline.DocumentKind;
import dev.parley.timeline.DocumentPublished;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.FigureReported;
import dev.parley.timeline.FulfilmentDeclared;
import dev.parley.timeline.FulfilmentReported;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.InvalidValueException;
import dev.parley.timeline.MeetingProposed;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.NonComplianceAlleged;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PartyJoined;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.ProposalMade;
import dev.parley.timeline.ProposalRejected;
import dev.parley.timeline.Provision;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.Ref;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.RoundCancelled;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.RoundRescheduled;
import dev.parley.timeline.RoundScheduled;
import dev.parley.timeline.Share;
import dev.parley.timeline.StatementMade;
import dev.parley.timeline.VersionReported;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every development type can be built in the domain's words, without positional nulls: each sample of
 * {@link Samples} (the golden files' contract, written with the canonical constructors) is built again here with
 * the static factories, stages and {@code withX} copies, and must come out equal, and write the golden JSON.
 */
@DisplayName("Developments in the domain's words")
class DevelopmentsInWordsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Map<Class<? extends Development>, Development> SAMPLES = Samples.all();
    private static final Map<String, Development> WIDENED = Samples.widened();
    private static final Agent UMEROV = Agent.named("Rustem Umerov", "Defence Minister of Ukraine", "Ukraine");

    /** The sample's own envelope: this test is about each development's content, not the envelope. */
    private static Envelope env(Class<? extends Development> type) {
        return SAMPLES.get(type).envelope();
    }

    private static Envelope env(String widened) {
        return WIDENED.get(widened).envelope();
    }

    /** One development of every type, built with the factories, equal to {@link Samples#all()}. */
    static Map<Class<? extends Development>, Development> inWords() {
        Map<Class<? extends Development>, Development> built = new LinkedHashMap<>();
        Stream.<Development>of(
                NegotiationOpened.titled(env(NegotiationOpened.class), "Sample talks")
                        .withDescription("A negotiation used to pin the JSON contract"),
                PartyJoined.of(env(PartyJoined.class), "Ukraine").as(PartyRole.PARTY),
                RoundScheduled.on(env(RoundScheduled.class), "2025-06-02").withNumber(2).withVenue("Istanbul"),
                DelegationAppointed.headedBy(env(DelegationAppointed.class), "Ukraine", UMEROV)
                        .withMembers(Agent.named("Kyrylo Budanov", "Head of military intelligence", "Ukraine")),
                MeetingProposed.by(env(MeetingProposed.class), "Russia").withCounterparts("Ukraine")
                        .withVenue("Istanbul").withDate("2025-06-02")
                        .withPreconditions("memoranda exchanged beforehand"),
                RoundRescheduled.round(env(RoundRescheduled.class), 2).withDate("2025-06-02")
                        .withVenue("Ciragan Palace, Istanbul").withReason("the venue changed"),
                RoundCancelled.round(env(RoundCancelled.class), 2).withBy("Ukraine")
                        .withReason("no memorandum received"),
                roundTwo(env(RoundHeld.class)),
                DocumentDelivered.of(env(DocumentDelivered.class), DocumentKind.MEMORANDUM).from("Russia").to("Ukraine")
                        .withTitle("Peace memorandum").withContents("withdrawal from four regions"),
                DocumentPublished.by(env(DocumentPublished.class), "Russia").withDocument("memorandum")
                        .withKind(DocumentKind.MEMORANDUM).withTitle("Peace memorandum")
                        .withSummary("the memorandum as published by the Russian side"),
                DemandMade.by(env(DemandMade.class), "Russia").to("Ukraine").terms("withdrawal of troops")
                        .withItems("Donetsk", "Luhansk"),
                ProposalMade.by(env(ProposalMade.class), "Ukraine").to("Russia").terms("a meeting of leaders")
                        .withDeadline(Deadline.soft("2025-06").withText("by the end of June")),
                OfferMade.by(env(OfferMade.class), "Russia").to("Ukraine").terms("return children")
                        .withQuantity(Quantity.exactly(10)).withCriteria("taken from Ukraine")
                        .withDeadline(Deadline.by("2025-07-10")),
                ProposalAccepted.of(env(ProposalAccepted.class), "offer").by("Ukraine").withReason("welcomed"),
                ProposalRejected.of(env(ProposalRejected.class), "demand").by("Ukraine").withReason("unacceptable"),
                PositionWithdrawn.of(env(PositionWithdrawn.class), "proposal").by("Ukraine"),
                AgreementReached.titled(env(AgreementReached.class), "prisoner exchange")
                        .provisions(Provision.of("pows", "exchange of prisoners of war").withFormula("all for all")
                                .withQuantities(new Share("Russia", Quantity.all()),
                                        new Share("Ukraine", Quantity.all()))
                                .withCriteria("under 25", "seriously wounded").withTiming("in stages"))
                        .withParties("Russia", "Ukraine"),
                AgreementSigned.of(env(AgreementSigned.class), "agreement").by("Ukraine").withCounterparts("Turkey")
                        .withVenue("Istanbul"),
                AgreementRatified.of(env(AgreementRatified.class), "agreement").by("Verkhovna Rada")
                        .withResult("approved by 300 votes"),
                AgreementExtended.of(env(AgreementExtended.class), "agreement").withBy("Russia", "Ukraine")
                        .withUntil("2025-09-30").withDays(90),
                AgreementSuspended.of(env(AgreementSuspended.class), "agreement").by("Russia")
                        .withReason("drone attack on its fleet"),
                AgreementResumed.of(env(AgreementResumed.class), "agreement").by("Russia")
                        .withReason("written guarantees received"),
                NonComplianceAlleged.by(env(NonComplianceAlleged.class), "Ukraine").against("Russia").under("agreement")
                        .alleging("wounded prisoners were held back").withProvision("pows"),
                ImplementationStepCompleted.under(env(ImplementationStepCompleted.class), "agreement")
                        .withProvision("pows")
                        .withDelivered(new Share("Russia", Quantity.atLeast(300)),
                                new Share("Ukraine", Quantity.undisclosed()))
                        .withDescription("first stage"),
                ActionStarted.of(env(ActionStarted.class), "offensive").by("Ukraine").withAgainst("Russia")
                        .withDescription("a summer offensive"),
                ActionEnded.of(env(ActionEnded.class), "strike").withBy("Ukraine").withReason("objectives met"),
                ClaimMade.by(env(ClaimMade.class), "Ukraine").that("children were abducted"),
                ClaimDenied.of(env(ClaimDenied.class), "claim")
                        .by(Agent.named("Vladimir Medinsky", "Head of the Russian delegation", "Russia"))
                        .withQuote("There is no kidnapping."),
                ClaimConfirmed.of(env(ClaimConfirmed.class), "claim").by(Agent.outlet("Observer Mission")),
                StatementMade.quoting(env(StatementMade.class), UMEROV, "usual")
                        .withSummary("the Russian position remains usual"),
                FulfilmentReported.of(env(FulfilmentReported.class), "offer").by("Russia")
                        .withDelivered(Quantity.exactly(6)).withDescription("six children returned"),
                FulfilmentDeclared.of(env(FulfilmentDeclared.class), "agreement").by("Ukraine").withProvision("pows"),
                FigureReported.of(env(FigureReported.class), "children on Ukraine's list", Quantity.about(400))
                        .by("Ukraine").withText("almost 400"),
                VersionReported.of(env(VersionReported.class), "round-2").field("occurred")
                        .value("2025-06-02T14:00+03:00").withText("talks began at two"),
                ReportCorrected.replacing(env(ReportCorrected.class),
                                roundTwo(((ReportCorrected) SAMPLES.get(ReportCorrected.class)).replacement().envelope()))
                        .withReason("wrong hour"),
                ReportRetracted.of(env(ReportRetracted.class), "confirmed").withReason("source withdrew it"),
                AgreementWithdrawnFrom.of(env(AgreementWithdrawnFrom.class), "agreement").by("Turkey")
                        .withReason("no longer guarantees it"),
                AgreementTerminated.of(env(AgreementTerminated.class), "agreement").withBy("Russia")
                        .withReason("no renewal"))
                .forEach(development -> built.put(development.getClass(), development));
        return built;
    }

    private static RoundHeld roundTwo(Envelope envelope) {
        return RoundHeld.round(envelope, 2).withVenue("Istanbul").withChair("Hakan Fidan")
                .withDelegations("Russia", "Ukraine").withOutcome("no clear breakthrough");
    }

    /** The widened samples (fields added to format parley/1), built with the factories. */
    static Map<String, Development> widenedInWords() {
        Map<String, Development> built = new LinkedHashMap<>();
        built.put("party-joined-facilitator", PartyJoined.of(env("party-joined-facilitator"),
                "International Committee of the Red Cross").as(PartyRole.FACILITATOR));
        built.put("demand-made-coalition", DemandMade.by(env("demand-made-coalition"),
                        "France", "Germany", "Poland", "United Kingdom", "Ukraine")
                .to("Russia").terms("an unconditional 30-day ceasefire"));
        built.put("statement-made-addressed", StatementMade.summarising(env("statement-made-addressed"),
                        Agent.named("Recep Tayyip Erdogan", "President of Turkey", "Turkey"),
                        "urged both sides to meet again")
                .withAddressees("Russia", "Ukraine"));
        built.put("claim-made-addressed", ClaimMade.by(env("claim-made-addressed"), "Ukraine")
                .that("deported children are held in camps").withAddressees("United Nations"));
        built.put("claim-denied-paraphrased", ClaimDenied.of(env("claim-denied-paraphrased"), "claim-to-un")
                .by(Agent.named("Maria Zakharova", "Spokeswoman of the Russian foreign ministry", "Russia"))
                .withSummary("called the report fabricated"));
        built.put("agreement-reached-term", AgreementReached.titled(env("agreement-reached-term"), "second exchange")
                .provisions(Provision.of("pows", "prisoners of war").withFormula("1000 for 1000")
                                .withQuantities(new Share("Russia", Quantity.exactly(1000)).withUnit("prisoners"),
                                        new Share("Ukraine", Quantity.exactly(1000)).withUnit("prisoners"))
                                .withTiming("in stages").withDeadline(Deadline.by("2025-06-30"))
                                .withObligors("Russia", "Ukraine"),
                        Provision.of("bodies", "bodies of the fallen")
                                .withQuantities(new Share("Russia", Quantity.exactly(6000)).withUnit("bodies"))
                                .withObligors("Russia"),
                        Provision.of("lists", "lists of names exchanged").withTiming("within a week")
                                .withDeadline(Deadline.by("2025-06-13").withText("within a week"))
                                .withObligors("Russia", "Ukraine"))
                .withParties("Russia", "Ukraine").withExpiry("2025-12-31"));
        built.put("document-delivered-fulfils-provision", DocumentDelivered.of(
                        env("document-delivered-fulfils-provision"), DocumentKind.LIST).from("Ukraine").to("Russia")
                .withTitle("names of prisoners"));
        built.put("implementation-step-completed-several", ImplementationStepCompleted.under(
                        env("implementation-step-completed-several"), "second-exchange")
                .withDelivered(new Share("Russia", Quantity.exactly(300)).withUnit("prisoners").withProvision("pows"),
                        new Share("Ukraine", Quantity.exactly(300)).withUnit("prisoners").withProvision("pows"),
                        new Share("Russia", Quantity.exactly(6000)).withUnit("bodies").withProvision("bodies"))
                .withDescription("prisoners and bodies in one exchange").withProvisions("pows", "bodies"));
        built.put("implementation-step-completed-unstated", ImplementationStepCompleted.under(
                        env("implementation-step-completed-unstated"), "second-exchange")
                .withDelivered(new Share("Ukraine", Quantity.undisclosed()).withUnit("civilians"))
                .withDescription("civilians returned; the reports name no category"));
        Agent umerov = Agent.named("Rustem Umerov", "Defence Minister of Ukraine", "Ukraine");
        built.put("demand-made-words", DemandMade.by(env("demand-made-words"), "France", "Germany",
                        "United Kingdom").to("Russia").terms("a full ceasefire before any further talks")
                .withCoalition("E3").withSpeaker(Agent.named("Jean-Noël Barrot", "Foreign Minister of France",
                        "France")).withQuote("the ball is in Russia's court"));
        built.put("proposal-rejected-words", ProposalRejected.of(env("proposal-rejected-words"), "e3-demand")
                .by("Russia").withReason("ultimatums are unacceptable")
                .withSpeaker(Agent.named("Dmitry Peskov", "Kremlin spokesman", "Russia"))
                .withQuote("The language of ultimatums is unacceptable to us."));
        built.put("agreement-signed-signatories", AgreementSigned.of(env("agreement-signed-signatories"),
                        "second-exchange").by("Russia").withCounterparts("Turkey")
                .withSignatories(Agent.named("Vladimir Medinsky", "Head of the Russian delegation", "Russia"),
                        Agent.named("Hakan Fidan", "Foreign Minister of Turkey", "Turkey")));
        built.put("agreement-reached-announced", AgreementReached.titled(env("agreement-reached-announced"),
                        "third exchange").provisions(Provision.of("wounded", "seriously wounded prisoners"))
                .withParties("Russia", "Ukraine").announcedBy("Ukraine").withSignatories(umerov));
        built.put("fulfilment-declared-words", FulfilmentDeclared.of(env("fulfilment-declared-words"),
                "second-exchange").by("Ukraine").withProvision("lists").withSpeaker(umerov)
                .withQuote("the lists were handed over in full"));
        built.put("delegation-appointed-unnamed", DelegationAppointed.of(env("delegation-appointed-unnamed"),
                "Russia").withSize(12));
        built.put("agreement-suspended-provisions", AgreementSuspended.of(env("agreement-suspended-provisions"),
                        "second-exchange").by("Russia").withReason("lists incomplete").withProvisions("pows", "bodies")
                .until(PartialDate.parse("2025-06-30")).forDays(15));
        built.put("agreement-resumed-provisions", AgreementResumed.of(env("agreement-resumed-provisions"),
                "second-exchange").by("Russia").withReason("lists agreed").withProvisions("pows"));
        built.put("implementation-step-completed-complete", ImplementationStepCompleted.under(
                        env("implementation-step-completed-complete"), "second-exchange").withProvision("lists")
                .withDescription("the last lists handed over").completing());
        built.put("statement-made-disputes-part", StatementMade.summarising(env("statement-made-disputes-part"),
                Agent.named("Petro Yatsenko", "Coordination HQ", "Ukraine"),
                "one body handed over was not a Ukrainian soldier's"));
        return built;
    }

    static Stream<Class<? extends Development>> types() {
        return DevelopmentTypes.all().values().stream();
    }

    static Stream<String> widened() {
        return WIDENED.keySet().stream();
    }

    @Nested
    @DisplayName("every type")
    class EveryType {
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.parley.model.DevelopmentsInWordsTest#types")
        @DisplayName("built with its factories equals the positional sample and writes its golden JSON")
        void equalsTheSample(Class<? extends Development> type) throws IOException {
            Development built = inWords().get(type);
            assertThat(built).as("%s built in words", type.getSimpleName()).isEqualTo(SAMPLES.get(type));
            assertThat(ParleyJson.codec().writePretty(built) + "\n")
                    .isEqualTo(Files.readString(GOLDEN.resolve(built.typeName() + ".json")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.parley.model.DevelopmentsInWordsTest#widened")
        @DisplayName("every field added to parley/1 can be set in words too, and writes its golden JSON")
        void widenedEqualsTheSample(String name) throws IOException {
            Development built = widenedInWords().get(name);
            assertThat(built).as(name).isEqualTo(WIDENED.get(name));
            assertThat(ParleyJson.codec().writePretty(built) + "\n")
                    .isEqualTo(Files.readString(GOLDEN.resolve(name + ".json")));
        }

        @Test
        @DisplayName("is covered: the types built above are all the permitted subclasses, walking the sealed tree")
        void coversEveryPermittedType() {
            assertThat(inWords().keySet()).containsExactlyInAnyOrderElementsOf(concrete(Development.class));
            assertThat(widenedInWords().keySet()).containsExactlyInAnyOrderElementsOf(WIDENED.keySet());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.parley.model.DevelopmentsInWordsTest#permitted")
        @DisplayName("has a public static factory that takes the envelope first")
        void hasAFactory(Class<?> type) {
            assertThat(Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()))
                    .filter(m -> m.getParameterCount() > 0 && m.getParameterTypes()[0] == Envelope.class)
                    .map(Method::getName))
                    .as("public static factories of %s taking an Envelope first", type.getSimpleName())
                    .isNotEmpty();
        }
    }

    static Stream<Class<? extends Development>> permitted() {
        return concrete(Development.class).stream();
    }

    private static List<Class<? extends Development>> concrete(Class<? extends Development> type) {
        if (!type.isSealed()) {
            return List.of(type);
        }
        return Arrays.stream(type.getPermittedSubclasses())
                .flatMap(sub -> concrete(sub.asSubclass(Development.class)).stream()).toList();
    }

    @Nested
    @DisplayName("the values inside them")
    class Values {
        @Test
        @DisplayName("an attribution is built without a null URL, and with every part, in words")
        void attribution() {
            Attribution chain = SAMPLES.get(NegotiationOpened.class).sources().get(0);
            assertThat(Attribution.of("UNN").withUrl("https://unn.ua/en/news/example")
                    .withPublished(LocalDate.of(2025, 6, 2))
                    .withVia(Agent.outlet("Axios"), UMEROV)).isEqualTo(chain);
            Attribution noted = WIDENED.get("statement-made-addressed").sources().get(0);
            assertThat(Attribution.of("Babel").withUrl("https://babel.ua/en/news/example")
                    .withPublished(LocalDate.of(2025, 6, 3)).withVia(Agent.outlet("WSJ"))
                    .withNote("mirror of a WSJ story")).isEqualTo(noted);
        }

        @Test
        @DisplayName("a soft deadline is vague timing, a firm one keeps the source's words when given them")
        void deadlines() {
            assertThat(Deadline.soft("2025-06")).isEqualTo(new Deadline(
                    dev.parley.timeline.PartialDate.parse("2025-06"), true, null));
            assertThat(Deadline.by("2025-06-13").withText("within a week")).isEqualTo(new Deadline(
                    dev.parley.timeline.PartialDate.parse("2025-06-13"), false, "within a week"));
        }
    }

    @Nested
    @DisplayName("the factories")
    class Factories {
        @Test
        @DisplayName("give a fulfilment its FULFILS ref to the position, once")
        void fulfilmentRef() {
            Envelope bare = Envelope.of("children-back", Samples.NEGOTIATION, "2025-07-08");
            FulfilmentReported reported = FulfilmentReported.of(bare, "offer").by("Russia").withComplete(true);
            assertThat(reported.refs()).containsExactly(Ref.of(RefKind.FULFILS, "offer"));
            assertThat(reported.complete()).isTrue();
            assertThat(FulfilmentReported.of(reported.envelope(), "offer").by("Russia").refs())
                    .containsExactly(Ref.of(RefKind.FULFILS, "offer"));
        }

        @Test
        @DisplayName("reject bad content with the same rule-named error as the constructors")
        void badContent() {
            Envelope envelope = Envelope.of("demand", Samples.NEGOTIATION, "2025-06-02");
            assertThatThrownBy(() -> DemandMade.by(envelope).terms("a ceasefire"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("by: is required and must name at least one side");
            assertThatThrownBy(() -> OfferMade.by(envelope, "Russia").to("Ukraine", null).terms("children"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("to: must not contain null entries");
            assertThatThrownBy(() -> StatementMade.quoting(envelope, UMEROV, " "))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("quote: a statement needs a quote or a summary");
            assertThatThrownBy(() -> ReportCorrected.replacing(envelope, null))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("replacement: is required");
        }

        @Test
        @DisplayName("copy: a withX leaves the original as it was")
        void withersCopy() {
            OfferMade offer = OfferMade.by(Envelope.of("offer", Samples.NEGOTIATION, "2025-06-02"), "Russia")
                    .terms("return children");
            OfferMade dated = offer.withDeadline(Deadline.by("2025-07-10"));
            assertThat(offer.deadline()).isNull();
            assertThat(offer.to()).isEmpty();
            assertThat(dated.deadline()).isEqualTo(Deadline.by("2025-07-10"));
            assertThat(dated).isNotSameAs(offer).isInstanceOf(OfferMade.class);

            Envelope envelope = Envelope.of("confirmed", Samples.NEGOTIATION, "2025-06-05");
            ClaimConfirmed confirmed = ClaimConfirmed.of(envelope, "claim").by(Agent.outlet("Observer Mission"));
            assertThat(confirmed.withQuote("It happened.").withSummary("confirmed the abductions"))
                    .isEqualTo(new ClaimConfirmed(envelope, "claim", Agent.outlet("Observer Mission"), "It happened.",
                            "confirmed the abductions"));
            assertThat(confirmed.quote()).isNull();
        }
    }
}
