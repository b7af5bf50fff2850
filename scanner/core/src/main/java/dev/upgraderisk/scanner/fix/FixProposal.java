package dev.upgraderisk.scanner.fix;

import dev.upgraderisk.scanner.advice.BuildChange;
import java.util.List;

/**
 * What a fix would do: the edited manifests, the commands it leaves to the package manager (npm writes its own
 * lockfile), and what to run after it ({@code go mod tidy}).
 */
public record FixProposal(List<BuildChange> changes, List<FileEdit> edits, List<String> commands, List<String> notes) {
    public FixProposal {
        changes = List.copyOf(changes);
        edits = List.copyOf(edits);
        commands = List.copyOf(commands);
        notes = List.copyOf(notes);
    }

    /** Every file's unified diff, in order. */
    public String diff() {
        StringBuilder sb = new StringBuilder();
        edits.forEach(e -> sb.append(e.diff()));
        return sb.toString();
    }
}
