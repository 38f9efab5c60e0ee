package dev.parley.cli;

import dev.parley.model.ParleyJson;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.PositionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("parley show")
class ShowCommandTest extends CommandLineTest {

    @Test
    @DisplayName("prints every item with its id, statuses, obligors, dates in words, and no empty section")
    void seed() {
        assertThat(run("show", "--in-memory", "--as-of", "2025-07-11", SEED)).isZero();
        assertThat(stdout()).isEqualTo((SEED_SUMMARY + "\n").replace("\n", NL));
        assertThat(stdout()).doesNotContain("Figures").doesNotContain("Corrections").doesNotContain("unnamed unnamed");
    }

    @Test
    @DisplayName("--json reads back as the same state")
    void jsonReadsBack() throws Exception {
        assertThat(run("show", "--in-memory", "--json", "--as-of", "2025-06-15", ARLAND)).isZero();
        NegotiationState back = ParleyJson.codec().read(stdout(), NegotiationState.class);
        assertThat(Json.state(back) + NL).isEqualTo(stdout());
        assertThat(back.position("borovia-fishermen-offer")).hasValueSatisfying(
                p -> assertThat(p.status()).isEqualTo(PositionStatus.PARTLY_FULFILLED));
    }

    @Nested
    @DisplayName("a cut before the negotiation began")
    class BeforeItBegan {

        @Test
        @DisplayName("--known-at says on stdout that nothing had been reported by that day")
        void knownAt() {
            assertThat(run("show", "--in-memory", "--known-at", "2025-06-01", SEED)).isZero();
            assertThat(stdout()).isEqualTo("nothing about ru-ua-direct-talks-2025 had been reported by 1 June 2025" + NL);
            assertThat(stderr()).isEmpty();
        }

        @Test
        @DisplayName("--as-of says that nothing had happened by that day")
        void asOf() {
            assertThat(run("show", "--in-memory", "--as-of", "2024-12-31", SEED)).isZero();
            assertThat(stdout()).isEqualTo("nothing about ru-ua-direct-talks-2025 had happened by 31 December 2024" + NL);
        }

        @Test
        @DisplayName("--recorded-at says that this store held nothing by that instant")
        void recordedAt() {
            assertThat(run("show", "--in-memory", "--recorded-at", "2001-02-03T04:05:06Z", SEED)).isZero();
            assertThat(stdout()).isEqualTo("nothing about ru-ua-direct-talks-2025 had been recorded in this store by "
                    + "2001-02-03T04:05:06Z" + NL);
        }

        @Test
        @DisplayName("several axes make one sentence")
        void severalAxes() {
            assertThat(run("show", "--in-memory", "--as-of", "2025-07-01", "--known-at", "2025-05-01", SEED))
                    .isZero();
            assertThat(stdout()).isEqualTo("nothing about ru-ua-direct-talks-2025 had happened by 1 July 2025, "
                    + "as reported by 1 May 2025" + NL);
        }

        @Test
        @DisplayName("--json prints null, the state's absence in JSON")
        void json() {
            assertThat(run("show", "--in-memory", "--json", "--known-at", "2025-06-01", SEED)).isZero();
            assertThat(stdout()).isEqualTo("null" + NL);
        }
    }

    static final String SEED_SUMMARY = """
                Russia-Ukraine direct talks in Istanbul  [ru-ua-direct-talks-2025]
                opened in 2025 (by 1 June); 17 developments; replayed: what had happened by 2025-07-11; deadlines judged on 2025-07-11

                Participants
                  parties: Russia, Ukraine
                  host: Turkey

                Rounds
                  round 2 [round-2]: held on 2025-06-02 in Istanbul
                      outcome: Ended without a clear breakthrough, except for an agreement on another exchange of prisoners of war
                      delegations: Russia (head: Vladimir Medinsky); Ukraine (head: Rustem Umerov)

                Documents
                  ru-memorandum: memorandum "Peace memorandum", Russia -> Ukraine, delivered on 2025-06-02
                      - Russia's "usual" conditions for a ceasefire and a peace agreement
                      - Complete withdrawal of Ukrainian troops from Zaporizhzhia, Donetsk, Luhansk and Kherson regions

                Positions
                  [OPEN] DEMAND ru-demand-withdrawal by Russia to Ukraine: Complete withdrawal of Ukrainian troops from the regions Russia claims, of which it has seized only parts
                      made on 2025-06-02
                      items: Zaporizhzhia, Donetsk, Luhansk, Kherson
                  [OVERDUE] OFFER ru-offer-children by Russia to Ukraine: Return 10 children taken from Ukraine to Ukraine
                      made on 2025-06-02
                      quantity: 10
                      deadline: by 2025-07-10 ("by July 10")
                  [REJECTED] DEMAND us-demand-ceasefire by United States to Russia: Immediate ceasefire (demand of US President Donald Trump)
                      made in 2025 (by 1 June)
                      rejected by Russia on 2025-06-02 (ru-rejects-ceasefire): Russia continues to reject the demand for an immediate ceasefire

                Agreements
                  [IN_FORCE] pow-exchange-agreed: Another exchange of prisoners of war, reached on 2025-06-02 by Russia and Ukraine
                      [OPEN] provision pow-exchange: Exchange of prisoners of war, all for all
                          criteria: under the age of 25, in serious physical condition
                          owed: Russia all, Ukraine all
                          delivered: nothing reported yet

                Claims
                  [DISPUTED] ua-claim-abductions: Ukraine claims, in 2025 (by 1 June):
                      Russia has abducted tens of thousands of Ukrainian children; the 10 offered are only a small part of the children held in Russia
                      denied by Vladimir Medinsky (Head of the Russian negotiating team) on 2025-06-02 (medinsky-denies-abductions):
                          "Stop calling crazy numbers. We will return everyone who is in the russian Federation. There is no kidnapping. russian soldiers do not kidnap, they only saved them because their lives were in danger. Don't put on a show for European sympathetic aunts who don't have children themselves"

                Statements
                  medinsky-calls-it-propaganda: Vladimir Medinsky (Head of the Russian negotiating team), on 2025-06-02:
                      At the meeting, denied that Russia kidnapped tens of thousands of Ukrainian children, calling it propaganda
                  umerov-on-exchange: Rustem Umerov (Defence Minister of Ukraine, head of the Ukrainian delegation), on 2025-06-02:
                      All prisoners of war under the age of 25 or in serious physical condition will be exchanged
                  umerov-on-memorandum: Rustem Umerov (Defence Minister of Ukraine, head of the Ukrainian delegation), on 2025-06-02:
                      The Russian position in the peace memorandum remains "usual" and includes demands that Ukraine withdraw troops from the regions Russia claims
                      "usual"
                  umerov-memorandum-handed-over: Rustem Umerov (Defence Minister of Ukraine, head of the Ukrainian delegation), on 2025-06-02:
                      Only today, June 2, during the negotiations of the delegations in Istanbul, Russia handed over its "memorandum" regarding a ceasefire

                Sources
                  UNN <- Axios: opened, party-russia, party-ukraine, host-turkey, round-2, us-demand-ceasefire, ru-rejects-ceasefire
                  UNN <- Axios <- Rustem Umerov (Defence Minister of Ukraine, head of the Ukrainian delegation): ru-memorandum, ru-demand-withdrawal, pow-exchange-agreed, umerov-on-exchange, umerov-on-memorandum
                  UNN <- Axios <- 2 unnamed Ukrainian officials (anonymous): ru-offer-children, ua-claim-abductions, medinsky-denies-abductions, medinsky-calls-it-propaganda
                  UNN <- Rustem Umerov (Defence Minister of Ukraine, head of the Ukrainian delegation): umerov-memorandum-handed-over
                """.stripIndent().strip();

    @Test
    @DisplayName("shows disputed steps apart from the undisputed totals")
    void disputedSteps() {
        assertThat(run("show", "--in-memory", "--as-of", "2025-06-15", ARLAND)).isZero();
        assertThat(stdout()).contains(lines(
                "Agreements",
                "  [IN_FORCE] exchange-deal: Exchange of detainees, reached on 2025-03-24 by Arland and Borovia",
                "      [IN_PROGRESS] provision detainees: Exchange of detainees, 500 for 500",
                "          timing: in stages by June",
                "          owed: Arland 500, Borovia 500",
                "          delivered, not counting what is disputed: Arland 210, Borovia 0 + 1 undisclosed step",
                "          disputed: Arland 150, Borovia 150",
                "          disputed step stage-1 on 2025-04-05: Arland 150, Borovia 150; disputed by "
                        + "borovia-disputes-stage-1",
                "",
                "Claims"));
    }

    @Test
    @DisplayName("shows an agreement's entry into force, the positions it adopts, a provision's term, and transfers "
            + "outside any agreement in a ledger of their own")
    void agreementLifeAndTransfers() throws Exception {
        Path file = file("life.json", """
                {"format": "parley/1", "negotiationId": "t", "developments": [
                  {"type": "negotiation-opened", "id": "opened", "occurred": "2025-05-01", "title": "T"},
                  {"type": "offer-made", "id": "offer", "occurred": "2025-05-10", "by": "China",
                   "to": ["United States"], "terms": "cut tariffs"},
                  {"type": "agreement-reached", "id": "geneva", "occurred": "2025-05-12", "title": "Truce",
                   "parties": ["United States", "China"], "pendingApproval": true, "adopts": ["offer"],
                   "provisions": [{"id": "cut", "subject": "tariffs cut", "term": {"days": 90}}]},
                  {"type": "agreement-ratified", "id": "approved", "occurred": "2025-05-13", "agreement": "geneva",
                   "by": "State Council", "inForce": "2025-05-14"},
                  {"type": "implementation-step-completed", "id": "soy", "occurred": "2025-06-01",
                   "delivered": [{"party": "China", "quantity": 3, "unit": "cargoes"}]}
                ]}""");
        assertThat(run("show", "--in-memory", "--as-of", "2025-06-15", file.toString())).isZero();
        assertThat(stdout()).contains(lines(
                "Agreements",
                "  [IN_FORCE] geneva: Truce, reached on 2025-05-12 by United States and China",
                "      in force from 2025-05-14",
                "      adopts offer",
                "      [OPEN] provision cut: tariffs cut",
                "          term: 90 days, ends on 2025-08-12",
                "          delivered: nothing reported yet",
                "",
                "Transfers outside any agreement",
                "  delivered: China 3 cargoes"));
        assertThat(run("show", "--in-memory", "--as-of", "2025-05-13", file.toString())).isZero();
        assertThat(stdout()).contains("[PENDING_ENTRY_INTO_FORCE] geneva: Truce");
    }

    @Test
    @DisplayName("shows a provision's own suspensions, a disputed part of a step, and the step that completed one")
    void suspendedPartlyDisputedCompleted() throws Exception {
        Path file = file("provisions.json", """
                {"format": "parley/1", "negotiationId": "t", "developments": [
                  {"type": "negotiation-opened", "id": "opened", "occurred": "2025-01-10", "title": "T"},
                  {"type": "agreement-reached", "id": "deal", "occurred": "2025-01-15", "title": "Phase one",
                   "parties": ["Israel", "Hamas"], "provisions": [
                     {"id": "hostages", "subject": "hostages released",
                      "quantities": [{"party": "Hamas", "quantity": 33, "unit": "hostages"}]},
                     {"id": "corridor", "subject": "withdrawal from the corridor"}]},
                  {"type": "implementation-step-completed", "id": "h-4", "occurred": "2025-02-20",
                   "agreement": "deal", "provision": "hostages",
                   "delivered": [{"party": "Hamas", "quantity": 4, "unit": "hostages"}]},
                  {"type": "non-compliance-alleged", "id": "wrong-body", "occurred": "2025-02-21", "by": "Israel",
                   "against": "Hamas", "agreement": "deal", "allegation": "one body was not a hostage's",
                   "refs": [{"kind": "DISPUTES", "development": "h-4", "aspect": "ITEM",
                             "disputed": [{"party": "Hamas", "quantity": 1, "unit": "hostages"}]}]},
                  {"type": "agreement-suspended", "id": "il-holds", "occurred": "2025-02-22", "agreement": "deal",
                   "by": "Israel", "provisions": ["hostages"], "until": "2025-03-01", "reason": "ceremonies"},
                  {"type": "implementation-step-completed", "id": "netzarim", "occurred": "2025-02-09",
                   "agreement": "deal", "provision": "corridor", "complete": true}
                ]}""");
        assertThat(run("show", "--in-memory", "--as-of", "2025-02-25", file.toString())).isZero();
        assertThat(stdout()).contains(lines(
                "  [IN_FORCE] deal: Phase one, reached on 2025-01-15 by Israel and Hamas",
                "      [SUSPENDED] provision hostages: hostages released",
                "          owed: Hamas 33",
                "          delivered, not counting what is disputed: Hamas 3 hostages",
                "          disputed: Hamas 1 hostages",
                "          disputed part of step h-4 on 2025-02-20: Hamas 1; disputed by wrong-body",
                "          suspended by Israel on 2025-02-22 (il-holds), until 2025-03-01: ceremonies",
                "      [FULFILLED] provision corridor: withdrawal from the corridor",
                "          delivered: nothing",
                "          completed by step netzarim on 2025-02-09"));
    }

    @Test
    @DisplayName("words anonymous sources once: '3 unnamed sources', not 'unnamed unnamed sources'")
    void anonymousSources() throws Exception {
        Path file = file("anonymous.json", """
                {"format": "parley/1", "negotiationId": "t", "developments": [
                  {"type": "negotiation-opened", "id": "opened", "occurred": "2025-05", "title": "T",
                   "sources": [{"outlet": "Wire", "via": [{"anonymous": true, "role": "unnamed sources", "count": 3}]},
                               {"outlet": "Post", "via": [{"anonymous": true, "role": "officials"}]}]}
                ]}""");
        assertThat(run("show", "--in-memory", "--as-of", "2025-06-01", file.toString())).isZero();
        assertThat(stdout()).isEqualTo(lines(
                "T  [t]",
                "opened in 2025-05; 1 development; replayed: what had happened by 2025-06-01; deadlines judged on "
                        + "2025-06-01",
                "",
                "Sources",
                "  Wire <- 3 unnamed sources (anonymous) | Post <- unnamed officials (anonymous); 2 distinct root "
                        + "sources: opened"));
    }
}
