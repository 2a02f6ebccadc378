package org.rightstracker.core.importing.edl;

/** A clip of the cut with no recording found; the supervisor may link one by {@code key}. */
public record UnmatchedClip(String key, String clipName, int line, String reason) {}
