package dev.upgraderisk.kb;

import java.util.Objects;

/** One OSV range event: a version that starts or ends an affected stretch. */
public record RangeEvent(Type type, String version) {
    public enum Type {
        /** First affected version ({@code "0"} means all versions before the next event). */
        INTRODUCED("introduced"),
        /** First version that is no longer affected. */
        FIXED("fixed"),
        /** Last affected version, where no fixed version is known. */
        LAST_AFFECTED("last_affected");

        private final String osvName;

        Type(String osvName) {
            this.osvName = osvName;
        }

        public String osvName() {
            return osvName;
        }
    }

    public RangeEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(version, "version");
    }

    public static RangeEvent introduced(String v) {
        return new RangeEvent(Type.INTRODUCED, v);
    }

    public static RangeEvent fixed(String v) {
        return new RangeEvent(Type.FIXED, v);
    }

    public static RangeEvent lastAffected(String v) {
        return new RangeEvent(Type.LAST_AFFECTED, v);
    }

    /** OSV's {@code introduced: "0"}: from the very first version. */
    public boolean isFromBeginning() {
        return type == Type.INTRODUCED && version.equals("0");
    }
}
