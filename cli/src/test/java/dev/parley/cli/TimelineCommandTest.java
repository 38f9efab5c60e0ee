package dev.parley.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.parley.model.ParleyJson;
import dev.parley.model.TimelineFiles;
import dev.parley.timeline.Development;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("parley timeline")
class TimelineCommandTest extends CommandLineTest {

    @Test
    @DisplayName("prints one line per development: date as precise as known, type, who did what, refs, id")
    void oneLinePerDevelopment() {
        assertThat(run("timeline", "--in-memory", "--party", "Celesta", ARLAND)).isZero();
        assertThat(stdout()).isEqualTo(lines(
                "2025-03-03  party-joined     Celesta joined as mediator  [mediator-celesta]",
                "2025-03-10  proposal-made    Celesta to Arland and Borovia: A leaders' summit (deadline soft, by "
                        + "2025-03, \"in the coming weeks\")  [celesta-summit-proposal]",
                "2025-04     figure-reported  detainees held by Borovia: about 900, according to Celesta observers  "
                        + "[figure-observers]"));
        assertThat(stderr()).isEmpty();
    }

    @Test
    @DisplayName("writes a year-precision date with its window in words, and quantities, deadlines and refs")
    void partialDatesAndExtras() {
        assertThat(run("timeline", "--in-memory", "--type", "demand-made,offer-made,agreement-reached", SEED))
                .isZero();
        assertThat(stdout()).isEqualTo(lines(
                "2025 (by 1 June)  demand-made        United States to Russia: Immediate ceasefire (demand of US "
                        + "President Donald Trump)  [us-demand-ceasefire]",
                "2025-06-02        demand-made        Russia to Ukraine: Complete withdrawal of Ukrainian troops from "
                        + "the regions Russia claims, of which it has seized only parts (contained in ru-memorandum)  "
                        + "[ru-demand-withdrawal]",
                "2025-06-02        agreement-reached  Another exchange of prisoners of war, between Russia and Ukraine "
                        + "(1 provision; relates to round-2)  [pow-exchange-agreed]",
                "2025-06-02        offer-made         Russia to Ukraine: Return 10 children taken from Ukraine to "
                        + "Ukraine (quantity 10; deadline by 2025-07-10, \"by July 10\"; relates to round-2)  "
                        + "[ru-offer-children]"));
    }

    @Test
    @DisplayName("--json writes every development with its type, and reads back as the same developments")
    void jsonReadsBack() throws Exception {
        assertThat(run("timeline", "--in-memory", "--json", SEED)).isZero();
        List<Development> back = ParleyJson.codec().reader().forType(new TypeReference<List<Development>>() { }).readValue(stdout());
        assertThat(back).containsExactlyInAnyOrderElementsOf(TimelineFiles.read(Path.of(SEED)).developments());
        assertThat(ParleyJson.codec().reader().readTree(stdout()).get(0).get("type").asText())
                .isEqualTo("negotiation-opened");
    }

    @Test
    @DisplayName("an unknown --type is a usage error listing the known types")
    void unknownType() {
        assertThat(run("timeline", "--in-memory", "--type", "offer-made,bogus", SEED)).isEqualTo(ParleyCommand.USAGE);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEqualTo(lines(
                "parley: --type: unknown type 'bogus'; known types: negotiation-opened, party-joined, round-scheduled, "
                        + "round-held, document-delivered, demand-made, proposal-made, offer-made, proposal-accepted, "
                        + "proposal-rejected, position-withdrawn, agreement-reached, implementation-step-completed, "
                        + "claim-made, claim-denied, claim-confirmed, statement-made, fulfilment-reported, "
                        + "fulfilment-declared, figure-reported, report-corrected, report-retracted",
                "Try 'parley timeline --help'"));
    }

    @Test
    @DisplayName("--from after --to is a usage error")
    void reversedWindow() {
        assertThat(run("timeline", "--in-memory", "--from", "2025-06-03", "--to", "2025-06-01", SEED))
                .isEqualTo(ParleyCommand.USAGE);
        assertThat(stderr()).isEqualTo(lines("parley: --from 2025-06-03 is after --to 2025-06-01",
                "Try 'parley timeline --help'"));
    }
}
