package dev.parley.cli;

import dev.parley.timeline.InvalidValueException;
import dev.parley.timeline.ParleyException;
import dev.parley.timeline.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The {@code parley} command line. Exit codes: 0 ok, 1 input rejected, 2 usage error, 3 store unavailable,
 * 70 internal error (a bug), 74 a file could not be read or written, 75 out of memory.
 *
 * <pre>
 * ./parley show examples/data/istanbul-2025-06-02.json
 * ./parley show --json examples/data/istanbul-2025-06-02.json
 * </pre>
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
        description = "Keeps the timeline of a negotiation as an event-sourced history.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:input rejected (bad file or a rule broken)", "2:usage error",
                "3:store unavailable", "70:internal error (a bug in parley; please report it)",
                "74:a file could not be read or written", "75:out of memory (run again with a larger -Xmx)"},
        footerHeading = "%nEnvironment:%n",
        footer = {"  PARLEY_PG_PASSWORD  the database password for --jdbc-url",
                "  JAVA_OPTS           JVM options for the ./parley launcher, e.g. -Xmx2g"})
public final class ParleyCommand {
    /** Exit code: the input was rejected. */
    public static final int INPUT_REJECTED = 1;
    /** Exit code: wrong usage. */
    public static final int USAGE = 2;
    /** Exit code: the store could not be opened or failed. */
    public static final int STORE_UNAVAILABLE = 3;
    /** Exit code: a bug (an unexpected exception); EX_SOFTWARE of {@code sysexits.h}. */
    public static final int INTERNAL_ERROR = 70;
    /** Exit code: a file could not be read or written; EX_IOERR of {@code sysexits.h}. */
    public static final int FILE_ERROR = 74;
    /** Exit code: the JVM ran out of memory; EX_TEMPFAIL of {@code sysexits.h}: it may work with more heap. */
    public static final int OUT_OF_MEMORY = 75;

    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ShowCommand.class, TimelineCommand.class,
            DiffCommand.class, ValidateCommand.class, ImportCommand.class, ExportCommand.class, RenderCommand.class,
            CommandLine.HelpCommand.class);

    /** When true (a system property), an internal error also prints its stack trace. */
    static final String DEBUG_PROPERTY = "parley.debug";

    /**
     * @param args command line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line without exiting; for tests and embedding.
     *
     * @param args command line arguments
     * @return the exit code
     */
    public static int run(String... args) {
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new Terminal.SafeWriter(new OutputStreamWriter(System.out, charset));
        PrintWriter err = new Terminal.SafeWriter(new OutputStreamWriter(System.err, charset));
        try {
            return commandLine(args)
                    .setOut(out)
                    .setErr(err)
                    .registerConverter(LocalDate.class, ParleyCommand::date)
                    .setParameterExceptionHandler(ParleyCommand::usageError)
                    .setExecutionExceptionHandler(ParleyCommand::failed)
                    .execute(args);
        } catch (OutOfMemoryError e) {
            err.println("parley: " + outOfMemory(Runtime.getRuntime().maxMemory()));
            return OUT_OF_MEMORY;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The command line for these arguments. Picocli builds a command's whole model (reflection over each of its
     * options and mixins) when the command is added, which is a fifth of a short run's time when all of them are;
     * so a run whose first argument names a command other than {@code help} gets that command alone (what it
     * parses, prints and reports is the same), and every other run (help, a root option, an unknown command, none)
     * gets all of them.
     *
     * @param args the arguments to be parsed
     * @return the root command with its subcommands
     */
    static CommandLine commandLine(String... args) {
        CommandLine root = new CommandLine(new ParleyCommand());
        Optional<Class<?>> named = args.length == 0 ? Optional.empty() : SUBCOMMANDS.stream()
                .filter(command -> command != CommandLine.HelpCommand.class
                        && command.getAnnotation(Command.class).name().equals(args[0]))
                .findFirst();
        named.map(List::<Class<?>>of).orElse(SUBCOMMANDS).forEach(root::addSubcommand);
        return root;
    }

    /** Converts a {@code yyyy-MM-dd} option, with a message that says what is wrong in one line. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date (yyyy-MM-dd)");
        }
    }

    /** A usage error: one line saying what is wrong, and one saying where the help is. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("parley: " + Terminal.line(usageMessage(e)));
        command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help'");
        return USAGE;
    }

    /** picocli's "Invalid value for option '--as-of': ..." shortened to "--as-of: ...". */
    static String usageMessage(ParameterException e) {
        ArgSpec arg = e.getArgSpec();
        if (e.getCause() instanceof TypeConversionException conversion && arg != null) {
            String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
            return name + ": " + conversion.getMessage();
        }
        return e.getMessage();
    }

    /** What a command threw, as an exit code and one line on stderr (two for a bug). */
    static int failed(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (causedByOutOfMemory(e)) {
            err.println("parley: " + outOfMemory(Runtime.getRuntime().maxMemory()));
            return OUT_OF_MEMORY;
        }
        if (e instanceof StoreException) {
            err.println("parley: " + Terminal.line(e.getMessage()));
            return STORE_UNAVAILABLE;
        }
        if (e instanceof ParleyException || e instanceof InvalidValueException) {
            err.println("parley: " + Terminal.line(e.getMessage()));
            return INPUT_REJECTED;
        }
        IOException io = e instanceof UncheckedIOException unchecked ? unchecked.getCause()
                : e instanceof IOException checked ? checked : null;
        if (io != null) {
            err.println("parley: " + Terminal.line(fileProblem(io)));
            return FILE_ERROR;
        }
        err.println("parley: internal error: " + Terminal.line(e.getClass().getName() + ": " + e.getMessage()));
        err.println("parley: this is a bug in parley " + Version.number() + "; please report it with the command "
                + "that caused it" + (Boolean.getBoolean(DEBUG_PROPERTY) ? ":"
                : " (JAVA_OPTS=-D" + DEBUG_PROPERTY + "=true adds the stack trace)"));
        if (Boolean.getBoolean(DEBUG_PROPERTY)) {
            e.printStackTrace(err);
        }
        return INTERNAL_ERROR;
    }

    private static boolean causedByOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param maxHeap the heap limit in bytes
     * @return one sentence naming the limit and a heap twice as large, rounded up to a power of two
     */
    static String outOfMemory(long maxHeap) {
        long mb = Math.max(1, Math.round(maxHeap / (1024.0 * 1024)));
        long suggested = Long.highestOneBit(Math.max(1, 2 * mb - 1)) << 1;
        String option = suggested >= 1024 ? "-Xmx" + suggested / 1024 + "g" : "-Xmx" + suggested + "m";
        String limit = mb >= 1024 ? String.format(Locale.ROOT, "%.1f GB", mb / 1024.0) : mb + " MB";
        return "out of memory with a heap of " + limit + "; run it again with more, e.g. JAVA_OPTS=" + option
                + " ./parley ...";
    }

    /** @return what went wrong with a file, in words: {@code out.html: permission denied} */
    static String fileProblem(IOException e) {
        if (e instanceof FileSystemException fs) {
            String problem = e instanceof NoSuchFileException ? "no such file or directory"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
            return fs.getFile() + ": " + problem;
        }
        return "a file could not be read or written: " + e.getMessage();
    }

    /** The project version, from a resource the build filters. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"parley " + number()};
        }

        static String number() {
            Properties properties = new Properties();
            try (InputStream in = ParleyCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties.getProperty("version", "(unknown version)");
        }
    }
}
