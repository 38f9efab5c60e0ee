package dev.parley.timeline;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("AsOf, a cut on three axes")
class AsOfTest {
    static final LocalDate JUNE_2 = LocalDate.of(2025, 6, 2);
    static final LocalDate JUNE_20 = LocalDate.of(2025, 6, 20);
    static final Instant JULY_1_NOON = Instant.parse("2025-07-01T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    @Nested
    @DisplayName("the factories")
    class Factories {
        @Test
        @DisplayName("each set one axis and leave the others empty")
        void oneAxisEach() {
            assertThat(AsOf.occurredBy(JUNE_2)).isEqualTo(new AsOf(JUNE_2, null, null));
            assertThat(AsOf.knownAt(JUNE_20)).isEqualTo(new AsOf(null, JUNE_20, null));
            assertThat(AsOf.recordedBy(JULY_1_NOON)).isEqualTo(new AsOf(null, null, JULY_1_NOON));
            assertThat(AsOf.now()).isEqualTo(new AsOf(null, null, null));
        }

        @Test
        @DisplayName("the two-date constructor of older callers has no audit cut")
        void twoAxisConstructor() {
            AsOf cut = new AsOf(JUNE_2, JUNE_20);
            assertThat(cut.recordedBy()).isNull();
            assertThat(cut).isEqualTo(new AsOf(JUNE_2, JUNE_20, null));
        }
    }

    @Nested
    @DisplayName("combining axes")
    class Combining {
        @Test
        @DisplayName("'what did our database say on 1 July about what had happened by 2 June, as reported by 20 June'")
        void allThree() {
            AsOf cut = AsOf.recordedBy(JULY_1_NOON).andOccurredBy(JUNE_2).andKnownAt(JUNE_20);
            assertThat(cut).isEqualTo(new AsOf(JUNE_2, JUNE_20, JULY_1_NOON));
            assertThat(AsOf.occurredBy(JUNE_2).andKnownAt(JUNE_20).andRecordedBy(JULY_1_NOON)).isEqualTo(cut);
            assertThat(AsOf.knownAt(JUNE_20).andRecordedBy(JULY_1_NOON).andOccurredBy(JUNE_2)).isEqualTo(cut);
        }

        @Test
        @DisplayName("each and… replaces its own axis and keeps the others")
        void replacesOnlyItsAxis() {
            AsOf cut = new AsOf(JUNE_2, JUNE_20, JULY_1_NOON);
            Instant later = JULY_1_NOON.plusSeconds(60);
            assertThat(cut.andRecordedBy(later)).isEqualTo(new AsOf(JUNE_2, JUNE_20, later));
            assertThat(cut.andOccurredBy(JUNE_20)).isEqualTo(new AsOf(JUNE_20, JUNE_20, JULY_1_NOON));
            assertThat(cut.andKnownAt(JUNE_2)).isEqualTo(new AsOf(JUNE_2, JUNE_2, JULY_1_NOON));
            assertThat(cut.andRecordedBy(null)).isEqualTo(new AsOf(JUNE_2, JUNE_20));
        }
    }

    @Nested
    @DisplayName("isNow")
    class IsNow {
        @Test
        @DisplayName("is true only with no cut on any axis")
        void onlyWithoutCuts() {
            assertThat(AsOf.now().isNow()).isTrue();
            assertThat(new AsOf(null, null).isNow()).isTrue();
            assertThat(AsOf.occurredBy(JUNE_2).isNow()).isFalse();
            assertThat(AsOf.knownAt(JUNE_20).isNow()).isFalse();
            assertThat(AsOf.recordedBy(JULY_1_NOON).isNow()).isFalse();
        }
    }

    @Nested
    @DisplayName("toString")
    class ToString {
        @Test
        @DisplayName("names each axis that is cut, in order")
        void namesTheAxes() {
            assertThat(AsOf.now()).hasToString("now");
            assertThat(AsOf.occurredBy(JUNE_2)).hasToString("occurred by 2025-06-02");
            assertThat(AsOf.recordedBy(JULY_1_NOON)).hasToString("recorded by 2025-07-01T12:00:00Z");
            assertThat(AsOf.occurredBy(JUNE_2).andKnownAt(JUNE_20))
                    .hasToString("occurred by 2025-06-02, known at 2025-06-20");
            assertThat(AsOf.knownAt(JUNE_20).andRecordedBy(JULY_1_NOON))
                    .hasToString("known at 2025-06-20, recorded by 2025-07-01T12:00:00Z");
            assertThat(new AsOf(JUNE_2, JUNE_20, JULY_1_NOON))
                    .hasToString("occurred by 2025-06-02, known at 2025-06-20, recorded by 2025-07-01T12:00:00Z");
        }
    }

    @Nested
    @DisplayName("evaluationDate")
    class EvaluationDate {
        @Test
        @DisplayName("is the valid-time cut, else the knowledge cut, else the audit cut's UTC day, else today")
        void precedence() {
            assertThat(new AsOf(JUNE_2, JUNE_20, JULY_1_NOON).evaluationDate(TODAY)).isEqualTo(JUNE_2);
            assertThat(new AsOf(null, JUNE_20, JULY_1_NOON).evaluationDate(TODAY)).isEqualTo(JUNE_20);
            assertThat(AsOf.recordedBy(JULY_1_NOON).evaluationDate(TODAY)).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(AsOf.now().evaluationDate(TODAY)).isEqualTo(TODAY);
        }

        @Test
        @DisplayName("takes the audit cut's day in UTC, whatever the machine's zone")
        void auditDayInUtc() {
            assertThat(AsOf.recordedBy(Instant.parse("2025-07-01T23:59:59.999Z")).evaluationDate(TODAY))
                    .isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(AsOf.recordedBy(Instant.parse("2025-07-02T00:00:00Z")).evaluationDate(TODAY))
                    .isEqualTo(LocalDate.of(2025, 7, 2));
        }
    }
}
