package dev.parley.timeline;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Dates with a time of day and a time zone")
class TimeOfDayTest {
    static final LocalDate MAY_10 = LocalDate.of(2025, 5, 10);
    static final LocalDate MAY_11 = LocalDate.of(2025, 5, 11);

    @Nested
    @DisplayName("the written forms")
    class Forms {
        @ParameterizedTest(name = "{0} is {1}, at {2}")
        @CsvSource({
                "2025-05-10T12:00Z, MINUTE, 2025-05-10T12:00:00Z",
                "2025-05-10T12:00+08:00, MINUTE, 2025-05-10T04:00:00Z",
                "2025-05-10T12:00[America/New_York], MINUTE, 2025-05-10T16:00:00Z",
                "2025-05-10T12:00-04:00[America/New_York], MINUTE, 2025-05-10T16:00:00Z",
                "2025-05-10T20+02:00, HOUR, 2025-05-10T18:00:00Z",
                "2025-05-10T20[Europe/Zurich], HOUR, 2025-05-10T18:00:00Z",
                "2025-01-10T20[Europe/Zurich], HOUR, 2025-01-10T19:00:00Z"
        })
        @DisplayName("a time to the hour or minute, with an offset, a named zone or both, is one instant")
        void oneInstant(String value, Precision precision, String instant) {
            PartialDate date = PartialDate.parse(value);
            assertThat(date.precision()).isEqualTo(precision);
            assertThat(date.isTimed()).isTrue();
            assertThat(date.from()).isEqualTo(Instant.parse(instant));
            assertThat(date.value()).isEqualTo(value);
        }

        @Test
        @DisplayName("the zone is kept by name, and the local day stays the written day")
        void zoneKept() {
            PartialDate evening = PartialDate.parse("2025-05-11T21:00[America/New_York]");
            assertThat(evening.zone()).contains(ZoneId.of("America/New_York"));
            assertThat(evening.earliest()).isEqualTo(MAY_11);
            assertThat(evening.firstUtcDay()).isEqualTo(LocalDate.of(2025, 5, 12));
            assertThat(PartialDate.parse("2025-05-11T21:00Z").zone()).isEmpty();
        }

        @Test
        @DisplayName("an hour spans the hour, a minute the minute, a day its whole UTC day")
        void spans() {
            assertThat(PartialDate.parse("2025-05-10T20Z").until()).isEqualTo(Instant.parse("2025-05-10T21:00:00Z"));
            assertThat(PartialDate.parse("2025-05-10T20:30Z").until())
                    .isEqualTo(Instant.parse("2025-05-10T20:31:00Z"));
            PartialDate day = PartialDate.parse("2025-05-10");
            assertThat(day.from()).isEqualTo(Instant.parse("2025-05-10T00:00:00Z"));
            assertThat(day.until()).isEqualTo(Instant.parse("2025-05-11T00:00:00Z"));
            assertThat(PartialDate.parse("2025-05").until()).isEqualTo(Instant.parse("2025-06-01T00:00:00Z"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "2025-05-10T12:00|has a time but no offset or time zone",
                "2025-05-10T12:00[Mars/Olympus]|names the time zone 'Mars/Olympus', which is not an IANA time zone",
                "2025-05-10T12:00+02:00[America/New_York]|the offset +02:00 is not the offset of America/New_York "
                        + "at that time (-04:00)",
                "2025-03-09T02:30[America/New_York]|does not exist in America/New_York: the clocks skipped that time",
                "2025-11-02T01:30[America/New_York]|happened twice in America/New_York (the clocks went back): "
                        + "write its offset too",
                "2025-05-10T25:00Z|is not a real calendar date",
                "2025-05-10T24Z|is not a real calendar date",
                "2025-05-10T12:00[America/New_York;INIT=x]|is not a date"
        })
        @DisplayName("a time without a zone, an unknown zone, a wrong offset, a skipped or repeated local time are "
                + "rejected, naming the rule")
        void rejected(String value, String message) {
            assertThatThrownBy(() -> PartialDate.parse(value))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("date"))
                    .hasMessageContaining(message);
        }

        @Test
        @DisplayName("a repeated local time with its offset names the one instant")
        void repeatedWithOffset() {
            assertThat(PartialDate.parse("2025-11-02T01:30-05:00[America/New_York]").from())
                    .isEqualTo(Instant.parse("2025-11-02T06:30:00Z"));
            assertThat(PartialDate.parse("2025-11-02T01:30-04:00[America/New_York]").from())
                    .isEqualTo(Instant.parse("2025-11-02T05:30:00Z"));
        }

        @Test
        @DisplayName("a precision given beside the value must match it")
        void precisionChecked() {
            assertThat(new PartialDate("2025-05-10T20Z", Precision.HOUR, false, null, null).precision())
                    .isEqualTo(Precision.HOUR);
            assertThatThrownBy(() -> new PartialDate("2025-05-10T20Z", Precision.MINUTE, false, null, null))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("written to HOUR precision");
        }
    }

    @Nested
    @DisplayName("the one rule: instants when there is a time, UTC days otherwise")
    class OneRule {
        @Test
        @DisplayName("dates sort by instant across zones, a day before the times inside it")
        void ordering() {
            List<PartialDate> dates = List.of(
                    PartialDate.parse("2025-05-11T21:00[America/New_York]"), // 01:00Z on 12 May
                    PartialDate.parse("2025-05-12T08:00[Asia/Shanghai]"),   // 00:00Z on 12 May
                    PartialDate.parse("2025-05-11"),
                    PartialDate.parse("2025-05-11T09Z"));
            assertThat(dates.stream().sorted().map(PartialDate::value)).containsExactly("2025-05-11",
                    "2025-05-11T09Z", "2025-05-12T08:00[Asia/Shanghai]", "2025-05-11T21:00[America/New_York]");
        }

        @Test
        @DisplayName("a cut day holds what happened before its end in UTC: an evening in Washington is on the "
                + "next day, a morning in Beijing on the day before")
        void placement() {
            PartialDate washingtonEvening = PartialDate.parse("2025-05-10T21:00[America/New_York]");
            assertThat(AsOf.place(washingtonEvening, MAY_10)).isEqualTo(AsOf.Placement.OUT);
            assertThat(AsOf.place(washingtonEvening, MAY_11)).isEqualTo(AsOf.Placement.IN);
            PartialDate beijingMorning = PartialDate.parse("2025-05-11T07:00[Asia/Shanghai]");
            assertThat(AsOf.place(beijingMorning, MAY_10)).isEqualTo(AsOf.Placement.IN);
            assertThat(AsOf.place(PartialDate.parse("2025-05-10"), MAY_10)).isEqualTo(AsOf.Placement.IN);
            assertThat(AsOf.place(PartialDate.parse("2025-05"), MAY_10)).isEqualTo(AsOf.Placement.UNCERTAIN);
            assertThat(AsOf.endOf(MAY_10)).isEqualTo(Instant.parse("2025-05-11T00:00:00Z"));
        }

        @Test
        @DisplayName("a noon deadline has passed at the end of its own day; a deadline without a time the day after")
        void deadlines() {
            PartialDate saturdayNoon = PartialDate.parse("2025-05-10T12:00[America/New_York]");
            assertThat(saturdayNoon.hasPassedBy(MAY_10.minusDays(1))).isFalse();
            assertThat(saturdayNoon.hasPassedBy(MAY_10)).isTrue();
            PartialDate saturday = PartialDate.parse("2025-05-10");
            assertThat(saturday.hasPassedBy(MAY_10)).isFalse();
            assertThat(saturday.hasPassedBy(MAY_11)).isTrue();
            PartialDate lateEvening = PartialDate.parse("2025-05-10T22:00[America/New_York]");
            assertThat(lateEvening.hasPassedBy(MAY_10)).as("02:00 UTC on 11 May").isFalse();
            assertThat(lateEvening.hasPassedBy(MAY_11)).isTrue();
        }

        @Test
        @DisplayName("'certainly before' compares instants: a noon deadline is before a 14:00 offer of the same day, "
                + "but not before the day itself")
        void certainlyBefore() {
            PartialDate noon = PartialDate.parse("2025-05-10T12:00Z");
            assertThat(noon.isCertainlyBefore(PartialDate.parse("2025-05-10T14:00Z"))).isTrue();
            assertThat(noon.isCertainlyBefore(PartialDate.parse("2025-05-10"))).isFalse();
            assertThat(PartialDate.parse("2025-05-09").isCertainlyBefore(noon)).isTrue();
            assertThat(noon.isCertainlyBefore(noon)).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2025-08-12T00:01[America/New_York]", "2025-08-12T00:01-04:00", "2025-08-12T09Z"})
        @DisplayName("moved by whole days, a time keeps its local time and its zone (the offset follows the zone)")
        void plusDays(String value) {
            PartialDate moved = PartialDate.parse(value).plusDaysAtSameTime(90);
            assertThat(moved.value()).isEqualTo(value.replace("2025-08-12", "2025-11-10"));
        }

        @Test
        @DisplayName("across a change of clocks, the zone's new offset applies")
        void plusDaysAcrossClockChange() {
            PartialDate moved = PartialDate.parse("2025-08-12T00:01[America/New_York]").plusDaysAtSameTime(90);
            assertThat(moved.from()).isEqualTo(Instant.parse("2025-11-10T05:01:00Z"));
        }
    }
}
