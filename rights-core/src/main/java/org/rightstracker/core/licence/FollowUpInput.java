package org.rightstracker.core.licence;

import java.time.LocalDate;

/**
 * A follow-up as typed: when it happened (today when empty), how, what was said, and when to follow
 * up next (optional).
 */
public record FollowUpInput(LocalDate on, FollowUpChannel channel, String note, LocalDate nextFollowUpOn) {}
