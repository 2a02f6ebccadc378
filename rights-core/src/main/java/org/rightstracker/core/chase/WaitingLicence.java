package org.rightstracker.core.chase;

import java.time.LocalDate;
import java.util.Comparator;
import org.rightstracker.core.licence.LicenceStatus;

/**
 * A licence whose licensor has kept us waiting: requested long ago, not answered with an approval, and
 * not chased lately.
 *
 * @param lastContactOn the request or the latest follow-up, whichever came later
 */
public record WaitingLicence(
        long itemId,
        long productionId,
        String production,
        long cueId,
        String cueNumber,
        String cueTitle,
        String licensor,
        LicenceStatus status,
        LocalDate requestedOn,
        LocalDate lastContactOn,
        long daysWaiting) {

    public static final Comparator<WaitingLicence> LONGEST_FIRST =
            Comparator.comparingLong(WaitingLicence::daysWaiting).reversed().thenComparingLong(WaitingLicence::itemId);
}
