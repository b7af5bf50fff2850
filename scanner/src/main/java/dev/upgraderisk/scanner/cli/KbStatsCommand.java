package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.verify.TagVerification;
import dev.upgraderisk.kb.verify.TagVerifier;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.evaluation.AdvisorySources;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kb stats}: how many entries, by ecosystem, kind, severity, confidence and package; with {@code --clones}, how many are verified against tags. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count knowledge-base entries.")
final class KbStatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeBaseOptions kb = new KnowledgeBaseOptions();

    @Option(
            names = "--clones",
            paramLabel = "DIR",
            description = "Also count the entries verified against the git tags of the repositories cloned under DIR"
                    + " (as kb verify checks them).")
    Path clones;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try {
            AdvisorySources sources = new KnowledgeBaseProvider().load(kb.toRequest());
            var all = sources.knowledgeBase().advisories();
            out.println("knowledge base: " + sources.curated());
            out.println("entries: " + all.size());
            long packages = all.stream()
                    .flatMap(a -> a.affected().stream())
                    .map(af -> af.pkg())
                    .distinct()
                    .count();
            out.println("packages: " + packages);
            print(
                    out,
                    "ecosystem",
                    count(all, a -> a.affected().get(0).pkg().ecosystem().osvName()));
            print(out, "origin", count(all, a -> a.origin().id()));
            print(out, "kind", count(all, a -> a.facts().kind().id()));
            print(out, "severity", count(all, a -> a.facts().severity().id()));
            print(out, "confidence", count(all, a -> a.facts().confidence().id()));
            if (clones != null) {
                try {
                    TagVerification v =
                            new TagVerifier(clones, TagVerifier.bundledTagPatterns()).verify(sources.knowledgeBase());
                    out.println("verified against tags: " + v.verified().size() + " (problems in "
                            + (all.size() - v.verified().size() - v.skipped().size()) + ", no cloned repository for "
                            + v.skipped().size() + "; details: kb verify --clones " + clones + ")");
                } catch (IOException e) {
                    throw new InputException(
                            "--clones " + clones + ": " + e.getMessage(), "give a folder of git clones");
                }
            } else {
                out.println("verified against tags: not counted (give --clones DIR)");
            }
            out.println("per package:");
            Map<String, Long> perPackage = all.stream()
                    .flatMap(a -> a.affected().stream().map(af -> af.pkg()).distinct())
                    .collect(Collectors.groupingBy(
                            p -> p.ecosystem().osvName() + " " + p.name(), TreeMap::new, Collectors.counting()));
            perPackage.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> out.println(String.format("  %4d  %s", e.getValue(), e.getKey())));
            out.flush();
            return ExitCode.CLEAN.code();
        } catch (InputException e) {
            return Errors.report(spec.commandLine().getErr(), e);
        }
    }

    private static Map<String, Long> count(List<Advisory> all, Function<Advisory, String> key) {
        return all.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static void print(PrintWriter out, String title, Map<String, Long> counts) {
        out.println(title + ": "
                + counts.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
    }
}
