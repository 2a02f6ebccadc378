package org.rightstracker.core.audit;

public enum AuditAction {
    ADDED,
    CHANGED,
    REMOVED
}
