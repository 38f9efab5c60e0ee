package dev.parley.core;

import dev.parley.Parley;
import dev.parley.model.ParleyJson;
import dev.parley.model.Sample;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.state.NegotiationState;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * A child process of {@link MultiProcessTest}: one of several writers into ONE shared negotiation on PostgreSQL.
 * After {@code go} on stdin it records the (same) opening and its own party, then {@code OFFERS} offers as fast
 * as it can (timed: {@code rate} on stdout), then accepts {@code ACCEPTANCES} offers made by the next writer,
 * waiting until it sees each. Finally it waits until its read side holds {@code TOTAL} developments and prints a
 * fingerprint of that state. Arguments: {@code URL USER PASSWORD WRITER WRITERS OFFERS ACCEPTANCES TOTAL}.
 */
public final class SharedNegotiationWriter {
    static final String NEGOTIATION = "shared";

    private SharedNegotiationWriter() {
    }

    public static void main(String[] args) throws Exception {
        int me = Integer.parseInt(args[3]);
        int writers = Integer.parseInt(args[4]);
        int offers = Integer.parseInt(args[5]);
        int acceptances = Integer.parseInt(args[6]);
        int total = Integer.parseInt(args[7]);
        Sample talks = new Sample(NEGOTIATION);
        try (Parley parley = Parley.builder().jdbc(args[0], args[1], args[2])
                .clock(Clock.fixed(TestStores.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .build()) {
            System.out.println("ready");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if (!"go".equals(in.readLine())) {
                throw new IllegalStateException("expected go");
            }
            // Every writer opens the same negotiation at once: all but one creation conflict, and are retried.
            parley.record(talks.opened());
            parley.record(talks.joined("joined-" + me, party(me), PartyRole.PARTY));

            long start = System.nanoTime();
            for (int i = 0; i < offers; i++) {
                parley.record(talks.offer(offer(me, i), party(me), party((me + writers - 1) % writers),
                        "terms " + i, i + 1, "2025-06-02", null));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("rate %.1f%n", offers / seconds);

            int next = (me + 1) % writers;
            for (int j = 0; j < acceptances; j++) {
                String position = offer(next, j);
                awaitVisible(parley, position);
                parley.record(new ProposalAccepted(talks.env("accept-" + me + "-" + j, "2025-06-03"), position,
                        party(me), null));
            }
            System.out.println("done");

            NegotiationState state = awaitCount(parley, total);
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(ParleyJson.codec().writePretty(state).getBytes(StandardCharsets.UTF_8));
            System.out.println("state " + HexFormat.of().formatHex(hash));
        } catch (Exception | Error e) {
            System.out.println("FAIL " + e.toString().replace('\n', ' '));
            e.printStackTrace();
            System.exit(1);
        }
    }

    static String party(int writer) {
        return "Writer " + writer;
    }

    static String offer(int writer, int i) {
        return "offer-" + writer + "-" + i;
    }

    /** This process's read side sees a position another process recorded: then the rules must see it too. */
    private static void awaitVisible(Parley parley, String position) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (parley.state(NEGOTIATION).flatMap(s -> s.position(position)).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("never saw " + position);
            }
            Thread.sleep(5);
        }
    }

    private static NegotiationState awaitCount(Parley parley, int total) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            NegotiationState state = parley.state(NEGOTIATION).orElseThrow();
            if (state.developmentCount() >= total) {
                return state;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("read side holds " + state.developmentCount() + " of " + total);
            }
            Thread.sleep(20);
        }
    }
}
