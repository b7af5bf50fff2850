package dev.upgraderisk.kb.guard;

import dev.upgraderisk.kb.Advisory;
import java.util.List;
import java.util.Objects;

/** The windows one advisory affects of one guarded package (under any of its names), sorted and joined. */
public record AdvisoryWindows(Advisory advisory, List<AffectedWindow> windows) {
    public AdvisoryWindows {
        Objects.requireNonNull(advisory, "advisory");
        windows = List.copyOf(windows);
    }
}
