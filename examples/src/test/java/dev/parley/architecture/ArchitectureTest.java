package dev.parley.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.parley.model.forbidden.ModelThatKnowsAxon;
import dev.parley.model.forbidden.ModelThatKnowsTheEngine;
import dev.parley.model.forbidden.ModelThatRendersHtml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The arrows between Parley's modules point one way: the API knows nothing else, the model knows no engine, only
 * the engine knows Axon, and only the CLI and the renderers know picocli or HTML.
 */
@DisplayName("Module boundaries")
class ArchitectureTest {
    /** The API: vocabulary, values, state records, exceptions. Jackson annotations only. */
    static final ArchRule API_KNOWS_NOTHING_ELSE = classes().that().resideInAPackage("dev.parley.timeline..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.parley.timeline..", "java..",
                    "com.fasterxml.jackson.annotation..")
            .as("the API (dev.parley.timeline..) depends only on itself, the JDK and Jackson annotations");

    /** The model: decide, evolve, codec. No Axon, no JDBC, no engine, no renderer, no CLI. */
    static final ArchRule MODEL_IS_PURE = noClasses().that().resideInAPackage("dev.parley.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework..", "java.sql..", "javax.sql..",
                    "picocli..", "dev.parley.engine..", "dev.parley.render..", "dev.parley.cli..",
                    "com.zaxxer..", "org.h2..", "org.postgresql..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.parley.Parley")
            .as("the model (dev.parley.model..) knows no Axon, JDBC, engine, renderer or CLI");

    /** Axon stays behind the engine package. */
    static final ArchRule ONLY_THE_ENGINE_KNOWS_AXON = noClasses().that().resideOutsideOfPackage("dev.parley.engine..")
            .should().dependOnClassesThat().resideInAPackage("org.axonframework..")
            .as("only the engine (dev.parley.engine..) knows Axon");

    /** The engine is not API: only the facade reaches into it. */
    static final ArchRule ENGINE_IS_HIDDEN = noClasses().that().resideOutsideOfPackage("dev.parley.engine..")
            .and().doNotHaveFullyQualifiedName("dev.parley.Parley")
            .and().doNotHaveFullyQualifiedName("dev.parley.Parley$Builder")
            .should().dependOnClassesThat().resideInAPackage("dev.parley.engine..")
            .as("nothing but the Parley facade reaches into the engine");

    /**
     * Micrometer is optional in parley-core: one engine class knows it (and the builder method that hands it the
     * registry), so Parley loads without it (WithoutMicrometerTest in core runs it so).
     */
    static final ArchRule ONE_CLASS_KNOWS_MICROMETER = noClasses()
            .that().doNotHaveFullyQualifiedName("dev.parley.engine.MicrometerInstrumentation")
            .and().doNotHaveFullyQualifiedName("dev.parley.Parley$Builder")
            .and().resideOutsideOfPackage("dev.parley.spring..")
            .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
            .as("only MicrometerInstrumentation and Parley.Builder.meterRegistry know Micrometer");

    /** picocli is the CLI's. */
    static final ArchRule ONLY_THE_CLI_KNOWS_PICOCLI = noClasses().that().resideOutsideOfPackage("dev.parley.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .as("only the CLI (dev.parley.cli..) knows picocli");

    /** Renderers are used by the CLI only; the library below never renders. */
    static final ArchRule ONLY_THE_CLI_USES_RENDERERS = noClasses().that()
            .resideOutsideOfPackages("dev.parley.render..", "dev.parley.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.parley.render..")
            .as("only the CLI uses the renderers (dev.parley.render..)");

    /** Test support builds on the facade and the model, never on the engine. */
    static final ArchRule TEST_SUPPORT_USES_THE_FACADE = noClasses().that().resideInAPackage("dev.parley.test..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.parley.engine..", "org.axonframework..")
            .as("test support (dev.parley.test..) uses the facade, not the engine");

    static JavaClasses parley;

    @BeforeAll
    static void importParley() {
        parley = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.parley");
    }

    @Test
    @DisplayName("every module of Parley is on the classpath of this test")
    void seesEveryModule() {
        assertThat(parley.stream().map(c -> c.getPackageName()).distinct())
                .contains("dev.parley.timeline", "dev.parley.timeline.state", "dev.parley.model", "dev.parley",
                        "dev.parley.engine", "dev.parley.render", "dev.parley.cli", "dev.parley.test");
    }

    @Test
    @DisplayName("the API depends only on itself, the JDK and Jackson annotations")
    void api() {
        API_KNOWS_NOTHING_ELSE.check(parley);
    }

    @Test
    @DisplayName("the model knows no Axon, JDBC, engine, renderer or CLI")
    void model() {
        MODEL_IS_PURE.check(parley);
    }

    @Test
    @DisplayName("only the engine knows Axon")
    void axon() {
        ONLY_THE_ENGINE_KNOWS_AXON.check(parley);
    }

    @Test
    @DisplayName("nothing but the facade reaches into the engine")
    void engine() {
        ENGINE_IS_HIDDEN.check(parley);
    }

    @Test
    @DisplayName("only MicrometerInstrumentation knows Micrometer")
    void micrometer() {
        ONE_CLASS_KNOWS_MICROMETER.check(parley);
    }

    @Test
    @DisplayName("only the CLI knows picocli")
    void picocli() {
        ONLY_THE_CLI_KNOWS_PICOCLI.check(parley);
    }

    @Test
    @DisplayName("only the CLI uses the renderers")
    void renderers() {
        ONLY_THE_CLI_USES_RENDERERS.check(parley);
    }

    @Test
    @DisplayName("test support uses the facade, not the engine")
    void testSupport() {
        TEST_SUPPORT_USES_THE_FACADE.check(parley);
    }

    /** The rules are only worth something if they fail: each is checked against a class that breaks it. */
    @Nested
    @DisplayName("the rule set fails on a forbidden import")
    class RulesFail {
        @Test
        @DisplayName("a model class importing Axon breaks the purity and the Axon rules")
        void modelImportingAxon() {
            JavaClasses bad = new ClassFileImporter().importClasses(ModelThatKnowsAxon.class);
            assertThatThrownBy(() -> MODEL_IS_PURE.check(bad)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("ModelThatKnowsAxon").hasMessageContaining("org.axonframework");
            assertThatThrownBy(() -> ONLY_THE_ENGINE_KNOWS_AXON.check(bad)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("only the engine (dev.parley.engine..) knows Axon");
        }

        @Test
        @DisplayName("a model class reaching into the engine breaks the purity and the hiding rules")
        void modelReachingIntoTheEngine() {
            JavaClasses bad = new ClassFileImporter().importClasses(ModelThatKnowsTheEngine.class);
            assertThatThrownBy(() -> MODEL_IS_PURE.check(bad)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("dev.parley.engine");
            assertThatThrownBy(() -> ENGINE_IS_HIDDEN.check(bad)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("ModelThatKnowsTheEngine");
        }

        @Test
        @DisplayName("a model class using a renderer breaks the purity and the renderer rules")
        void modelRendering() {
            JavaClasses bad = new ClassFileImporter().importClasses(ModelThatRendersHtml.class);
            assertThatThrownBy(() -> MODEL_IS_PURE.check(bad)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("dev.parley.render");
            assertThatThrownBy(() -> ONLY_THE_CLI_USES_RENDERERS.check(bad)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("ModelThatRendersHtml");
        }
    }
}
