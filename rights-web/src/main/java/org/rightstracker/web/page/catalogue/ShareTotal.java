package org.rightstracker.web.page.catalogue;

import java.math.BigDecimal;
import java.util.List;
import org.rightstracker.core.shared.InvalidValueException;
import org.rightstracker.core.shared.Share;
import org.rightstracker.web.page.PageFormats;

/**
 * The running total of one side's shares as typed, and what it means: exactly 100% is complete, less
 * leaves a part nobody is known to own, more is impossible and will be refused.
 */
public record ShareTotal(String side, BigDecimal total, int unreadable, String firstUnreadable) {

    private static final BigDecimal FULL = Share.FULL.value();

    /** Adds the typed shares; blanks count for nothing, text that is not a share is counted apart. */
    public static ShareTotal of(String side, List<String> typed) {
        BigDecimal total = BigDecimal.ZERO;
        int unreadable = 0;
        String first = null;
        for (String text : typed == null ? List.<String>of() : typed) {
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                total = total.add(Share.of(text).value());
            } catch (InvalidValueException e) {
                unreadable++;
                first = first == null ? text.strip() : first;
            }
        }
        return new ShareTotal(side, total, unreadable, first);
    }

    public String shown() {
        return PageFormats.percent(total);
    }

    /** "ok", "short" or "over", for the style of the total. */
    public String state() {
        if (unreadable > 0 || total.compareTo(FULL) > 0) {
            return "over";
        }
        return total.compareTo(FULL) == 0 ? "ok" : "short";
    }

    /** What the total means, in words. */
    public String verdict() {
        if (unreadable > 0) {
            return "'" + firstUnreadable + "' is not a percentage; enter shares such as 50 or 33.33.";
        }
        int against = total.compareTo(FULL);
        if (against == 0) {
            return "Complete: the " + side + " shares add up to 100%.";
        }
        if (against > 0) {
            return "Over by " + PageFormats.percent(total.subtract(FULL)) + ": a side can never exceed 100%.";
        }
        if (total.signum() == 0) {
            return "No " + side + " shares yet.";
        }
        return PageFormats.percent(FULL.subtract(total))
                + " is not accounted for; a cue using this cannot clear until it is.";
    }
}
