package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.scanner.api.ResolutionException;
import dev.upgraderisk.scanner.api.ScanException;

/** Every exit code of the tool, and the one place that maps outcomes to them. */
public enum ExitCode {
    CLEAN(0, "nothing at or above the failure threshold"),
    FINDINGS(1, "findings at or above the failure threshold (--fail-on)"),
    INPUT_ERROR(2, "usage or input error: bad option, missing path, malformed manifest or knowledge base"),
    RESOLUTION_FAILURE(3, "resolution failure: an artifact could not be fetched (repository, network, offline)"),
    INTERNAL_ERROR(4, "internal error: a bug in upgrade-risk; please report it with the message");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    public static ExitCode of(ScanException e) {
        if (e instanceof ResolutionException) {
            return RESOLUTION_FAILURE;
        }
        return INPUT_ERROR; // InputException, the only other kind
    }
}
