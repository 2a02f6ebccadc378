package org.rightstracker.core.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a registration (a CWR NWR/REV with its records) says about a work beyond its title, ISWC and the
 * two sides clearance uses: the submitter's work number, language, version type (ORI/MOD), copyright
 * date, duration, the production it was written for (ORN), alternate-title types and languages, each
 * owner's share of the three rights and the territories each collects in. Plain values, so an import can
 * compare a file with the catalogue before writing.
 */
public record WorkRegistration(
        String submitterWorkNumber,
        String languageCode,
        String versionType,
        LocalDate copyrightDate,
        Integer durationSeconds,
        String originProductionTitle,
        Integer originProductionYear,
        List<Title> titles,
        List<Owner> owners,
        List<Territory> territories) {

    public record Title(String title, String titleType, String languageCode) {}

    /** An owner by party id; null while the party is still to be created (then it differs from any stored one). */
    public record Owner(Long partyId, RightHolderKind kind, BigDecimal pr, BigDecimal mr, BigDecimal sr) {}

    /** {@code owner} is the position of the owner in {@link #owners}. */
    public record Territory(int owner, boolean included, int tisCode, BigDecimal pr, BigDecimal mr, BigDecimal sr) {}

    /** The registration a work holds now. */
    public static WorkRegistration of(Work work) {
        return new WorkRegistration(
                work.submitterWorkNumber,
                work.languageCode,
                work.versionType,
                work.copyrightDate,
                work.durationSeconds,
                work.originProductionTitle,
                work.originProductionYear,
                work.titleDetails.stream()
                        .map(t -> new Title(t.title, t.titleType, t.languageCode))
                        .toList(),
                work.rightOwnership.stream()
                        .map(o -> new Owner(o.party.id, o.kind, scaled(o.pr), scaled(o.mr), scaled(o.sr)))
                        .toList(),
                work.collectionTerritories.stream()
                        .map(t ->
                                new Territory(t.owner, t.included, t.tisCode, scaled(t.pr), scaled(t.mr), scaled(t.sr)))
                        .toList());
    }

    // Shares compare by value: 50 and 50.00 are the same share.
    private static BigDecimal scaled(BigDecimal share) {
        return share == null ? null : share.setScale(2);
    }
}
