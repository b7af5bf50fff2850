package dev.upgraderisk.rules;

/** A version that some path asked for but lost to mediation (Maven: nearest wins). */
public record MediatedRequest(String requestedVersion, DependencyPath path) {}
