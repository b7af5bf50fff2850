package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command line that names its subcommand first builds that one only; it must be the same command as in the whole. */
class CommandLineModelTest {
    @Test
    void theLeanTableNamesEverySubcommandOfTheAnnotation() {
        Set<String> whole =
                new TreeSet<>(UpgradeRiskCli.commandLine().getSubcommands().keySet());
        whole.remove("help");
        assertEquals(whole, new TreeSet<>(UpgradeRiskCli.SUBCOMMANDS.keySet()));
    }

    @Test
    void eachSubcommandAloneHasTheUsageItHasInTheWhole() {
        CommandLine whole = UpgradeRiskCli.commandLine();
        for (String name : UpgradeRiskCli.SUBCOMMANDS.keySet()) {
            CommandLine lean = UpgradeRiskCli.commandLine(name);
            assertEquals(Set.of(name), lean.getSubcommands().keySet());
            assertEquals(
                    whole.getSubcommands().get(name).getUsageMessage(),
                    lean.getSubcommands().get(name).getUsageMessage(),
                    name);
            for (var sub : whole.getSubcommands().get(name).getSubcommands().entrySet()) {
                assertEquals(
                        sub.getValue().getUsageMessage(),
                        lean.getSubcommands()
                                .get(name)
                                .getSubcommands()
                                .get(sub.getKey())
                                .getUsageMessage(),
                        name + " " + sub.getKey());
            }
        }
    }

    @Test
    void theVersionIsTheSameFromTheLeanCommandLine() {
        java.io.StringWriter lean = new java.io.StringWriter();
        UpgradeRiskCli.commandLine("--version").printVersionHelp(new java.io.PrintWriter(lean, true));
        java.io.StringWriter whole = new java.io.StringWriter();
        UpgradeRiskCli.commandLine().printVersionHelp(new java.io.PrintWriter(whole, true));
        assertEquals(whole.toString(), lean.toString());
        assertEquals(
                0,
                UpgradeRiskCli.run(
                        new String[] {"--version"},
                        new java.io.PrintWriter(new java.io.StringWriter()),
                        new java.io.PrintWriter(new java.io.StringWriter())));
    }

    @Test
    void debugIsAcceptedAfterTheSubcommand() {
        CommandLine lean = UpgradeRiskCli.commandLine("scan");
        lean.parseArgs("scan", "--debug", ".");
        CommandLine whole = UpgradeRiskCli.commandLine();
        whole.parseArgs("scan", "--debug", ".");
    }
}
