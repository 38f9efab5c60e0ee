package dev.parley.render;

import dev.parley.model.NegotiationProjection;
import dev.parley.model.Samples;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Developments in words")
class DevelopmentTextTest {
    private final List<Development> samples = List.copyOf(Samples.all().values());
    private final NegotiationState state = NegotiationProjection.replay(Samples.NEGOTIATION, samples, AsOf.now(),
            LocalDate.of(2025, 8, 1));
    private final DevelopmentText words = new DevelopmentText(state, samples);

    @Test
    @DisplayName("every development type has a headline in words, a short label and no raw JSON")
    void everyType() {
        List<Class<?>> types = leaves(Development.class);
        assertThat(samples.stream().map(Object::getClass).distinct()).containsExactlyInAnyOrderElementsOf(types);
        for (Development d : samples) {
            Description description = words.describe(d);
            assertThat(description.headline()).as(d.typeName()).isNotBlank().doesNotContain(d.typeName())
                    .doesNotContain("{").doesNotContain("null");
            assertThat(description.label().length()).as(d.typeName() + " label").isLessThanOrEqualTo(48);
            assertThat(description.label()).as(d.typeName() + " label: short, not the summary")
                    .isNotEqualTo(description.headline().length() > 48 ? description.headline() : null);
            if (!description.actors().isEmpty()) {
                assertThat(description.actors()).as(d.typeName() + " label has a subject: " + description.label())
                        .anySatisfy(actor -> assertThat(description.label()).contains(actor.length() > 20
                                ? actor.substring(0, 10) : actor));
            }
            assertThat(description.facts()).as(d.typeName()).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.text()).doesNotContain("null").doesNotStartWith("{"));
        }
    }

    @Test
    @DisplayName("labels say who did what in a few words, and which agreement a step in its life concerns")
    void labels() {
        assertThat(words.describe(words.recorded("offer").orElseThrow()).label()).startsWith("Russia");
        Examples.Example blackSea = Examples.read(Examples.DATA.resolve("black-sea-grain-initiative-2022.json"));
        DevelopmentText grain = new DevelopmentText(blackSea.state(), blackSea.developments());
        Development demand = blackSea.developments().stream().filter(d -> d instanceof dev.parley.timeline.DemandMade
                && grain.describe(d).headline().contains("Russian agricultural")).findFirst().orElseThrow();
        assertThat(grain.describe(demand).label()).as("'Russian' does not name Russia").startsWith("Russia · ");
        Development suspended = samples.stream().filter(d -> d instanceof dev.parley.timeline.AgreementSuspended)
                .findFirst().orElseThrow();
        assertThat(words.describe(suspended).label()).contains("agreement suspended")
                .contains(DevelopmentText.shortTitle(((dev.parley.timeline.AgreementReached) words.recorded(
                        ((dev.parley.timeline.AgreementSuspended) suspended).agreement()).orElseThrow()).title()));
        assertThat(DevelopmentText.shortTitle("Initiative on the Safe Transportation of Grain (Black Sea Grain "
                + "Initiative)")).isEqualTo("Black Sea Grain Initiative");
    }

    @Test
    @DisplayName("word an agreement's life: pending approval, a rejecting vote, a stall, a transfer outside any "
            + "agreement, one response to several positions, a meeting moved")
    void agreementLife() {
        List<Development> all = new ArrayList<>(samples);
        all.addAll(Samples.widened().values());
        NegotiationState widened = NegotiationProjection.replay(Samples.NEGOTIATION, all, AsOf.now(),
                LocalDate.of(2025, 8, 1));
        DevelopmentText life = new DevelopmentText(widened, all);
        Description truce = life.describe(life.recorded("truce").orElseThrow());
        assertThat(truce.headline()).isEqualTo("Russia and Ukraine agree, pending approval: energy truce");
        assertThat(truce.facts()).extracting(Fact::label).contains("In force from", "Adopts", "Term");
        assertThat(life.describe(life.recorded("truce-vote").orElseThrow()).headline())
                .isEqualTo("Verkhovna Rada: agreement rejected in a vote: energy truce");
        assertThat(life.describe(life.recorded("truce-stalled").orElseThrow()).headline())
                .isEqualTo("agreement stalled: energy truce");
        Description swap = life.describe(life.recorded("swap").orElseThrow());
        assertThat(swap.headline()).startsWith("Transfer: Russia 84; Ukraine 84");
        assertThat(swap.facts()).extracting(Fact::text).contains("no agreement: counted among the negotiation's own "
                + "transfers");
        Description both = life.describe(life.recorded("rejects-both").orElseThrow());
        assertThat(both.headline()).startsWith("Ukraine rejects Russia's demand: withdrawal of troops and 1 more");
        assertThat(both.facts()).extracting(Fact::label).contains("Also");
        assertThat(life.describe(life.recorded("meeting-moved").orElseThrow()).headline())
                .contains("meeting rescheduled");
    }

    @Test
    @DisplayName("name who spoke for a side, their words, a coalition and the signatories (issue 20)")
    void speakersAndTheirWords() {
        List<Development> history = new ArrayList<>(samples);
        history.addAll(Samples.widened().values());
        NegotiationState widened = NegotiationProjection.replay(Samples.NEGOTIATION, history, AsOf.now(),
                LocalDate.of(2025, 8, 1));
        DevelopmentText all = new DevelopmentText(widened, history);

        Description demand = all.describe(all.recorded("e3-demand").orElseThrow());
        assertThat(demand.headline()).startsWith("E3 (France, Germany, United Kingdom) demands of Russia:");
        assertThat(demand.facts()).extracting(Fact::label, Fact::text).contains(
                org.assertj.core.groups.Tuple.tuple("Speaker",
                        "Jean-Noël Barrot (Foreign Minister of France), France"),
                org.assertj.core.groups.Tuple.tuple("Quote", "the ball is in Russia's court"));
        assertThat(all.describe(all.recorded("e3-rejected").orElseThrow()).facts()).extracting(Fact::label)
                .contains("In their words", "Speaker", "Quote");
        assertThat(all.describe(all.recorded("third-exchange").orElseThrow()).facts())
                .extracting(Fact::label, Fact::text).contains(
                        org.assertj.core.groups.Tuple.tuple("Announced by", "Ukraine"),
                        org.assertj.core.groups.Tuple.tuple("Signed by",
                                "Rustem Umerov (Defence Minister of Ukraine), Ukraine"));
    }

    @Test
    @DisplayName("say who did what to whom, with the terms and the title")
    void headlines() {
        assertThat(headline("offer")).isEqualTo("Russia offers Ukraine: return children (10)");
        assertThat(headline("rejected")).isEqualTo("Ukraine rejects Russia's demand: withdrawal of troops");
        assertThat(headline("withdrawn")).isEqualTo("Ukraine withdraws its proposal: a meeting of leaders");
        assertThat(headline("agreement")).isEqualTo("Russia and Ukraine agree: prisoner exchange");
        assertThat(headline("denied")).startsWith("Vladimir Medinsky (Russia) denies Ukraine's claim: children were abducted");
        assertThat(headline("memorandum")).isEqualTo("Russia delivers a memorandum to Ukraine: Peace memorandum");
        assertThat(headline("round-2")).isEqualTo("Round 2 held in Istanbul");
        assertThat(headline("confirmed")).startsWith("Retracted: ");
    }

    @Test
    @DisplayName("give the status Parley computed with its reason, the deadline, and the ledger with disputed steps apart")
    void facts() {
        assertThat(facts("offer")).anySatisfy(f -> assertThat(f).startsWith("Deadline: by 10 July 2025"))
                .anySatisfy(f -> assertThat(f).startsWith("Status on 1 August 2025: partly fulfilled: 6 delivered of 10"));
        assertThat(facts("demand")).anySatisfy(f -> assertThat(f)
                .isEqualTo("Status on 1 August 2025: rejected by Ukraine on 3 June 2025 (“unacceptable”)"));
        assertThat(facts("agreement")).anySatisfy(f -> assertThat(f)
                        .isEqualTo("Provision: exchange of prisoners of war, all for all; under 25, seriously wounded; in stages"))
                .anySatisfy(f -> assertThat(f).isEqualTo("Target: Russia: all; Ukraine: all"))
                .anySatisfy(f -> assertThat(f).startsWith("Delivered: Russia: at least 300; Ukraine: 1 undisclosed count"));
        Description exchange = SyntheticDescription.of("exchange-agreed");
        assertThat(exchange.facts()).anySatisfy(f -> {
            assertThat(f.label()).isEqualTo("Disputed step");
            assertThat(f.target()).isEqualTo("r4-stage");
            assertThat(f.text()).contains("disputed by Dalmark claims: Corvia's list for stage 4 included civilians");
        });
        assertThat(facts("statement")).contains("Quote: usual");
    }

    @Test
    @DisplayName("say which provisions a party suspends or resumes, what a step completes, which part is disputed")
    void provisions() {
        List<Development> history = new ArrayList<>(samples);
        history.addAll(Samples.widened().values());
        NegotiationState widened = NegotiationProjection.replay(Samples.NEGOTIATION, history, AsOf.now(),
                LocalDate.of(2025, 6, 25));
        DevelopmentText text = new DevelopmentText(widened, history);
        assertThat(text.describe(text.recorded("pows-paused").orElseThrow()).headline())
                .isEqualTo("Russia suspends: prisoners of war and bodies of the fallen (second exchange)");
        assertThat(text.describe(text.recorded("pows-resumed").orElseThrow()).headline())
                .isEqualTo("Russia resumes: prisoners of war (second exchange)");
        assertThat(text.describe(text.recorded("stage-4").orElseThrow()).facts()).extracting(Fact::text)
                .contains("lists of names exchanged");
        assertThat(text.describe(text.recorded("stage-2").orElseThrow()).facts())
                .anySatisfy(f -> {
                    assertThat(f.label()).isEqualTo("Part disputed by");
                    assertThat(f.target()).isEqualTo("one-body");
                    assertThat(f.text()).endsWith("not a Ukrainian soldier's: Russia 1 (item)");
                });
        assertThat(text.describe(text.recorded("second-exchange").orElseThrow()).facts())
                .anySatisfy(f -> assertThat(f.text()).isEqualTo("Russia (bodies): 5999 (1 undisputed step)"))
                .anySatisfy(f -> assertThat(f.text()).isEqualTo("Russia from 15 June 2025 until 30 June 2025"))
                .anySatisfy(f -> assertThat(f.text()).startsWith("14 June 2025: Russia 1 — disputed by Petro"))
                .anySatisfy(f -> assertThat(f.label()).isEqualTo("Completed by"))
                .noneSatisfy(f -> assertThat(f.text()).startsWith("14 June 2025:  —"))
                .noneSatisfy(f -> assertThat(f.text()).startsWith(" ("));
    }

    @Test
    @DisplayName("link sources only when they are http(s), and refs to the developments they name")
    void links() {
        Description statement = words.describe(samples.stream().filter(d -> d.id().equals("statement")).findFirst()
                .orElseThrow());
        assertThat(statement.facts()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Fact.Kind.LINK);
            assertThat(f.target()).isEqualTo("https://unn.ua/en/news/example");
        });
        assertThat(Fact.link("Source", "x", "javascript:alert(1)").kind()).isEqualTo(Fact.Kind.TEXT);
        Description demand = words.describe(samples.stream().filter(d -> d.id().equals("demand")).findFirst()
                .orElseThrow());
        assertThat(demand.facts()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Fact.Kind.REF);
            assertThat(f.target()).isEqualTo("memorandum");
            assertThat(f.label()).isEqualTo("Part of");
        });
    }

    @Test
    @DisplayName("replace control characters, so no output carries raw escapes")
    void controlCharacters() {
        assertThat(Html.clean("a\u001b]0;x\u0007b\tc\nd\u009b")).isEqualTo("a\uFFFD]0;x\uFFFDb\tc\nd\uFFFD");
        assertThat(Html.escape("<a href='x'>&\"")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
    }

    private String headline(String id) {
        return words.describe(samples.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow()).headline();
    }

    private List<String> facts(String id) {
        return words.describe(samples.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow()).facts()
                .stream().map(f -> f.label() + ": " + f.text()).toList();
    }

    private static List<Class<?>> leaves(Class<?> type) {
        List<Class<?>> leaves = new ArrayList<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            Class<?> next = todo.pop();
            if (next.isSealed()) {
                todo.addAll(List.of(next.getPermittedSubclasses()));
            } else {
                leaves.add(next);
            }
        }
        return leaves;
    }

    /** The synthetic negotiation's words, for its disputed exchange step. */
    private static final class SyntheticDescription {
        static Description of(String id) {
            List<Development> history = SyntheticNegotiation.developments();
            NegotiationState state = NegotiationProjection.replay(SyntheticNegotiation.ID, history, AsOf.now(),
                    LocalDate.of(2025, 8, 1));
            DevelopmentText text = new DevelopmentText(state, history);
            return text.describe(text.recorded(id).orElseThrow());
        }
    }
}
