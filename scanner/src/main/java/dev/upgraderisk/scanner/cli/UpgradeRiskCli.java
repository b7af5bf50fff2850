package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.kb.loader.KnowledgeBaseLoader;
import dev.upgraderisk.scanner.ToolVersion;
import dev.upgraderisk.scanner.profile.Phase;
import dev.upgraderisk.scanner.profile.Phases;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code upgrade-risk}: the command line. Each subcommand is one call into the engine. */
@Command(
        name = "upgrade-risk",
        mixinStandardHelpOptions = true,
        versionProvider = UpgradeRiskCli.Version.class,
        modelTransformer = UpgradeRiskCli.ExitCodes.class,
        description = "Finds known regressions (and the versions that fix them) in a project's resolved dependencies.",
        subcommands = {
            ScanCommand.class,
            DiffCommand.class,
            HistoryCommand.class,
            AdviseCommand.class,
            FixCommand.class,
            KbCommand.class,
            CommandLine.HelpCommand.class
        })
public final class UpgradeRiskCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    TopLevelOptions options = new TopLevelOptions();

    /** The options of the top-level command, inherited by every subcommand. */
    static final class TopLevelOptions {
        @CommandLine.Option(
                names = "--debug",
                scope = CommandLine.ScopeType.INHERIT,
                description = "on an internal error, print the stack trace instead of writing it to a file")
        boolean debug;
    }

    /**
     * The subcommands by name, as the annotation above lists them. A command line that starts with one of them builds
     * only that one ({@link Lean}): building every subcommand's model costs a noticeable part of a short run.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = Map.of(
            "scan", ScanCommand::new,
            "diff", DiffCommand::new,
            "history", HistoryCommand::new,
            "advise", AdviseCommand::new,
            "fix", FixCommand::new,
            "kb", KbCommand::new);

    /** The top-level command with one subcommand only, for a command line that names it first. */
    @Command(name = "upgrade-risk", mixinStandardHelpOptions = true, versionProvider = UpgradeRiskCli.Version.class)
    static final class Lean implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        TopLevelOptions options = new TopLevelOptions();

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (try: scan)");
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (try: scan)");
    }

    public static void main(String[] args) {
        if (args.length > 0 && SUBCOMMANDS.containsKey(args[0])) {
            KnowledgeBaseLoader.prefetchBundled(); // read while the command line is parsed
        }
        int code;
        try (Phase p = Phases.start("cli", String.join(" ", args))) {
            code = run(
                    args,
                    new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                    new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        }
        Phases.write();
        System.exit(code);
    }

    /** Runs the CLI with the given streams and returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli;
        try (Phase p = Phases.start("cli-model")) {
            cli = commandLine(args.length == 0 ? "" : args[0]);
        }
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The whole command line, every subcommand built (for help, completion and documentation). */
    static CommandLine commandLine() {
        return commandLine("");
    }

    /** The command line for arguments that start with {@code first}: only that subcommand when it names one. */
    static CommandLine commandLine(String first) {
        CommandLine cli;
        if (first.equals("--version") || first.equals("-V")) {
            cli = new CommandLine(new Lean()); // the version needs no subcommand at all
        } else if (SUBCOMMANDS.containsKey(first)) {
            cli = new CommandLine(new Lean());
            cli.addSubcommand(first, SUBCOMMANDS.get(first).get());
            new ExitCodes().transform(cli.getCommandSpec());
        } else {
            cli = new CommandLine(new UpgradeRiskCli());
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine()
                    .getErr()
                    .println("try: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            return ExitCode.INPUT_ERROR.code();
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            InternalErrorReport.print(
                    ex,
                    cmd.getCommandSpec().qualifiedName(),
                    debug(parsed),
                    Path.of(System.getProperty("java.io.tmpdir")),
                    cmd.getErr());
            return ExitCode.INTERNAL_ERROR.code();
        });
        return cli;
    }

    /**
     * The exit codes in every command's help, from {@link ExitCode}. A model transformer rather than code in
     * {@link #commandLine()}, so that tools that build the model from this class alone (the man page and completion
     * generators of the distribution) see them too.
     */
    static final class ExitCodes implements CommandLine.IModelTransformer {
        @Override
        public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
            Map<String, String> codes = new LinkedHashMap<>();
            Arrays.stream(ExitCode.values()).forEach(c -> codes.put(String.valueOf(c.code()), c.meaning()));
            applyToAll(
                    spec,
                    s -> s.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes));
            // history reports; it never fails on findings (exit 1 is not one of its outcomes)
            Map<String, String> historyCodes = new LinkedHashMap<>(codes);
            historyCodes.remove(String.valueOf(ExitCode.FINDINGS.code()));
            historyCodes.put(String.valueOf(ExitCode.CLEAN.code()), "the history was written (findings never fail it)");
            CommandLine history = spec.subcommands().get("history");
            if (history != null) history.getCommandSpec().usageMessage().exitCodeList(historyCodes);
            return spec;
        }

        private static void applyToAll(
                CommandLine.Model.CommandSpec spec, Consumer<CommandLine.Model.CommandSpec> action) {
            action.accept(spec);
            spec.subcommands().values().forEach(sub -> applyToAll(sub.getCommandSpec(), action));
        }
    }

    /** {@code --debug} anywhere on the command line (it is inherited by every subcommand). */
    private static boolean debug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) return true;
        }
        return false;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"upgrade-risk " + ToolVersion.get()};
        }
    }
}
