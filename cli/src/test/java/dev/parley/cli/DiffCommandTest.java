package dev.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.model.ParleyJson;
import dev.parley.timeline.state.Change;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("parley diff")
class DiffCommandTest extends CommandLineTest {

    /** A repeated rejection, and an agreement reached, implemented, disputed and declared fulfilled in June. */
    Path exchange() throws Exception {
        return file("exchange.json", """
                {"format": "parley/1", "negotiationId": "talks", "developments": [
                  {"type": "negotiation-opened", "id": "opened", "occurred": "2025-05-16", "title": "Talks"},
                  {"type": "demand-made", "id": "ceasefire", "occurred": "2025-05-20", "by": "United States",
                   "to": ["Russia"], "terms": "immediate ceasefire"},
                  {"type": "proposal-rejected", "id": "rejects-1", "occurred": "2025-05-21", "position": "ceasefire",
                   "by": "Russia"},
                  {"type": "proposal-rejected", "id": "rejects-2", "occurred": "2025-06-02", "position": "ceasefire",
                   "by": "Russia"},
                  {"type": "agreement-reached", "id": "exchange", "occurred": "2025-06-02", "title": "prisoner exchange",
                   "parties": ["Russia", "Ukraine"], "provisions": [{"id": "pows", "subject": "prisoners of war",
                   "formula": "1000 for 1000", "quantities": [{"party": "Russia", "quantity": 1000},
                   {"party": "Ukraine", "quantity": 1000}]}]},
                  {"type": "implementation-step-completed", "id": "stage-1", "occurred": "2025-06-05",
                   "agreement": "exchange", "provision": "pows", "delivered": [{"party": "Russia", "quantity": 300},
                   {"party": "Ukraine", "quantity": {"qualifier": "UNDISCLOSED"}}]},
                  {"type": "statement-made", "id": "ua-disputes", "occurred": "2025-06-06",
                   "refs": [{"kind": "DISPUTES", "development": "stage-1"}], "speaker": {"name": "Ukraine"},
                   "summary": "the first stage was not part of the deal"},
                  {"type": "fulfilment-declared", "id": "ru-declares", "occurred": "2025-06-07",
                   "agreement": "exchange", "provision": "pows", "by": "Russia"}
                ]}""");
    }

    @Test
    @DisplayName("lists repeated rejections, the ledger of an agreement reached in the window, disputes and declarations")
    void complete() throws Exception {
        assertThat(run("diff", "--in-memory", "--from", "2025-06-01", "--to", "2025-06-10", exchange().toString()))
                .isZero();
        assertThat(stdout()).isEqualTo(lines(
                "Changes from 2025-06-01 to 2025-06-10 (what had occurred by each date):",
                "  ceasefire: REJECTED again (by rejects-2)",
                "  exchange: agreement reached: prisoner exchange, between Russia and Ukraine (by exchange, stage-1, "
                        + "ua-disputes)",
                "  exchange: status IN_FORCE -> FULFILLED",
                "  stage-1: step disputed (by ua-disputes)",
                "  exchange/pows: declared fulfilled by Russia",
                "  exchange/pows: status OPEN -> FULFILLED (by stage-1)",
                "  exchange/pows: disputed nothing -> Russia 300, Ukraine 0 + 1 undisclosed step",
                "  ua-disputes: statement by Ukraine (by ua-disputes)"));
    }

    @Test
    @DisplayName("words status changes, deliveries, retractions and figures from the structured changes")
    void arland() {
        assertThat(run("diff", "--in-memory", "--from", "2025-04-01", "--to", "2025-05-20", ARLAND)).isZero();
        assertThat(stdout()).isEqualTo(lines(
                "Changes from 2025-04-01 to 2025-05-20 (what had occurred by each date):",
                "  round 3: held on 2025-04-12 in Celesta: secret meeting on the second stage, revealed in May "
                        + "(by round-3-secret)",
                "  borovia-fishermen-offer: status OPEN -> PARTLY_FULFILLED (by fishermen-returned)",
                "  borovia-fishermen-offer: delivered so far 0 -> 8 (by fishermen-returned)",
                "  arland-corridor-offer: offer made by Arland to Borovia: Open a humanitarian corridor "
                        + "(by arland-corridor-offer)",
                "  arland-corridor-offer: status OPEN -> OVERDUE",
                "  exchange-deal/detainees: delivered nothing -> Arland 210, Borovia 0 + 1 undisclosed step "
                        + "(by stage-1, stage-2, stage-2-corrected)",
                "  stage-1: step disputed (by borovia-disputes-stage-1)",
                "  exchange-deal/detainees: status OPEN -> IN_PROGRESS (by stage-1, stage-2)",
                "  exchange-deal/detainees: disputed nothing -> Arland 150, Borovia 150",
                "  corridor-shelling-claim: claim made by Arland: Borovia shelled the humanitarian corridor on 1 May "
                        + "(by corridor-shelling-claim, corridor-shelling-denied)",
                "  corridor-shelling-claim: denied by Borovia Foreign Ministry (by corridor-shelling-denied)",
                "  detainees held by Borovia: figure reported: 1200, according to Arland (by figure-arland, "
                        + "figure-observers, figure-borovia)",
                "  detainees held by Borovia: another figure reported: about 900, according to Celesta observers "
                        + "(by figure-observers)",
                "  detainees held by Borovia: another figure reported: 640, according to Borovia (by figure-borovia)",
                "  borovia-disputes-stage-1: statement by Borovia Foreign Ministry (by borovia-disputes-stage-1)",
                // A correction or retraction shows once what it amends has occurred (issue 20: a cut never leaks).
                "  stage-2-corrected: stage-2 corrected: Arland released 210, not 200 (by stage-2-corrected)",
                "  ceasefire-acceptance-retracted: ceasefire-accepted retracted: Borovia denied having accepted; the "
                        + "wire withdrew its report (by ceasefire-acceptance-retracted)"));

        assertThat(run("diff", "--in-memory", "--axis", "known", "--from", "2025-05-11", "--to", "2025-05-13",
                ARLAND)).isZero();
        assertThat(stdout()).isEqualTo(lines(
                "Changes from 2025-05-11 to 2025-05-13 (what was known by each date):",
                "  arland-ceasefire-demand: status ACCEPTED -> OPEN (by ceasefire-acceptance-retracted)",
                "  ceasefire-acceptance-retracted: ceasefire-accepted retracted: Borovia denied having accepted; the "
                        + "wire withdrew its report (by ceasefire-acceptance-retracted)"));
    }

    @Test
    @DisplayName("--json writes kind, subject, field and the values as data, and reads back as changes")
    void json() throws Exception {
        assertThat(run("diff", "--in-memory", "--json", "--from", "2025-06-01", "--to", "2025-06-10",
                exchange().toString())).isZero();
        JsonNode ledger = ParleyJson.codec().reader().readTree(stdout()).get(6);
        assertThat(ledger.get("kind").asText()).isEqualTo("LEDGER_CHANGED");
        assertThat(ledger.get("subject").asText()).isEqualTo("exchange/pows");
        assertThat(ledger.get("field").asText()).isEqualTo("disputed");
        assertThat(ledger.get("from")).isEmpty();
        assertThat(ledger.get("to").get(1).get("undisclosedSteps").asInt()).isEqualTo(1);

        Change[] back = ParleyJson.codec().read(stdout(), Change[].class);
        assertThat(back).extracting(Change::kind).containsExactly(Change.Kind.POSITION_STATUS_REPEATED,
                Change.Kind.AGREEMENT_ADDED, Change.Kind.AGREEMENT_STATUS_CHANGED, Change.Kind.STEP_DISPUTED,
                Change.Kind.FULFILMENT_DECLARED, Change.Kind.PROVISION_STATUS_CHANGED, Change.Kind.LEDGER_CHANGED,
                Change.Kind.STATEMENT_ADDED);
        assertThat(back[0].to()).isEqualTo("REJECTED");
        assertThat(back[4].causedBy()).isEqualTo(List.of());
    }

    @Test
    @DisplayName("--from after --to is a usage error, not a reversed diff")
    void reversed() {
        assertThat(run("diff", "--in-memory", "--from", "2025-05-20", "--to", "2025-04-01", ARLAND))
                .isEqualTo(ParleyCommand.USAGE);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEqualTo(lines("parley: --from 2025-05-20 is after --to 2025-04-01",
                "Try 'parley diff --help'"));
    }
}
