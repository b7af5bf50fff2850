package dev.upgraderisk.scanner.cli;

import static dev.upgraderisk.scanner.report.TextReportWriter.clean;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.Affected;
import dev.upgraderisk.kb.AffectedRange;
import dev.upgraderisk.kb.osv.OsvExporter;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseProvider;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb show ID}: one entry in full. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one knowledge-base entry in full.")
final class KbShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeBaseOptions kb = new KnowledgeBaseOptions();

    @Parameters(paramLabel = "ID", description = "Entry id, e.g. URK-2026-0001 (or an OSV id with --kb-osv).")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or osv (OSV JSON).")
    String format;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try {
            var knowledgeBase = new KnowledgeBaseProvider().load(kb.toRequest()).knowledgeBase();
            Advisory a = knowledgeBase
                    .byId(id)
                    .orElseThrow(() -> new InputException(
                            "no entry '" + id + "' in " + knowledgeBase.origin(),
                            "`upgrade-risk kb list` shows the ids"));
            if (format.equals("osv")) {
                out.println(
                        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(OsvExporter.toOsv(a)));
                out.flush();
                return ExitCode.CLEAN.code();
            }
            var f = a.facts();
            out.println(
                    clean(a.id()) + "  " + f.severity() + "  " + f.kind() + "  (confidence " + f.confidence() + ")");
            out.println(clean(a.summary()));
            if (!a.aliases().isEmpty()) out.println("aliases: " + String.join(", ", a.aliases()));
            out.println();
            for (Affected af : a.affected()) {
                String ranges =
                        af.ranges().stream().map(KbShowCommand::describe).collect(Collectors.joining("; "));
                if (!af.versions().isEmpty()) ranges += (ranges.isEmpty() ? "" : "; ") + "versions " + af.versions();
                out.println("affects  " + af.pkg() + ": " + ranges);
            }
            f.lastKnownGood().ifPresent(v -> out.println("last known good: " + v));
            if (!f.packageAliases().isEmpty()) out.println("also known as: " + String.join(", ", f.packageAliases()));
            out.println("trigger: " + clean(f.trigger()));
            out.println("symptom: " + clean(f.symptom()));
            f.workaround().ifPresent(w -> out.println("workaround: " + clean(w)));
            out.println();
            a.details().strip().lines().forEach(l -> out.println(clean(l)));
            out.println();
            a.references().forEach(r -> out.println(clean(r.type()) + ": " + clean(r.url())));
            f.inferred().forEach(i -> out.println("inferred: " + clean(i)));
            out.println("source: " + a.source());
            out.flush();
            return ExitCode.CLEAN.code();
        } catch (InputException e) {
            return Errors.report(spec.commandLine().getErr(), e);
        }
    }

    static String describe(AffectedRange r) {
        StringBuilder sb = new StringBuilder();
        r.events()
                .forEach(e -> sb.append(sb.isEmpty() ? "" : ", ")
                        .append(e.type().osvName())
                        .append(' ')
                        .append(e.version()));
        return sb.toString();
    }
}
