package dev.upgraderisk.scanner.cli;

import static dev.upgraderisk.scanner.report.TextReportWriter.clean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.Affected;
import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.Kind;
import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.kb.osv.OsvExporter;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.evaluation.AdvisorySources;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseProvider;
import dev.upgraderisk.scanner.options.FrontEndOptions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kb list}: the entries, filtered by ecosystem, package, kind and severity. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List knowledge-base entries.")
final class KbListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeBaseOptions kb = new KnowledgeBaseOptions();

    @Option(names = "--ecosystem", paramLabel = "NAME", description = "Maven, Go or npm.")
    String ecosystem;

    @Option(
            names = "--package",
            paramLabel = "NAME",
            description = "Package name (Maven: groupId:artifactId), any of its names.")
    String pkg;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            description = "leak, performance, crash, deadlock, behaviour-change, correctness, startup, security.")
    String kind;

    @Option(
            names = "--severity",
            paramLabel = "LEVEL",
            description = "Only entries at or above: low, medium, high, critical.")
    String severity;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: text).")
    String format;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try {
            Predicate<Advisory> filter = filter();
            AdvisorySources sources = new KnowledgeBaseProvider().load(kb.toRequest());
            List<Advisory> selected =
                    sources.knowledgeBase().advisories().stream().filter(filter).toList();
            var out = spec.commandLine().getOut();
            if (format.equals("json")) {
                ObjectMapper json = new ObjectMapper();
                ArrayNode array = json.createArrayNode();
                selected.forEach(a -> array.add(OsvExporter.toOsv(a)));
                out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(array));
            } else if (format.equals("text")) {
                for (Advisory a : selected) {
                    Affected first = a.affected().get(0);
                    out.printf(
                            "%-14s %-8s %-16s %-45s %s%n",
                            clean(a.id()),
                            a.facts().severity(),
                            a.facts().kind(),
                            clean(first.pkg().ecosystem().osvName() + ":"
                                    + first.pkg().name()),
                            clean(a.summary()));
                }
                out.println(selected.size() + " of "
                        + sources.knowledgeBase().advisories().size() + " entries (" + sources.curated() + ")");
            } else {
                throw new InputException("--format '" + format + "' is not a format", "use text or json");
            }
            out.flush();
            return ExitCode.CLEAN.code();
        } catch (InputException e) {
            return Errors.report(err, e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Predicate<Advisory> filter() throws InputException {
        Predicate<Advisory> p = a -> true;
        if (ecosystem != null) {
            Ecosystem e = Ecosystem.fromOsvName(ecosystem)
                    .orElseThrow(() ->
                            new InputException("--ecosystem '" + ecosystem + "' is not known", "use Maven, Go or npm"));
            p = p.and(a -> a.affected().stream().anyMatch(af -> af.pkg().ecosystem() == e));
        }
        if (pkg != null) {
            p = p.and(a -> a.affected().stream().anyMatch(af -> af.pkg().name().equals(pkg))
                    || a.facts().packageAliases().contains(pkg));
        }
        if (kind != null) {
            Kind k = Kind.fromId(kind)
                    .orElseThrow(
                            () -> new InputException(
                                    "--kind '" + kind + "' is not a kind",
                                    "use leak, performance, crash, deadlock, behaviour-change, correctness, startup or security"));
            p = p.and(a -> a.facts().kind() == k);
        }
        if (severity != null) {
            Severity s = FrontEndOptions.severity(severity, "--severity");
            p = p.and(a -> a.facts().severity().isAtLeast(s));
        }
        return p;
    }
}
