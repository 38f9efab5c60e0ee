package dev.parley.cli;

import dev.parley.timeline.Agent;
import dev.parley.timeline.AgreementSigned;
import dev.parley.timeline.DelegationAppointed;
import dev.parley.timeline.DemandMade;
import dev.parley.timeline.Envelope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("One line per development: coalition names, signatories and delegation sizes (issue 20)")
class SummaryWordsTest {
    static Envelope env(String id) {
        return Envelope.of(id, "talks", "2025-06-01");
    }

    @Test
    @DisplayName("a coalition's position is headed by its name, with its members")
    void coalition() {
        assertThat(Summary.of(DemandMade.by(env("e3"), "France", "Germany", "United Kingdom").to("Iran")
                .terms("restore inspections").withCoalition("E3")))
                .startsWith("E3 (France, Germany and United Kingdom) to Iran: restore inspections");
    }

    @Test
    @DisplayName("a signature names who signed, and a delegation known by its size alone says so")
    void signatoriesAndSize() {
        assertThat(Summary.of(AgreementSigned.of(env("s"), "deal").by("Russia").withCounterparts("United Nations")
                .withSignatories(Agent.named("Sergei Shoigu", "Defence Minister", "Russia"))))
                .startsWith("Russia signed deal with United Nations (signed by Sergei Shoigu (Defence Minister))");
        assertThat(Summary.of(DelegationAppointed.of(env("d"), "China").withSize(12)))
                .startsWith("China appointed its delegation (12 people)");
    }
}
