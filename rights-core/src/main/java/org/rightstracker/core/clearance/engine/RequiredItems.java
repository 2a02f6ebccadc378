package org.rightstracker.core.clearance.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.shared.Share;

/**
 * Which clearance items a cue needs, derived from who owns its music. Items are never typed by hand:
 * the service compares what is stored with this list, adds what is missing and marks the rest obsolete.
 */
public final class RequiredItems {

    private RequiredItems() {}

    /**
     * The items for one cue, sync and one-stop items in publisher order followed by master-only items in
     * master-owner order, so the list (and any page showing it) keeps a stable order between saves.
     */
    public static List<RequiredItem> derive(
            CueOrigin origin,
            boolean publicDomain,
            boolean studioOwnsScore,
            List<Holder> writers,
            List<Holder> publishers,
            List<Holder> masterOwners) {
        if (origin.isCommissioned()) {
            return composerAgreement(studioOwnsScore, writers);
        }
        Map<Long, BigDecimal> sync =
                publicDomain || origin == CueOrigin.PUBLIC_DOMAIN ? Map.of() : sharesByParty(publishers);
        Map<Long, BigDecimal> master = sharesByParty(masterOwners);

        List<RequiredItem> required = new ArrayList<>();
        sync.forEach((partyId, syncPercent) -> {
            BigDecimal masterPercent = master.get(partyId);
            required.add(
                    masterPercent == null
                            ? new RequiredItem(partyId, ClearanceSide.SYNC, share(syncPercent), null)
                            : new RequiredItem(
                                    partyId, ClearanceSide.ONE_STOP, share(syncPercent), share(masterPercent)));
        });
        master.forEach((partyId, masterPercent) -> {
            if (!sync.containsKey(partyId)) {
                required.add(new RequiredItem(partyId, ClearanceSide.MASTER, null, share(masterPercent)));
            }
        });
        return List.copyOf(required);
    }

    // One agreement with the lead writer: commissioned music is bought out as a whole, so the
    // co-writers' splits matter for the cue sheet, not for clearance. With no writer known there is
    // nobody to sign with, which the engine reports rather than inventing a party.
    private static List<RequiredItem> composerAgreement(boolean studioOwnsScore, List<Holder> writers) {
        if (studioOwnsScore || writers == null || writers.isEmpty()) {
            return List.of();
        }
        Holder lead = writers.get(0);
        for (Holder writer : writers) {
            if (writer.share().compareTo(lead.share()) > 0) {
                lead = writer;
            }
        }
        return List.of(new RequiredItem(lead.partyId(), ClearanceSide.COMPOSER_AGREEMENT, Share.FULL, Share.FULL));
    }

    // A party listed twice on one side (e.g. as original publisher and as administrator of another
    // catalogue) signs one licence for its combined share.
    private static Map<Long, BigDecimal> sharesByParty(List<Holder> holders) {
        Map<Long, BigDecimal> byParty = new LinkedHashMap<>();
        if (holders != null) {
            for (Holder holder : holders) {
                byParty.merge(holder.partyId(), holder.share().value(), BigDecimal::add);
            }
        }
        byParty.values().removeIf(percent -> percent.signum() <= 0);
        return byParty;
    }

    // The entities keep a side within 100%; capping here keeps a corrupt split from stopping the whole
    // evaluation, and the engine still reports the side's real total.
    private static Share share(BigDecimal percent) {
        return Share.of(percent.min(Share.FULL.value()));
    }
}
