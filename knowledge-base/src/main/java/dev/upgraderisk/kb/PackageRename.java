package dev.upgraderisk.kb;

/** A package that moved: {@code from} is the old name, {@code to} the name it lives under now. */
public record PackageRename(PackageName from, PackageName to, String since, String reference) {}
