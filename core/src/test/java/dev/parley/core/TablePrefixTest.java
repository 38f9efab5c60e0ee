package dev.parley.core;

import dev.parley.Parley;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Builder.tablePrefix")
class TablePrefixTest {

    @Nested
    @DisplayName("accepts")
    class Accepts {
        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"parley_", "news", "news_parley_", "p2_", "audit.", "audit.parley_", "a_b.c_d_"})
        @DisplayName("a lowercase prefix, a schema and a dot, or both")
        void valid(String prefix) {
            assertThatCode(() -> Parley.builder().tablePrefix(prefix)).doesNotThrowAnyException();
        }
    }

    @Nested
    @DisplayName("rejects, naming the rule and the value")
    class Rejects {
        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "Parley_", "_parley", "2parley", "par ley", "parley-", "a.b.c", ".parley_",
                "parley;drop table x", "\"quoted\"", "parley\u001b[2J",
                "an_extremely_long_prefix_that_no_database_likes_"})
        @DisplayName("anything that is not an unquoted lowercase identifier, or too long")
        void invalid(String prefix) {
            assertThatThrownBy(() -> Parley.builder().tablePrefix(prefix))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("tablePrefix must be lowercase letters, digits and underscores")
                    .hasMessageNotContaining("\u001b");
        }

        @org.junit.jupiter.api.Test
        @DisplayName("null")
        void nullPrefix() {
            assertThatThrownBy(() -> Parley.builder().tablePrefix(null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("got null");
        }
    }
}
