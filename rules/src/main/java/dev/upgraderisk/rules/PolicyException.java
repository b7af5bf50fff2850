package dev.upgraderisk.rules;

/** A policy file that cannot be used; the message names file and line and, for a misspelt key, a suggestion. */
public final class PolicyException extends Exception {
    public PolicyException(String message) {
        super(message);
    }
}
