package dev.parley.cli;

import dev.parley.timeline.AsOf;
import dev.parley.timeline.state.NegotiationState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
            if (state == null) {
                spec.commandLine().getErr().println(Terminal.line("parley: negotiation " + recorded.negotiationId()
                        + " had not been opened as of " + asOf));
                return json ? printEmpty() : 0;
            }
            spec.commandLine().getOut().println(json ? Json.state(state) : StateReport.render(state));
        }
        return 0;
    }

    private int printEmpty() {
        spec.commandLine().getOut().println("null");
        return 0;
    }
}
