package org.rightstracker.core.licence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.rightstracker.core.audit.Actor;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.shared.ConflictException;

/**
 * "Reopen as amendment": an executed licence is final, so changing its terms means negotiating an
 * amendment. The amendment is a new item of the same chain (cue, party, side) that points at the licence
 * it amends and carries the next number; it starts NOT_REQUESTED with the licence's shares, granted scope,
 * term, range, granted use, contact and MFN flags as the starting point and no fees. The amended licence
 * is not touched (its version stays, its history with it); both get a record on their timeline.
 *
 * <p>Until the amendment is executed the licence stays in force for the clearance engine; once it is, the
 * amendment's scope, term and fee count instead (its agreed fee is the new total for the licence, it
 * replaces the old fee in the budget). See {@code ClearanceFactsLoader.inForce}.
 */
@ApplicationScoped
public class LicenceAmendments {

    @Inject
    LicenceService licences;

    @Inject
    Actor actor;

    /**
     * Opens the next amendment of the licence {@code itemId} seen at {@code version}. Refused (409) when
     * stale, or when the licence is not the chain's executed licence in force (see {@link #refusal}).
     */
    @Transactional
    public ClearanceItem reopen(long itemId, long version) {
        ClearanceItem licence = licences.get(itemId);
        licence.requireVersion(version, licence.describe());
        List<ClearanceItem> chain = chainOf(licence);
        String refused = refusal(licence, chain);
        if (refused != null) {
            throw new ConflictException(refused);
        }
        ClearanceItem amendment = new ClearanceItem();
        amendment.cue = licence.cue;
        amendment.party = licence.party;
        amendment.side = licence.side;
        amendment.amends = licence;
        // After the chain's last number: an amendment that was denied or withdrawn keeps its own.
        amendment.amendmentNo =
                chain.stream().mapToInt(i -> i.amendmentNo).max().orElse(licence.amendmentNo) + 1;
        amendment.syncShare = licence.syncShare;
        amendment.masterShare = licence.masterShare;
        amendment.feeCurrency = licence.feeCurrency;
        amendment.mfn = licence.mfn;
        amendment.mfnWaived = licence.mfnWaived;
        amendment.grantedMedia = licence.grantedMedia;
        amendment.grantedTerritories = licence.grantedTerritories;
        amendment.grantedExcludedTerritories = licence.grantedExcludedTerritories;
        amendment.termStart = licence.termStart;
        amendment.termYears = licence.termYears;
        amendment.contact = licence.contact;
        amendment.rangeKind = licence.rangeKind;
        amendment.rangeCap = licence.rangeCap;
        amendment.grantedUsages = licence.grantedUsages;
        amendment.grantedMaxSeconds = licence.grantedMaxSeconds;
        amendment.grantedScene = licence.grantedScene;
        amendment.persist();
        LocalDate today = LocalDate.now();
        LicenceEvent.amendment(
                        amendment,
                        today,
                        "Reopened as amendment " + amendment.amendmentNo + " of licence #" + licence.id,
                        actor)
                .persist();
        LicenceEvent.amendment(
                        licence,
                        today,
                        "Reopened as amendment " + amendment.amendmentNo + " (licence #" + amendment.id + ")",
                        actor)
                .persist();
        return amendment;
    }

    /**
     * Why {@code licence} cannot be reopened, or null when it can: only an executed (LICENSED) licence
     * still in the ownership, with no executed amendment after it (that one is in force) and no open one
     * (a chain has one open amendment at a time; a denied or withdrawn one is closed and does not count). {@code items} may hold other chains' items
     * (a cue's), which are ignored.
     */
    public static String refusal(ClearanceItem licence, Collection<ClearanceItem> items) {
        if (licence.obsolete) {
            return licence.describe() + " is obsolete: the party no longer owns a share of this cue.";
        }
        Optional<ClearanceItem> inForce = latestAfter(licence, items, i -> i.status == LicenceStatus.LICENSED);
        if (inForce.isPresent()) {
            return licence.describe() + " already has amendment " + inForce.get().amendmentNo
                    + " (licensed): reopen that one, it is the licence in force.";
        }
        // A denied or withdrawn amendment is closed: the licence can be amended afresh.
        Optional<ClearanceItem> open = latestAfter(licence, items, i -> i.status.isLive());
        if (open.isPresent()) {
            return licence.describe() + " already has amendment " + open.get().amendmentNo + " ("
                    + open.get().status.label().toLowerCase()
                    + "): finish or withdraw it first; a licence has one open amendment at a time.";
        }
        if (licence.status != LicenceStatus.LICENSED) {
            return licence.describe() + " is " + licence.status.label().toLowerCase()
                    + ": only an executed licence is reopened as an amendment; change this one's terms instead.";
        }
        return null;
    }

    /** The newest item of the licence's chain after it: its latest amendment, if any. */
    public static Optional<ClearanceItem> newestAfter(ClearanceItem licence, Collection<ClearanceItem> items) {
        return latestAfter(licence, items, i -> true);
    }

    private static Optional<ClearanceItem> latestAfter(
            ClearanceItem licence, Collection<ClearanceItem> items, Predicate<ClearanceItem> matching) {
        return items.stream()
                .filter(i -> sameChain(i, licence) && i.amendmentNo > licence.amendmentNo && matching.test(i))
                .max(Comparator.comparingInt(i -> i.amendmentNo));
    }

    private static boolean sameChain(ClearanceItem a, ClearanceItem b) {
        return Objects.equals(a.cue.id, b.cue.id) && Objects.equals(a.party.id, b.party.id) && a.side == b.side;
    }

    private static List<ClearanceItem> chainOf(ClearanceItem licence) {
        return ClearanceItem.list(
                "cue.id = ?1 and party.id = ?2 and side = ?3", licence.cue.id, licence.party.id, licence.side);
    }
}
