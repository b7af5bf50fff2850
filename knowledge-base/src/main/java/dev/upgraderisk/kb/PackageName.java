package dev.upgraderisk.kb;

import java.util.Objects;

/**
 * A package within its ecosystem. Maven names are {@code groupId:artifactId}; Go names are module paths including
 * their major-version suffix ({@code github.com/jackc/pgx/v5}); npm names as published ({@code @scope/name}).
 */
public record PackageName(Ecosystem ecosystem, String name) implements Comparable<PackageName> {
    public PackageName {
        Objects.requireNonNull(ecosystem, "ecosystem");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("package name is blank");
        }
    }

    public static PackageName maven(String groupId, String artifactId) {
        return new PackageName(Ecosystem.MAVEN, groupId + ":" + artifactId);
    }

    @Override
    public int compareTo(PackageName o) {
        int c = ecosystem.compareTo(o.ecosystem);
        return c != 0 ? c : name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return ecosystem.osvName() + ":" + name;
    }
}
