package org.rightstracker.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.rightstracker.core.album.Album;
import org.rightstracker.core.album.AlbumRight;
import org.rightstracker.core.album.AlbumTrack;
import org.rightstracker.core.album.MechanicalRate;
import org.rightstracker.core.album.engine.AlbumProblem;
import org.rightstracker.core.album.engine.AlbumVerdict;
import org.rightstracker.core.album.engine.TrackLine;
import org.rightstracker.core.album.engine.TrackVerdict;
import org.rightstracker.core.shared.RunningTime;

/** The JSON shapes of albums, their tracks and rights, their checklist and the mechanical rates. */
public final class AlbumDtos {

    private AlbumDtos() {}

    /** An album; decimals as strings; the UPC/EAN as its 12 or 13 digits. */
    public record AlbumDto(
            long id,
            long version,
            long productionId,
            String title,
            Long labelId,
            String labelName,
            LocalDate releaseDate,
            String catalogueNumber,
            String gtin,
            String pLine,
            String cLine,
            Long mechanicalRateId,
            String mechanicalRateName,
            MoneyDto dealerPrice,
            List<TrackDto> tracks) {

        static AlbumDto of(Album a) {
            return new AlbumDto(
                    a.id,
                    a.version,
                    a.production.id,
                    a.title,
                    a.label == null ? null : a.label.id,
                    a.label == null ? null : a.label.name,
                    a.releaseDate,
                    a.catalogueNumber,
                    a.gtin,
                    a.phonogramLine,
                    a.copyrightLine,
                    a.mechanicalRate == null ? null : a.mechanicalRate.id,
                    a.mechanicalRate == null ? null : a.mechanicalRate.name,
                    a.dealerPrice == null ? null : new MoneyDto(a.dealerPrice.toPlainString(), a.dealerPriceCurrency),
                    a.tracks.stream().map(TrackDto::of).toList());
        }
    }

    /** A track; duration as m:ss; its source cue or recording, and its album rights. */
    public record TrackDto(
            long id,
            long version,
            int position,
            String title,
            String duration,
            Long cueId,
            Long recordingId,
            List<RightDto> rights) {

        static TrackDto of(AlbumTrack t) {
            return new TrackDto(
                    t.id,
                    t.version,
                    t.position,
                    t.title,
                    durationOf(t.durationSeconds),
                    t.cue == null ? null : t.cue.id,
                    t.recording == null ? null : t.recording.id,
                    t.rights.stream().map(RightDto::of).toList());
        }
    }

    public record RightDto(
            long id,
            long version,
            String kind,
            Long partyId,
            String holderName,
            String share,
            String status,
            String feeModel,
            MoneyDto fee,
            String royaltyPercent,
            String notes) {

        static RightDto of(AlbumRight r) {
            return new RightDto(
                    r.id,
                    r.version,
                    r.kind.name(),
                    r.party == null ? null : r.party.id,
                    r.holderName,
                    plain(r.share),
                    r.status.name(),
                    r.feeModel == null ? null : r.feeModel.name(),
                    r.fee == null ? null : new MoneyDto(r.fee.toPlainString(), r.feeCurrency),
                    plain(r.royaltyPercent),
                    r.notes);
        }
    }

    public record RateDto(
            long id,
            long version,
            String name,
            String model,
            String currency,
            String unitRate,
            String longSongThreshold,
            String perMinuteRate,
            String dealerPricePercent,
            boolean isDefault) {

        static RateDto of(MechanicalRate r) {
            return new RateDto(
                    r.id,
                    r.version,
                    r.name,
                    r.model.name(),
                    r.currency,
                    plain(r.unitRate),
                    durationOf(r.longSongThresholdSeconds),
                    plain(r.perMinuteRate),
                    plain(r.dealerPricePercent),
                    r.isDefault);
        }
    }

    public record ProblemDto(String code, String message, boolean blocking) {
        static ProblemDto of(AlbumProblem p) {
            return new ProblemDto(p.code().name(), p.message(), p.blocking());
        }
    }

    /** One right a track needs: cleared or not and why, and for a mechanical share its cost per unit. */
    public record ChecklistLineDto(
            String kind,
            Long partyId,
            String holderName,
            String share,
            Long rightId,
            String status,
            boolean cleared,
            String reason,
            String mechanicalPerUnit) {

        static ChecklistLineDto of(TrackLine l) {
            return new ChecklistLineDto(
                    l.required().kind().name(),
                    l.required().partyId(),
                    l.required().holderName(),
                    plain(l.required().share()),
                    l.recorded() == null ? null : l.recorded().id(),
                    l.recorded() == null ? null : l.recorded().status().name(),
                    l.cleared(),
                    l.reason(),
                    plain(l.mechanicalPerUnit()));
        }
    }

    public record ChecklistTrackDto(
            long trackId,
            int position,
            String title,
            boolean cleared,
            String mechanicalPerUnit,
            String mechanicalCurrency,
            List<ChecklistLineDto> lines,
            List<ProblemDto> problems) {

        static ChecklistTrackDto of(TrackVerdict t) {
            return new ChecklistTrackDto(
                    t.trackId(),
                    t.position(),
                    t.title(),
                    t.cleared(),
                    plain(t.mechanicalPerUnit()),
                    t.mechanicalCurrency() == null
                            ? null
                            : t.mechanicalCurrency().getCurrencyCode(),
                    t.lines().stream().map(ChecklistLineDto::of).toList(),
                    t.problems().stream().map(ProblemDto::of).toList());
        }
    }

    /** The album clearance checklist: per track what is cleared and missing, and the album's totals. */
    public record ChecklistDto(
            long albumId,
            boolean cleared,
            long clearedTracks,
            int tracks,
            String mechanicalPerUnit,
            String mechanicalCurrency,
            boolean mechanicalCostComplete,
            List<MoneyDto> masterFlatFees,
            List<ProblemDto> problems,
            List<ChecklistTrackDto> trackChecklists) {

        static ChecklistDto of(long albumId, AlbumVerdict v) {
            return new ChecklistDto(
                    albumId,
                    v.cleared(),
                    v.clearedTracks(),
                    v.tracks().size(),
                    plain(v.mechanicalPerUnit()),
                    v.mechanicalCurrency() == null
                            ? null
                            : v.mechanicalCurrency().getCurrencyCode(),
                    v.mechanicalCostComplete(),
                    v.masterFlatFees().stream().map(MoneyDto::of).toList(),
                    v.problems().stream().map(ProblemDto::of).toList(),
                    v.tracks().stream().map(ChecklistTrackDto::of).toList());
        }
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static String durationOf(Integer seconds) {
        return seconds == null ? null : RunningTime.format(java.time.Duration.ofSeconds(seconds));
    }
}
