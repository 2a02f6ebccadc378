package org.rightstracker.web.page.bulk;

import java.util.List;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.production.Production;

/**
 * A bulk step waiting for confirmation: the licences that can take it (each ticked, with its version),
 * how many others of the selection cannot, and where "Cancel" leads back to.
 */
public record BulkReview(
        Production production,
        LicenceStatus target,
        List<BulkCandidate> candidates,
        int cannotMove,
        String back,
        String backLabel) {

    /** "Request", "Approve", "Mark licensed": what the confirmation button does. */
    public String verb() {
        return switch (target) {
            case REQUESTED -> "Request";
            case APPROVED -> "Approve";
            case LICENSED -> "Mark licensed";
            default -> target.label();
        };
    }

    public boolean isApproval() {
        return target == LicenceStatus.APPROVED;
    }

    public boolean isLicensing() {
        return target == LicenceStatus.LICENSED;
    }
}
