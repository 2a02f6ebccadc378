package org.rightstracker.web.api;

import java.util.List;
import java.util.Map;
import org.rightstracker.core.importing.cwr.CwrPreview;
import org.rightstracker.core.importing.cwr.CwrProblem;
import org.rightstracker.core.importing.cwr.PartyPlan;
import org.rightstracker.core.importing.cwr.PlannedAction;
import org.rightstracker.core.importing.cwr.RecordingPlan;
import org.rightstracker.core.importing.cwr.WorkPlan;

/**
 * The preview of a CWR import as JSON ({@code ?dryRun=true}): the same plan and problems the import page
 * shows, worked out without writing anything. {@code canCommit} is false when the file has errors.
 */
public record CwrPreviewDto(
        String fileName,
        String version,
        String sender,
        int records,
        boolean canCommit,
        long errors,
        long warnings,
        Map<String, Integer> skippedRecords,
        List<Problem> problems,
        List<Party> parties,
        List<Work> works) {

    public record Problem(int line, String recordType, String field, String message, String severity) {}

    public record Party(
            String name, String ipiNameNumber, String society, PlannedAction action, List<String> changes) {}

    public record Work(
            int line,
            String title,
            String iswc,
            PlannedAction action,
            Long existingId,
            List<String> changes,
            List<Share> writers,
            List<Share> publishers,
            List<Recording> recordings) {}

    public record Share(String name, String share, String society) {}

    public record Recording(String title, String artist, String isrc, PlannedAction action, List<String> changes) {}

    static CwrPreviewDto of(CwrPreview preview) {
        return new CwrPreviewDto(
                preview.fileName(),
                preview.version(),
                preview.sender(),
                preview.records(),
                preview.canCommit(),
                preview.errorCount(),
                preview.warningCount(),
                preview.skipped(),
                preview.problems().stream().map(CwrPreviewDto::problem).toList(),
                preview.parties().stream().map(CwrPreviewDto::party).toList(),
                preview.works().stream().map(CwrPreviewDto::work).toList());
    }

    private static Problem problem(CwrProblem p) {
        return new Problem(
                p.line(), p.recordType(), p.field(), p.message(), p.severity().name());
    }

    private static Party party(PartyPlan p) {
        return new Party(p.name(), p.ipi(), p.society(), p.action(), p.changes());
    }

    private static Work work(WorkPlan w) {
        return new Work(
                w.line(),
                w.title(),
                w.iswcFormatted(),
                w.action(),
                w.existingId(),
                w.changes(),
                w.writers().stream()
                        .map(s -> new Share(s.name(), s.share().value().toPlainString(), s.society()))
                        .toList(),
                w.publishers().stream()
                        .map(s -> new Share(s.name(), s.share().value().toPlainString(), s.society()))
                        .toList(),
                w.recordings().stream().map(CwrPreviewDto::recording).toList());
    }

    private static Recording recording(RecordingPlan r) {
        return new Recording(r.title(), r.artist(), r.isrc(), r.action(), r.changes());
    }
}
