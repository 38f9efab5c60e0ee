package dev.parley.test;

import dev.parley.Parley;
import dev.parley.model.History;
import dev.parley.model.NegotiationDecider;
import dev.parley.model.NegotiationProjection;
import dev.parley.model.TimelineFiles;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.state.NegotiationState;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Given developments, when one more is reported (or when the negotiation is replayed at a date), then the result
 * and the state are as expected. The stages are types, so the compiler keeps them in order; checks take
 * consumers, so any assertion library fits (see {@link ParleyAssertions}).
 *
 * <pre>{@code
 * ParleyFixture.forNegotiation("talks")
 *         .given(opened, offerToReturnChildren)
 *         .when(acceptance)
 *         .then()
 *         .recorded()
 *         .state(state -> ParleyAssertions.assertThat(state)
 *                 .hasOffer("ru-offer-children").withStatus(PositionStatus.ACCEPTED));
 *
 * ParleyFixture.forNegotiation("talks")
 *         .givenNothing()
 *         .when(acceptance)
 *         .then()
 *         .rejectedWith(Rule.NEGOTIATION_NOT_OPENED, "has not been opened");
 * }</pre>
 *
 * Every given and when development runs through the real rules ({@code NegotiationDecider}) and the real fold
 * ({@code NegotiationProjection}), and first through the JSON codec every store uses: a development that does
 * not read back equal fails the test, naming the development and the field. {@link #forNegotiation} runs in
 * memory without Axon (fast); {@link #on(Parley, String)} runs against a real store. As in a store, the rules
 * judge the history as recorded while {@code state} checks see it with corrections applied, and a cut on any of
 * the three axes is answered the same way: in memory every development is stamped by the given stage's
 * {@linkplain Given#clock clock} when it is recorded, and {@code whenAsOf(AsOf.recordedBy(instant))} sees only what
 * was recorded by that instant, as a store does with its own timestamps.
 */
public final class ParleyFixture {

    private ParleyFixture() {
    }

    /**
     * @param negotiationId the negotiation every development of the test belongs to
     * @return the given stage of a fixture that runs the rules and the fold directly, in memory
     */
    public static Given forNegotiation(String negotiationId) {
        return new Given(new PureLog(negotiationId, Clock.systemUTC()));
    }

    /**
     * @param parley        a store, empty or not; the fixture does not close it
     * @param negotiationId the negotiation every development of the test belongs to
     * @return the given stage of a fixture that records through the store
     */
    public static Given on(Parley parley, String negotiationId) {
        return new Given(new StoreLog(parley, negotiationId));
    }

    /** What the fixture records into. */
    private interface Log {
        String negotiationId();

        RecordResult record(Development development);

        Optional<NegotiationState> state(AsOf asOf, LocalDate today);

        List<Development> developments();
    }

    /** The first stage: what happened before. */
    public static final class Given {
        private Log log;
        private DevelopmentCodec codec = DevelopmentCodec.JSON;
        private LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);

        private Given(Log log) {
            this.log = log;
        }

        /**
         * @param codec the codec for the storage check (default: Parley's JSON)
         * @return this stage
         */
        public Given withCodec(DevelopmentCodec codec) {
            this.codec = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /**
         * Stamps each development recorded in memory with this clock's instant, for cuts on the audit axis
         * ({@code AsOf.recordedBy}); a store stamps with its own clock, so this is for {@link #forNegotiation} only.
         *
         * @param clock the clock that says when each development was recorded (default: the system's, in UTC)
         * @return this stage
         * @throws IllegalStateException on a fixture that records through a store
         */
        public Given clock(Clock clock) {
            Objects.requireNonNull(clock, "clock");
            if (!(log instanceof PureLog pure)) {
                throw new IllegalStateException("a store stamps developments with its own clock: give the clock to "
                        + "Parley's builder, not to the fixture");
            }
            this.log = new PureLog(pure.negotiationId, clock);
            return this;
        }

        /**
         * @param day the day deadlines in the current state are judged against (default: today in UTC, like
         *            {@code Parley}; the store's clock decides for {@link #on(Parley, String)})
         * @return this stage
         */
        public Given today(LocalDate day) {
            this.today = Objects.requireNonNull(day, "day");
            return this;
        }

        /** @return the when stage, with no prior developments */
        public When givenNothing() {
            return new When(this);
        }

        /**
         * @param developments what happened before, in order; each must be recorded
         * @return the when stage
         */
        public When given(Development... developments) {
            return given(List.of(developments));
        }

        /**
         * @param developments what happened before, in order; each must be recorded
         * @return the when stage
         */
        public When given(List<? extends Development> developments) {
            return new When(this).andGiven(developments);
        }

        /**
         * @param file a timeline file (format {@code parley/1}) of this negotiation
         * @return the when stage, with the file's developments recorded
         */
        public When givenFile(Path file) {
            return given(TimelineFiles.read(file).developments());
        }
    }

    /** The second stage: the development under test, or the point in time under test. */
    public static final class When {
        private final Given given;

        private When(Given given) {
            this.given = given;
        }

        /**
         * @param developments more developments that happened before
         * @return this stage
         */
        public When andGiven(List<? extends Development> developments) {
            for (Development development : developments) {
                Development stored = checked(development);
                try {
                    given.log.record(stored);
                } catch (RuleViolationException e) {
                    throw new AssertionError(String.format("%nExpecting given development <%s> to be recorded%n"
                            + "but it was rejected:%n  <%s>", development.id(), e.getMessage()), e);
                }
            }
            return this;
        }

        /**
         * @param development the development reported in the test
         * @return the then stage's entry
         */
        public Outcome when(Development development) {
            Development stored = checked(development);
            try {
                return new Outcome(given, stored, given.log.record(stored), null, AsOf.now());
            } catch (RuleViolationException e) {
                return new Outcome(given, stored, null, e, AsOf.now());
            }
        }

        /**
         * @param asOf the point to replay the given developments at
         * @return the then stage's entry; its {@code state} checks use this point
         */
        public Outcome whenAsOf(AsOf asOf) {
            return new Outcome(given, null, null, null, Objects.requireNonNull(asOf, "asOf"));
        }

        private Development checked(Development development) {
            Objects.requireNonNull(development, "development");
            if (!development.negotiationId().equals(given.log.negotiationId())) {
                throw new AssertionError(String.format("%nExpecting development <%s> to belong to negotiation <%s>"
                        + "%nbut it belongs to <%s>", development.id(), given.log.negotiationId(),
                        development.negotiationId()));
            }
            return RoundTrip.check(given.codec, development);
        }
    }

    /** What the when stage produced; {@link #then()} starts the checks. */
    public static final class Outcome {
        private final Given given;
        private final Development development;
        private final RecordResult result;
        private final RuleViolationException rejection;
        private final AsOf asOf;

        private Outcome(Given given, Development development, RecordResult result, RuleViolationException rejection,
                        AsOf asOf) {
            this.given = given;
            this.development = development;
            this.result = result;
            this.rejection = rejection;
            this.asOf = asOf;
        }

        /** @return the then stage */
        public Then then() {
            return new Then(this);
        }
    }

    /** The third stage: checks on the outcome and the state. */
    public static final class Then {
        private final Outcome outcome;

        private Then(Outcome outcome) {
            this.outcome = outcome;
        }

        /**
         * Checks that the development was new and is now recorded.
         *
         * @return this stage
         */
        public Then recorded() {
            expectResult(RecordResult.RECORDED, "recorded");
            return this;
        }

        /**
         * Checks that an identical development was already recorded, so nothing was stored.
         *
         * @return this stage
         */
        public Then alreadyRecorded() {
            expectResult(RecordResult.ALREADY_RECORDED, "already recorded");
            return this;
        }

        /**
         * @param rule        the rule the development must break
         * @param messagePart text the rejection's message must contain
         * @return this stage
         */
        public Then rejectedWith(Rule rule, String messagePart) {
            Development d = requireDevelopment("rejectedWith");
            if (outcome.rejection == null) {
                throw new AssertionError(String.format("%nExpecting development <%s> to be rejected with:%n  <%s>"
                        + "%nbut it was %s", d.id(), rule, describe(outcome.result)));
            }
            if (outcome.rejection.rule() != rule || !outcome.rejection.getMessage().contains(messagePart)) {
                throw new AssertionError(String.format("%nExpecting development <%s> to be rejected with:%n  <%s>"
                                + " containing <%s>%nbut it was rejected with:%n  <%s>", d.id(), rule, messagePart,
                        outcome.rejection.getMessage()), outcome.rejection);
            }
            return this;
        }

        /**
         * @param check checks on the state after the when stage (at its point in time, for {@code whenAsOf})
         * @return this stage
         */
        public Then state(Consumer<NegotiationState> check) {
            return stateAsOf(outcome.asOf, check);
        }

        /**
         * @param asOf  a point to replay at
         * @param check checks on the state at that point
         * @return this stage
         */
        public Then stateAsOf(AsOf asOf, Consumer<NegotiationState> check) {
            NegotiationState state = outcome.given.log.state(asOf, outcome.given.today).orElseThrow(() ->
                    new AssertionError(String.format("%nExpecting negotiation <%s> to have a state as of <%s>%n"
                            + "but it was not opened by then", outcome.given.log.negotiationId(), asOf)));
            check.accept(state);
            return this;
        }

        /**
         * @param check checks on every recorded development, in recorded order
         * @return this stage
         */
        public Then developments(Consumer<List<Development>> check) {
            check.accept(outcome.given.log.developments());
            return this;
        }

        private void expectResult(RecordResult expected, String words) {
            Development d = requireDevelopment(words);
            if (outcome.result != expected) {
                String actual = outcome.rejection != null
                        ? String.format("rejected:%n  <%s>", outcome.rejection.getMessage())
                        : describe(outcome.result);
                throw new AssertionError(String.format("%nExpecting development <%s> to be %s%nbut it was %s",
                        d.id(), words, actual), outcome.rejection);
            }
        }

        private Development requireDevelopment(String check) {
            if (outcome.development == null) {
                throw new IllegalStateException(check + " needs a development: use when(development), not whenAsOf");
            }
            return outcome.development;
        }

        private static String describe(RecordResult result) {
            return result == RecordResult.RECORDED ? "recorded" : "already recorded";
        }
    }

    /**
     * Runs the real decision directly and answers cuts from the model's {@link History}, the replay the stores use,
     * each development stamped by the clock as a store stamps it.
     */
    private static final class PureLog implements Log {
        private final String negotiationId;
        private final Clock clock;
        private final NegotiationDecider negotiation;
        private final History history;

        PureLog(String negotiationId, Clock clock) {
            this.negotiationId = negotiationId;
            this.clock = clock;
            this.negotiation = NegotiationDecider.initialState(negotiationId);
            this.history = History.of(negotiationId);
        }

        @Override
        public String negotiationId() {
            return negotiationId;
        }

        @Override
        public RecordResult record(Development development) {
            RecordResult result = negotiation.record(development);
            if (result == RecordResult.RECORDED) {
                history.append(development, clock.instant());
            }
            return result;
        }

        @Override
        public Optional<NegotiationState> state(AsOf asOf, LocalDate today) {
            NegotiationState replayed = NegotiationProjection.evaluate(history.stateAsOf(asOf), asOf, today);
            return replayed.isOpened() ? Optional.of(replayed) : Optional.empty();
        }

        @Override
        public List<Development> developments() {
            return history.developments();
        }
    }

    /** Records through a real store. */
    private record StoreLog(Parley parley, String negotiationId) implements Log {
        @Override
        public RecordResult record(Development development) {
            return parley.record(development);
        }

        @Override
        public Optional<NegotiationState> state(AsOf asOf, LocalDate today) {
            return parley.state(negotiationId, asOf);
        }

        @Override
        public List<Development> developments() {
            return parley.developments(negotiationId);
        }
    }
}
