package org.rightstracker.core.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The one rule every ownership side shares: its shares never add up to more than 100%. */
public final class ShareTotals {

    private ShareTotals() {}

    /**
     * Refuses a side whose shares exceed 100%.
     *
     * @param field the form/API field the message belongs to, e.g. "publishers"
     * @param sideName how a user names the side, e.g. "publisher"
     */
    public static void requireAtMostFull(String field, String sideName, Iterable<Share> shares) {
        BigDecimal total = Share.sum(shares);
        if (total.compareTo(Share.FULL.value()) > 0) {
            throw new ValidationException(
                    field,
                    "The " + sideName + " shares total " + total.toPlainString() + "%; a side can never exceed 100%.");
        }
    }

    /** Refuses adding {@code added} to {@code existing} when the side would pass 100%. */
    public static void requireRoomFor(String field, String sideName, List<Share> existing, Share added) {
        List<Share> all = new ArrayList<>(existing);
        all.add(added);
        requireAtMostFull(field, sideName, all);
    }
}
