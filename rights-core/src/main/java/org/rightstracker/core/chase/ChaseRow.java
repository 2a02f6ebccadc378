package org.rightstracker.core.chase;

import java.time.LocalDate;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.licence.FollowUpChannel;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.shared.Share;

/**
 * One open licence on the chase list: whom to chase for which cue, how to reach them, and how long they
 * have kept us waiting.
 *
 * @param itemVersion the licence's version as read, for forms posted from the list
 * @param partyContact how to reach the licensor in general (contact name, e-mail, phone), for the group heading
 * @param contact the licence's own contact, else the licensor's e-mail and phone
 * @param contactFromParty whether {@code contact} fell back to the licensor's details
 * @param daysWaiting days since the request, for requested licences and later; null before the request
 * @param lastFollowUpOn the day of the latest follow-up logged on the licence
 * @param nextFollowUpOn when that follow-up said to chase next
 * @param followUpOverdue whether {@code nextFollowUpOn} is already past
 */
public record ChaseRow(
        long itemId,
        long itemVersion,
        long productionId,
        String production,
        long cueId,
        String cueNumber,
        String cueTitle,
        long partyId,
        String licensor,
        String partyContact,
        ClearanceSide side,
        Share syncShare,
        Share masterShare,
        LicenceStatus status,
        String contact,
        boolean contactFromParty,
        LocalDate requestedOn,
        Long daysWaiting,
        LocalDate lastFollowUpOn,
        FollowUpChannel lastFollowUpChannel,
        LocalDate nextFollowUpOn,
        boolean followUpOverdue,
        LocalDate quoteExpiresOn) {

    /** The share this licence clears, as people read it: "50.00%", or both for a one-stop licence. */
    public String share() {
        return switch (side) {
            case SYNC -> String.valueOf(syncShare);
            case MASTER -> String.valueOf(masterShare);
            case ONE_STOP -> "sync " + syncShare + ", master " + masterShare;
            case COMPOSER_AGREEMENT -> "";
        };
    }
}
