package org.rightstracker.core.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rightstracker.core.album.Album;
import org.rightstracker.core.album.AlbumService;
import org.rightstracker.core.album.LabelCopyReadiness;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueNumberOrder;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cuesheet.CueSheetRevision;
import org.rightstracker.core.delivery.DeliveryChecklist.Line;
import org.rightstracker.core.delivery.DeliveryChecklist.Link;
import org.rightstracker.core.delivery.DeliveryChecklist.Status;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.score.ScoreBoard;
import org.rightstracker.core.score.ScoreOverview;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.signoff.SignOff;

/**
 * Builds a production's delivery checklist from what the product already records: issued cue-sheet
 * revisions, the licences in force and their signed documents, the score deliverables and the sign-offs.
 * Nothing here is stored; the checklist is as true as the records it reads.
 */
@ApplicationScoped
public class DeliverySchedule {

    public static final String CUE_SHEET = "cue-sheet";
    public static final String COMPOSER_AGREEMENT = "composer-agreement";
    public static final String LICENCES = "licences";
    public static final String SCORE_DELIVERABLES = "score-deliverables";
    public static final String SIGN_OFF = "sign-off";
    public static final String ALBUM_LABEL_COPY = "album-label-copy";

    @Inject
    ScoreBoard scoreBoard;

    @Inject
    AlbumService albums;

    /** Reads in one transaction, so every statement sees the same moment. */
    @Transactional
    public DeliveryChecklist load(long productionId, LocalDate today) {
        Production production = Production.<Production>findByIdOptional(productionId)
                .orElseThrow(() -> NotFoundException.of("Production", productionId));
        List<ClearanceItem> items = ClearanceItem.inForce(ClearanceItem.<ClearanceItem>list(
                "select i from ClearanceItem i join fetch i.cue c join fetch i.party"
                        + " where c.production.id = ?1 and c.active = true and i.obsolete = false order by i.id",
                productionId));
        Set<Long> signedItems = Document.<Document>list(
                        "item.id is not null and production.id = ?1 and kind = ?2", productionId, DocumentKind.LICENCE)
                .stream()
                .map(d -> d.item.id)
                .collect(Collectors.toSet());
        List<Line> lines = new ArrayList<>();
        lines.add(cueSheet(production));
        List<Cue> scoreCues =
                Cue.list("production.id = ?1 and origin = ?2 and active = true", productionId, CueOrigin.SCORE);
        lines.add(composerAgreement(production, scoreCues, items, signedItems));
        lines.add(licences(items, signedItems));
        lines.add(scoreDeliverables(scoreBoard.load(productionId, today)));
        lines.add(signOff(production));
        lines.add(albumLabelCopy(production));
        return new DeliveryChecklist(production.id, production.displayTitle(), lines);
    }

    private static Line cueSheet(Production production) {
        List<CueSheetRevision> revisions = CueSheetRevision.listFor(production.id);
        String title = "Cue sheet issued";
        if (revisions.isEmpty()) {
            return new Line(
                    CUE_SHEET,
                    title,
                    Status.MISSING,
                    "No cue-sheet revision has been issued; issue one from the cue sheet report.",
                    List.of(),
                    List.of(new Link("Cue sheet report", "/productions/" + production.id + "/reports/cue-sheet")));
        }
        // Issued revisions are locked when written (CueSheetRevision refuses any change), so the latest is.
        CueSheetRevision latest = revisions.get(revisions.size() - 1);
        return new Line(
                CUE_SHEET,
                title,
                Status.DONE,
                "Revision " + latest.number + " issued "
                        + latest.issuedAt.toString().substring(0, 10) + " by " + latest.issuedBy + " (locked).",
                List.of(new Link(
                        "Revision " + latest.number + " (PDF)",
                        "/productions/" + production.id + "/reports/cue-sheet/revisions/" + latest.number + ".pdf")),
                List.of());
    }

    private static Line composerAgreement(
            Production production, List<Cue> scoreCues, List<ClearanceItem> items, Set<Long> signed) {
        String title = "Composer agreement executed";
        if (production.studioOwnsScore) {
            return new Line(
                    COMPOSER_AGREEMENT,
                    title,
                    Status.NOT_NEEDED,
                    "The studio owns the score (work made for hire).",
                    List.of(),
                    List.of());
        }
        List<ClearanceItem> agreements = items.stream()
                .filter(i -> i.side == ClearanceSide.COMPOSER_AGREEMENT && i.cue.origin == CueOrigin.SCORE)
                .toList();
        if (scoreCues.isEmpty()) {
            return new Line(
                    COMPOSER_AGREEMENT,
                    title,
                    Status.NOT_NEEDED,
                    "The production has no score cues.",
                    List.of(),
                    List.of());
        }
        Set<Long> covered = agreements.stream().map(i -> i.cue.id).collect(Collectors.toSet());
        List<Link> without = scoreCues.stream()
                .filter(c -> !covered.contains(c.id))
                .sorted(Comparator.comparing((Cue c) -> c.number, CueNumberOrder.INSTANCE))
                .map(c -> new Link(
                        c.number + ": no composer agreement to execute; link the cue's work and its composer",
                        "/cues/" + c.id))
                .toList();
        if (agreements.isEmpty()) {
            return new Line(
                    COMPOSER_AGREEMENT,
                    title,
                    Status.MISSING,
                    without.size() + " score cues have no composer agreement.",
                    List.of(),
                    without);
        }
        Line line = executed(COMPOSER_AGREEMENT, title, agreements, signed, "composer agreements");
        if (without.isEmpty()) {
            return line;
        }
        List<Link> missing = new ArrayList<>(without);
        missing.addAll(line.missing());
        return new Line(
                COMPOSER_AGREEMENT,
                title,
                Status.MISSING,
                without.size() + " score cues have no composer agreement; " + line.summary(),
                line.proofs(),
                missing);
    }

    private static Line licences(List<ClearanceItem> items, Set<Long> signed) {
        List<ClearanceItem> licences = items.stream()
                .filter(i -> i.side != ClearanceSide.COMPOSER_AGREEMENT || i.cue.origin != CueOrigin.SCORE)
                .toList();
        String title = "Every licence executed, signed licence attached";
        if (licences.isEmpty()) {
            return new Line(LICENCES, title, Status.NOT_NEEDED, "No licences are needed.", List.of(), List.of());
        }
        return executed(LICENCES, title, licences, signed, "licences");
    }

    /** Executed means licensed with the signed licence attached as a document of the licence. */
    private static Line executed(String key, String title, List<ClearanceItem> items, Set<Long> signed, String what) {
        List<Link> missing = new ArrayList<>();
        List<Link> proofs = new ArrayList<>();
        for (ClearanceItem item : sorted(items)) {
            String name = item.cue.number + " " + item.describe();
            String href = "/cues/" + item.cue.id;
            if (item.status != LicenceStatus.LICENSED) {
                missing.add(new Link(name + ": " + item.status.label().toLowerCase() + ", not executed", href));
            } else if (!signed.contains(item.id)) {
                missing.add(new Link(name + ": licensed, but no signed licence is attached", href));
            } else {
                proofs.add(new Link(name, href));
            }
        }
        String summary = missing.isEmpty()
                ? "All " + items.size() + " " + what + " executed with the signed document attached."
                : missing.size() + " of " + items.size() + " " + what + " not executed with a signed document.";
        return new Line(key, title, missing.isEmpty() ? Status.DONE : Status.MISSING, summary, proofs, missing);
    }

    private static List<ClearanceItem> sorted(List<ClearanceItem> items) {
        return items.stream()
                .sorted(Comparator.comparing((ClearanceItem i) -> i.cue.number, CueNumberOrder.INSTANCE)
                        .thenComparing(i -> i.id))
                .toList();
    }

    private static Line scoreDeliverables(ScoreOverview score) {
        String title = "Score deliverables and stems delivered";
        String scorePage = "/productions/" + score.productionId() + "/score";
        if (score.cues().isEmpty()) {
            return new Line(
                    SCORE_DELIVERABLES,
                    title,
                    Status.NOT_NEEDED,
                    "The production has no score cues.",
                    List.of(),
                    List.of());
        }
        List<Link> missing = new ArrayList<>();
        for (ScoreOverview.CueRow cue : score.cues()) {
            if (!cue.missingDeliverables().isEmpty()) {
                missing.add(new Link(
                        cue.number() + ": " + String.join(", ", cue.missingDeliverables()) + " missing",
                        scorePage + "#cue-" + cue.cueId()));
            }
        }
        int expected = score.cues().size() * score.deliverableKinds().size();
        int present = expected - score.missingDeliverableCount();
        String summary = present + " of " + expected + " deliverables present ("
                + score.cues().size() + " score cues × " + String.join(", ", score.deliverableKinds()) + ").";
        return new Line(
                SCORE_DELIVERABLES,
                title,
                missing.isEmpty() ? Status.DONE : Status.MISSING,
                summary,
                List.of(new Link("Score page", scorePage)),
                missing);
    }

    private static Line signOff(Production production) {
        List<SignOff> signOffs = SignOff.listFor(production.id);
        String title = "Clearance report signed off";
        if (signOffs.isEmpty()) {
            return new Line(
                    SIGN_OFF,
                    title,
                    Status.MISSING,
                    "The clearance report has not been signed off.",
                    List.of(),
                    List.of(new Link("Reports", "/productions/" + production.id + "/reports")));
        }
        SignOff latest = signOffs.get(signOffs.size() - 1);
        String exceptions = latest.withExceptions ? ", with exceptions: " + latest.exceptionsReason : "";
        return new Line(
                SIGN_OFF,
                title,
                Status.DONE,
                "Sign-off " + latest.number + " by " + latest.signedBy + " on "
                        + latest.signedAt.toString().substring(0, 10) + exceptions + ".",
                List.of(new Link(
                        "Sign-off " + latest.number + " (PDF)",
                        "/productions/" + production.id + "/reports/sign-offs/" + latest.number + ".pdf")),
                List.of());
    }

    /** The soundtrack albums' label copy: needed only when the production has an album. */
    private Line albumLabelCopy(Production production) {
        String title = "Album label copy";
        LabelCopyReadiness readiness = albums.labelCopyReadiness(production.id);
        if (!readiness.hasAlbum()) {
            return new Line(
                    ALBUM_LABEL_COPY,
                    title,
                    Status.NOT_NEEDED,
                    "No album: label copy is needed only when the production has a soundtrack album.",
                    List.of(),
                    List.of());
        }
        List<Album> list = albums.listFor(production.id);
        List<Link> proofs = list.stream()
                .map(a -> new Link("Label copy: " + a.title, "/albums/" + a.id + "/label-copy"))
                .toList();
        if (readiness.complete()) {
            return new Line(
                    ALBUM_LABEL_COPY,
                    title,
                    Status.DONE,
                    "Label copy complete for " + list.size() + (list.size() == 1 ? " album." : " albums."),
                    proofs,
                    List.of());
        }
        // Each gap names its album first ("OST: Track 1 (…): no ISRC"); it links to that album's page.
        List<Link> missing = readiness.missing().stream()
                .map(gap -> new Link(gap, albumPage(production.id, list, gap)))
                .toList();
        return new Line(
                ALBUM_LABEL_COPY,
                title,
                Status.MISSING,
                readiness.missing().size() + " gap" + (readiness.missing().size() == 1 ? "" : "s")
                        + " in the label copy: every track needs its writers, publishers, ISRC and duration,"
                        + " every album its \u2117 and \u00a9 lines.",
                proofs,
                missing);
    }

    private static String albumPage(long productionId, List<Album> albums, String gap) {
        Album album = albums.stream()
                .filter(a -> gap.startsWith(a.title + ":"))
                .findFirst()
                .orElse(albums.get(0));
        return "/productions/" + productionId + "/albums/" + album.id;
    }
}
