package org.rightstracker.core.work;

/** Whether a registered owner of a work's rights is one of its writers or one of its publishers. */
public enum RightHolderKind {
    WRITER,
    PUBLISHER
}
