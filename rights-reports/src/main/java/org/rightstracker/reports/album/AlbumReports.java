package org.rightstracker.reports.album;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rightstracker.core.album.Album;
import org.rightstracker.core.album.AlbumRight;
import org.rightstracker.core.album.AlbumService;
import org.rightstracker.core.album.AlbumTrack;
import org.rightstracker.core.album.LabelCopy;
import org.rightstracker.core.album.engine.AlbumProblem;
import org.rightstracker.core.album.engine.AlbumProblemCode;
import org.rightstracker.core.album.engine.AlbumVerdict;
import org.rightstracker.core.album.engine.TrackLine;
import org.rightstracker.core.album.engine.TrackVerdict;
import org.rightstracker.core.shared.Money;

/** Builds the album reports (clearance checklist, label copy) from one album in one transaction. */
@ApplicationScoped
public class AlbumReports {

    @Inject
    AlbumService albums;

    @Transactional
    public AlbumChecklistReport checklist(long albumId, String preparedBy, LocalDate preparedOn) {
        Album album = albums.get(albumId);
        AlbumVerdict verdict = albums.verdict(albumId);
        Map<Long, AlbumTrack> tracks = album.tracks.stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<AlbumChecklistReport.Track> lines = new ArrayList<>();
        for (TrackVerdict v : verdict.tracks()) {
            AlbumTrack track = tracks.get(v.trackId());
            List<AlbumChecklistReport.Right> rights = new ArrayList<>();
            for (TrackLine line : v.lines()) {
                AlbumRight recorded = line.recorded() == null
                        ? null
                        : track.rights.stream()
                                .filter(r -> r.id == line.recorded().id())
                                .findFirst()
                                .orElse(null);
                rights.add(new AlbumChecklistReport.Right(
                        line.required().kind().label(),
                        line.required().holderName(),
                        share(line.required().share()),
                        recorded == null ? "Not recorded" : recorded.status.label(),
                        recorded == null ? null : terms(recorded),
                        amount(line.mechanicalPerUnit(), v.mechanicalCurrency()),
                        line.cleared() ? null : line.reason()));
            }
            List<String> problems = v.problems().stream()
                    .filter(p -> p.code() != AlbumProblemCode.RIGHT_MISSING
                            && p.code() != AlbumProblemCode.RIGHT_PENDING
                            && p.code() != AlbumProblemCode.RIGHT_DENIED)
                    .map(AlbumProblem::message)
                    .toList();
            lines.add(new AlbumChecklistReport.Track(
                    v.position(),
                    v.title(),
                    source(track),
                    track.durationSeconds,
                    v.cleared() ? "Cleared" : "Not cleared",
                    amount(v.mechanicalPerUnit(), v.mechanicalCurrency()),
                    rights,
                    problems));
        }
        String mechanical = amount(verdict.mechanicalPerUnit(), verdict.mechanicalCurrency());
        return new AlbumChecklistReport(
                album.production.title,
                album.title,
                album.label == null ? null : album.label.name,
                album.catalogueNumber,
                album.gtin,
                album.mechanicalRate == null ? null : album.mechanicalRate.name,
                preparedBy,
                preparedOn,
                verdict.cleared() ? "Cleared" : "Not cleared",
                verdict.clearedTracks(),
                verdict.tracks().size(),
                mechanical == null
                        ? null
                        : mechanical + (verdict.mechanicalCostComplete() ? "" : " (some tracks unknown)"),
                verdict.masterFlatFees().isEmpty()
                        ? null
                        : verdict.masterFlatFees().stream()
                                .map(Money::formatted)
                                .collect(Collectors.joining(", ")),
                verdict.problems().stream().map(AlbumProblem::message).toList(),
                lines);
    }

    @Transactional
    public LabelCopy labelCopy(long albumId) {
        return albums.labelCopy(albumId);
    }

    private static String source(AlbumTrack track) {
        if (track.cue != null) {
            return "Cue " + track.cue.number + " (" + track.cue.origin.label() + ")";
        }
        return track.recording == null ? "No source" : "Recording " + track.recording;
    }

    private static String terms(AlbumRight right) {
        if (right.feeModel == null) {
            return null;
        }
        if (right.fee != null) {
            return right.feeModel.label() + " " + right.feeCurrency + " " + right.fee.toPlainString();
        }
        return right.royaltyPercent == null
                ? right.feeModel.label()
                : right.feeModel.label() + " " + share(right.royaltyPercent);
    }

    static String share(BigDecimal share) {
        return share == null ? null : share.stripTrailingZeros().toPlainString() + "%";
    }

    static String amount(BigDecimal value, Currency currency) {
        if (value == null) {
            return null;
        }
        return (currency == null ? "" : currency.getCurrencyCode() + " ") + value.toPlainString();
    }
}
