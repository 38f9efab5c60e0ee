package dev.parley.cli;

import dev.parley.timeline.AsOf;
import dev.parley.timeline.state.NegotiationState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code parley show FILE}: records a timeline file in the store (idempotently) and prints the state. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Record a timeline file in the store (idempotent) and print the negotiation's state, "
                + "now or replayed at a date.")
final class ShowCommand implements Callable<Integer> {

    @Mixin
    TimelineFileArgument input;

    @Option(names = "--json", description = "print the state as JSON instead of a readable summary")
    boolean json;

    @Mixin
    TimeOptions time;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AsOf asOf = time.cut();
        try (StoreOptions.Recorded recorded = store.openAndRecord(input.file)) {
            NegotiationState state = recorded.parley().state(recorded.negotiationId(), asOf).orElse(null);
            String shown = state != null ? (json ? Json.state(state) : StateReport.render(state))
                    : json ? "null" : Terminal.line(nothingBy(recorded.negotiationId(), asOf));
            spec.commandLine().getOut().println(shown);
        }
        return 0;
    }

    /**
     * The answer when the negotiation had not begun at the cut, in one sentence worded per axis: "nothing about
     * talks had happened by 1 June 2025", "... had been reported by ...", "... had been recorded in this store by
     * ...", the axes given joined with "as".
     */
    static String nothingBy(String negotiationId, AsOf cut) {
        List<String> axes = new ArrayList<>();
        if (cut.occurredBy() != null) {
            axes.add("happened by " + Words.day(cut.occurredBy()));
        }
        if (cut.knownAt() != null) {
            axes.add((axes.isEmpty() ? "been reported by " : "reported by ") + Words.day(cut.knownAt()));
        }
        if (cut.recordedBy() != null) {
            axes.add((axes.isEmpty() ? "been recorded in this store by " : "recorded in this store by ")
                    + cut.recordedBy());
        }
        return axes.isEmpty() ? "nothing about " + negotiationId + " has been recorded"
                : "nothing about " + negotiationId + " had " + String.join(", as ", axes);
    }
}
