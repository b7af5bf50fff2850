package dev.upgraderisk.scanner.cli;

import picocli.CommandLine.Command;

/** {@code upgrade-risk kb}: look into, check, export and update the knowledge base. */
@Command(
        name = "kb",
        mixinStandardHelpOptions = true,
        description = "Look into, check, export and update the knowledge base.",
        subcommands = {
            KbListCommand.class,
            KbShowCommand.class,
            KbLintCommand.class,
            KbMineCommand.class,
            KbVerifyCommand.class,
            KbStatsCommand.class,
            KbExportCommand.class,
            KbUpdateCommand.class
        })
final class KbCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "a kb subcommand is required: list, show, lint, stats, export, update");
    }
}
