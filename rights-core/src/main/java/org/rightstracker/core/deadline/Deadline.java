package org.rightstracker.core.deadline;

import java.time.LocalDate;

/**
 * A day by which something about a licence runs out: a quote lapses, an option must be exercised, or
 * an executed licence's term ends (its last covered day).
 *
 * @param sourceId the licence's id, or the option's for an option deadline: with the kind, it names the
 *     event for good
 * @param what what runs out, in words: the option's description, or the status of the quote
 */
public record Deadline(
        DeadlineKind kind,
        LocalDate on,
        long sourceId,
        long itemId,
        long productionId,
        String production,
        long cueId,
        String cueNumber,
        String cueTitle,
        String licensor,
        String side,
        String what) {}
