package dev.parley.timeline;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Value types")
class ValueTypesTest {

    @Nested
    @DisplayName("PartialDate")
    class PartialDates {
        @ParameterizedTest(name = "{0} is {1}, from {2} to {3}")
        @CsvSource({
                "2025, YEAR, 2025-01-01, 2025-12-31",
                "2025-02, MONTH, 2025-02-01, 2025-02-28",
                "2024-02, MONTH, 2024-02-01, 2024-02-29",
                "2025-06-02, DAY, 2025-06-02, 2025-06-02",
                "2025-06-02T23:30+03:00, MINUTE, 2025-06-02, 2025-06-02"})
        @DisplayName("takes its precision and period from the written form")
        void precision(String value, Precision precision, LocalDate earliest, LocalDate latest) {
            PartialDate date = PartialDate.parse(value);
            assertThat(date.precision()).isEqualTo(precision);
            assertThat(date.earliest()).isEqualTo(earliest);
            assertThat(date.latest()).isEqualTo(latest);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-02-30", "2025-13", "2025-06-02T25:00Z", "June 2025", "25-06-02",
                "2025-06-02T10:00"})
        @DisplayName("rejects impossible or unknown forms")
        void rejects(String value) {
            assertThatThrownBy(() -> PartialDate.parse(value))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("date: '" + value + "'");
        }

        @Test
        @DisplayName("rejects a precision that contradicts the value")
        void precisionMismatch() {
            assertThatThrownBy(() -> new PartialDate("2025-06", Precision.DAY, false, null, null))
                    .hasMessage("date: precision DAY does not match '2025-06', which is written to MONTH precision");
        }

        @Test
        @DisplayName("narrows by a window inside its period, and only there")
        void window() {
            PartialDate june = PartialDate.parse("2025-06").within(LocalDate.of(2025, 6, 10), null);
            assertThat(june.earliest()).isEqualTo(LocalDate.of(2025, 6, 10));
            assertThat(june.latest()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(june.isExactDay()).isFalse();
            assertThatThrownBy(() -> PartialDate.parse("2025-06").within(LocalDate.of(2025, 7, 1), null))
                    .hasMessage("date: notBefore 2025-07-01 lies outside 2025-06");
            assertThatThrownBy(() -> PartialDate.parse("2025").within(LocalDate.of(2025, 7, 1),
                    LocalDate.of(2025, 6, 1)))
                    .hasMessage("date: notAfter 2025-06-01 is before notBefore 2025-07-01");
        }

        @Test
        @DisplayName("orders by earliest day, then latest, then instant")
        void order() {
            List<PartialDate> dates = List.of(PartialDate.parse("2025-06-02T12:00Z"), PartialDate.parse("2025-06"),
                    PartialDate.parse("2025-06-02T09:00Z"), PartialDate.parse("2025"));
            assertThat(dates.stream().sorted().map(PartialDate::value)).containsExactly(
                    "2025", "2025-06", "2025-06-02T09:00Z", "2025-06-02T12:00Z");
        }
    }

    @Nested
    @DisplayName("Quantity")
    class Quantities {
        @Test
        @DisplayName("knows exact, bounded, all and undisclosed counts; undisclosed is not zero")
        void forms() {
            assertThat(Quantity.exactly(10).isExact()).isTrue();
            assertThat(Quantity.atLeast(500).toString()).isEqualTo("at least 500");
            assertThat(Quantity.undisclosed().value()).isNull();
            assertThat(Quantity.undisclosed()).isNotEqualTo(Quantity.exactly(0));
            assertThat(Quantity.all().toString()).isEqualTo("all");
        }

        @Test
        @DisplayName("rejects negative counts and numbers where none belong")
        void rejects() {
            assertThatThrownBy(() -> Quantity.exactly(-1)).hasMessage("quantity.value: must not be negative (got -1)");
            assertThatThrownBy(() -> new Quantity(3, Quantity.Qualifier.UNDISCLOSED))
                    .hasMessage("quantity.value: UNDISCLOSED takes no value (got 3)");
            assertThatThrownBy(() -> new Quantity(null, Quantity.Qualifier.ABOUT))
                    .hasMessage("quantity.value: is required for ABOUT");
        }

        @Test
        @DisplayName("holds exact decimals without trailing zeros, so equal numbers are equal quantities")
        void decimals() {
            assertThat(Quantity.exactly("97.850")).isEqualTo(Quantity.exactly("97.85"));
            assertThat(Quantity.exactly("97.85").value()).isEqualTo(new java.math.BigDecimal("97.85"));
            assertThat(Quantity.exactly(new java.math.BigDecimal("1E+3"))).isEqualTo(Quantity.exactly(1000));
            assertThat(Quantity.exactly("0.1").value().add(Quantity.exactly("0.2").value()))
                    .isEqualTo(new java.math.BigDecimal("0.3"));
            assertThatThrownBy(() -> Quantity.exactly("9,785"))
                    .hasMessage("quantity.value: expected a number or a decimal string such as \"97.85\", got "
                            + "\"9,785\"");
        }

        @Test
        @DisplayName("carries a unit, compared exactly, and says it after the number")
        void units() {
            Quantity rate = Quantity.exactly("24.5").withUnit("per cent");
            assertThat(rate.toString()).isEqualTo("24.5 per cent");
            assertThat(rate).isNotEqualTo(Quantity.exactly("24.5").withUnit("percent"));
            assertThat(Quantity.about("12.5").withUnit("billion USD").toString()).isEqualTo("about 12.5 billion USD");
            assertThatThrownBy(() -> Quantity.exactly(1).withUnit("USD\n"))
                    .hasMessageStartingWith("quantity.unit: 'USD\n' is not a unit");
        }

        @Test
        @DisplayName("tells a count not stated from an undisclosed one and from zero")
        void notStated() {
            assertThat(Quantity.notStated().value()).isNull();
            assertThat(Quantity.notStated()).isNotEqualTo(Quantity.undisclosed()).isNotEqualTo(Quantity.exactly(0));
            assertThat(Quantity.notStated().toString()).isEqualTo("not stated");
        }
    }

    @Nested
    @DisplayName("Share")
    class Shares {
        @Test
        @DisplayName("holds a unit given on its quantity as its own, and refuses two different units")
        void unitOnce() {
            Share share = new Share("China", Quantity.exactly(12).withUnit("million tonnes"));
            assertThat(share.unit()).isEqualTo("million tonnes");
            assertThat(share.quantity()).isEqualTo(Quantity.exactly(12));
            assertThat(share).isEqualTo(new Share("China", Quantity.exactly(12)).withUnit("million tonnes"));
            assertThatThrownBy(() -> new Share("China", Quantity.exactly(12).withUnit("tonnes"), "USD", null))
                    .hasMessage("share.unit: 'USD' differs from the quantity's unit 'tonnes'; give the unit once");
        }

        @Test
        @DisplayName("counts its own party's deliveries unless it names whose deliveries count")
        void countedParty() {
            Share own = new Share("Russia", Quantity.exactly(10));
            assertThat(own.countedParty()).isEqualTo("Russia");
            Share purchase = own.countingDeliveriesOf("Ukraine");
            assertThat(purchase.countedParty()).isEqualTo("Ukraine");
            assertThat(purchase.toString()).isEqualTo("Russia: 10 (counting deliveries by Ukraine)");
            assertThat(own.countingDeliveriesOf("Russia").deliveredBy()).isNull();
        }
    }

    @Nested
    @DisplayName("Attribution and Agent")
    class Attributions {
        @Test
        @DisplayName("the root source is the end of the citation chain")
        void root() {
            Attribution chain = new Attribution("UNN", "https://unn.ua/x", null,
                    List.of(Agent.outlet("Axios"), Agent.named("Rustem Umerov", "Defence Minister", "Ukraine")));
            assertThat(chain.root().name()).isEqualTo("Rustem Umerov");
            assertThat(chain.isAnonymous()).isFalse();
            assertThat(chain.toString()).isEqualTo("UNN <- Axios <- Rustem Umerov (Defence Minister)");
            assertThat(Attribution.of("Reuters").root().name()).isEqualTo("Reuters");
        }

        @Test
        @DisplayName("an anonymous group has a description and a count, never a name")
        void anonymous() {
            Agent officials = Agent.anonymous("Ukrainian officials", "Ukraine", 2);
            assertThat(officials.toString()).isEqualTo("2 unnamed Ukrainian officials");
            assertThat(officials.key()).isEqualTo("anonymous Ukrainian officials (Ukraine)");
            assertThatThrownBy(() -> new Agent("Someone", "official", null, true, null))
                    .hasMessage("agent.name: an anonymous agent has no name (got 'Someone')");
            assertThatThrownBy(() -> new Agent(null, null, null, false, null))
                    .hasMessage("agent.name: is required unless the agent is anonymous");
            assertThatThrownBy(() -> Agent.anonymous("officials", null, 0))
                    .hasMessage("agent.count: must be at least 1 (got 0)");
        }

        @Test
        @DisplayName("rejects a URL that is not absolute")
        void url() {
            assertThatThrownBy(() -> new Attribution("UNN", "unn.ua/news", null, List.of()))
                    .hasMessage("source.url: 'unn.ua/news' is not an absolute URL");
        }
    }

    @Nested
    @DisplayName("Envelope and developments")
    class Envelopes {
        @Test
        @DisplayName("reported defaults to occurred")
        void reportedDefault() {
            Envelope envelope = Envelope.of("d1", "talks", "2025-06-02");
            assertThat(envelope.reported()).isEqualTo(envelope.occurred());
            assertThat(envelope.reportedOn("2025-06-05").reported()).isEqualTo(PartialDate.parse("2025-06-05"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "has space", "-leading-dash", "ü-umlaut"})
        @DisplayName("ids are slugs or UUIDs")
        void ids(String id) {
            assertThatThrownBy(() -> Envelope.of(id, "talks", "2025-06-02"))
                    .isInstanceOf(InvalidValueException.class)
                    .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("id"));
        }

        @Test
        @DisplayName("content is validated where the development is built")
        void content() {
            Envelope env = Envelope.of("s1", "talks", "2025-06-02");
            assertThatThrownBy(() -> new StatementMade(env, Agent.outlet("X"), null, " "))
                    .hasMessage("quote: a statement needs a quote or a summary");
            assertThatThrownBy(() -> new AgreementReached(env, "deal", List.of("A"), List.of()))
                    .hasMessage("provisions: an agreement needs at least one provision");
            assertThatThrownBy(() -> new RoundHeld(env, 0, null, null, List.of(), null))
                    .hasMessage("number: must be at least 1 (got 0)");
            assertThat(new RoundHeld(env, 2, "Istanbul", null, null, null).typeName()).isEqualTo("round-held");
        }
    }
}
