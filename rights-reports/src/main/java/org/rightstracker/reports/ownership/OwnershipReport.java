package org.rightstracker.reports.ownership;

import java.math.BigDecimal;
import java.util.List;
import org.rightstracker.core.shared.Money;
import org.rightstracker.reports.render.ProductionHeading;

/**
 * Who owns the music of a production, for producers: per cue the composition's writers and publishers
 * and the recording's master owners with their shares; per party everything it holds here and what it
 * is to be paid; the registered PR/MR/SR split where the work has one; and score against licensed music in cues, minutes and money. Active cues only.
 */
public record OwnershipReport(
        ProductionHeading production,
        List<CueOwnership> cues,
        List<PartyHoldings> parties,
        List<OriginTotal> origins,
        OriginTotal total) {

    public OwnershipReport {
        cues = List.copyOf(cues);
        parties = List.copyOf(parties);
        origins = List.copyOf(origins);
    }

    /**
     * @param note what stands in for owners where there are none to list, e.g. score the studio owns
     */
    public record CueOwnership(
            int sequence,
            String number,
            String title,
            String origin,
            List<Share> writers,
            List<Share> publishers,
            List<Share> masterOwners,
            List<RightsShare> registered,
            String note) {

        public CueOwnership {
            writers = List.copyOf(writers);
            publishers = List.copyOf(publishers);
            masterOwners = List.copyOf(masterOwners);
            registered = List.copyOf(registered);
        }
    }

    public record Share(String party, BigDecimal percent) {}

    /**
     * A registered owner's share of the whole work for each right, as the work's registration (CWR) gives
     * it: performing, mechanical, synchronisation. Sync clearance follows SR; PR and MR are shown beside it.
     */
    public record RightsShare(String party, BigDecimal pr, BigDecimal mr, BigDecimal sr) {}

    /**
     * @param committed what approved and licensed deals will pay it, after MFN
     * @param projected what every deal still in play would pay it, after MFN
     */
    public record PartyHoldings(String party, List<Holding> holdings, Money committed, Money projected) {

        public PartyHoldings {
            holdings = List.copyOf(holdings);
        }
    }

    /** @param interest "Writer", "Publisher" or "Master owner" */
    public record Holding(String cueNumber, String cueTitle, String interest, BigDecimal percent) {}

    /** Score, soundtrack, library... : how many cues, how long, and what they are projected to cost. */
    public record OriginTotal(String origin, int cues, int seconds, Money projected) {}
}
