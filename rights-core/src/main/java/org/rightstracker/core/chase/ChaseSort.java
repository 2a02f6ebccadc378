package org.rightstracker.core.chase;

import java.util.Comparator;
import java.util.function.Function;
import org.rightstracker.core.cue.CueNumberOrder;

/**
 * The orders the chase list offers, each in the direction a supervisor wants first: the longest wait,
 * the soonest follow-up or expiry, the earliest step. Rows without the value go last.
 */
public enum ChaseSort {
    LICENSOR("Licensor", Comparator.comparing(ChaseRow::licensor, String.CASE_INSENSITIVE_ORDER)),
    CUE(
            "Cue",
            Comparator.comparing(ChaseRow::production, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(ChaseRow::cueNumber, CueNumberOrder.INSTANCE)),
    STATUS("Status", Comparator.comparing(ChaseRow::status)),
    WAITING("Days waiting", lastWhenNull(ChaseRow::daysWaiting, Comparator.<Long>reverseOrder())),
    NEXT_FOLLOW_UP("Next follow-up", lastWhenNull(ChaseRow::nextFollowUpOn, Comparator.naturalOrder())),
    QUOTE_EXPIRY("Quote expiry", lastWhenNull(ChaseRow::quoteExpiresOn, Comparator.naturalOrder()));

    private final String label;
    private final Comparator<ChaseRow> order;

    ChaseSort(String label, Comparator<ChaseRow> order) {
        this.label = label;
        // Ties fall back to the cue order, so the list reads the same on every load.
        this.order = order.thenComparing(ChaseRow::production, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ChaseRow::cueNumber, CueNumberOrder.INSTANCE)
                .thenComparingLong(ChaseRow::itemId);
    }

    public String label() {
        return label;
    }

    public Comparator<ChaseRow> order() {
        return order;
    }

    /** The name used in addresses: "next-follow-up". */
    public String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static <T> Comparator<ChaseRow> lastWhenNull(Function<ChaseRow, T> value, Comparator<T> order) {
        return Comparator.comparing(value, Comparator.nullsLast(order));
    }
}
