package dev.parley.cli;

import dev.parley.timeline.Development;
import dev.parley.timeline.DevelopmentTypes;
import dev.parley.timeline.TimelineQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code parley timeline [--party NAME] FILE}: developments in the order they happened, one line each. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Record a timeline file and list its developments in the order they occurred: date, type, "
                + "who did what, and the development's id.")
final class TimelineCommand implements Callable<Integer> {

    @Mixin
    TimelineFileArgument input;

    @Option(names = "--party", paramLabel = "NAME", description = "only developments involving NAME")
    String party;

    @Option(names = "--type", paramLabel = "TYPE", split = ",", converter = TypeName.class,
            description = "only these development types, e.g. offer-made,demand-made")
    Set<String> types = Set.of();

    @Option(names = "--from", paramLabel = "DATE",
            description = "only developments that may have occurred on or after DATE (yyyy-MM-dd)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "only developments that may have occurred on or before DATE (yyyy-MM-dd)")
    LocalDate to;

    @Option(names = "--json", description = "print the developments as a JSON array, each with its type")
    boolean json;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        requireOrdered(spec, from, to);
        try (StoreOptions.Recorded recorded = store.openAndRecord(input.file)) {
            List<Development> developments = recorded.parley().timeline(recorded.negotiationId(),
                    new TimelineQuery(party, types, from, to));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.developments(developments));
                return 0;
            }
            int dateWidth = developments.stream().mapToInt(d -> Words.when(d).length()).max().orElse(0);
            int typeWidth = developments.stream().mapToInt(d -> d.typeName().length()).max().orElse(0);
            for (Development d : developments) {
                out.println(Terminal.line(pad(Words.when(d), dateWidth) + "  "
                        + pad(d.typeName(), typeWidth) + "  " + Summary.of(d) + "  [" + d.id() + "]"));
            }
        }
        return 0;
    }

    /** A window whose start is after its end is a usage error, not an empty or a reversed answer. */
    static void requireOrdered(CommandSpec spec, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--from " + from + " is after --to " + to);
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /** Accepts only the vocabulary's type names, and lists them when given another. */
    static final class TypeName implements CommandLine.ITypeConverter<String> {
        /** The stable JSON type names of every development type, in the vocabulary's order. */
        static final List<String> KNOWN = List.copyOf(DevelopmentTypes.all().keySet());

        @Override
        public String convert(String name) {
            if (!KNOWN.contains(name)) {
                throw new TypeConversionException("unknown type '" + name + "'; known types: "
                        + String.join(", ", KNOWN));
            }
            return name;
        }
    }
}
