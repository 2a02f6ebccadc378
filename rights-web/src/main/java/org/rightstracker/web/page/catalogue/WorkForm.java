package org.rightstracker.web.page.catalogue;

import static org.rightstracker.web.page.FormFields.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.identifier.Iswc;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.PublisherRole;
import org.rightstracker.core.work.PublisherShare;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WriterDesignation;
import org.rightstracker.core.work.WriterShare;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.MergeFields;
import org.rightstracker.web.page.References;

/**
 * The work form as typed. Writer and publisher rows arrive as parallel lists (one value per row for
 * each column), which lets a browser add or remove rows without renumbering anything.
 */
public record WorkForm(
        @RestForm String title,
        @RestForm String iswc,
        @RestForm String publicDomain,
        @RestForm String alternateTitles,
        @RestForm String notes,
        @RestForm List<String> writerParty,
        @RestForm List<String> writerShare,
        @RestForm List<String> writerDesignation,
        @RestForm List<String> writerSociety,
        @RestForm List<String> writerForHire,
        @RestForm List<String> publisherParty,
        @RestForm List<String> publisherShare,
        @RestForm List<String> publisherRole,
        @RestForm List<String> publisherSociety,
        @RestForm String version,
        @RestForm String seen,
        @RestForm String baseline,
        @RestForm String action) {

    static final List<String> FIELDS = List.of("title", "iswc", "notes", "alternateTitles", "writers", "publishers");

    /**
     * The fields a conflict merges. Each side's share rows are one field: a side is a whole that adds
     * up to 100%, so one person's rows are never mixed with the other's.
     */
    static final MergeFields<WorkForm> MERGE = MergeFields.of(WorkForm.class)
            .field("title", "Title")
            .field("iswc", "ISWC")
            .field("publicDomain", "Public domain")
            .field("alternateTitles", "Alternate titles")
            .field("notes", "Notes")
            .rows(
                    "writers",
                    "Writers",
                    f -> f.writers(FormErrors.none()).stream()
                            .map(w -> w.party() + " " + w.share() + "% " + w.designation()
                                    + (w.society().isBlank() ? "" : " " + w.society())
                                    + (w.forHire() ? " (for hire)" : ""))
                            .collect(Collectors.joining("; ")),
                    "writerParty",
                    "writerShare",
                    "writerDesignation",
                    "writerSociety",
                    "writerForHire")
            .rows(
                    "publishers",
                    "Publishers",
                    f -> f.publishers(FormErrors.none()).stream()
                            .map(p -> p.party() + " " + p.share() + "% " + p.role()
                                    + (p.society().isBlank() ? "" : " " + p.society()))
                            .collect(Collectors.joining("; ")),
                    "publisherParty",
                    "publisherShare",
                    "publisherRole",
                    "publisherSociety")
            .build();

    /** One writer row as typed, with the messages for its cells. */
    public record WriterLine(
            int index,
            String party,
            String share,
            String designation,
            String society,
            boolean forHire,
            String partyError,
            String shareError) {}

    /** One publisher row as typed, with the messages for its cells. */
    public record PublisherLine(
            int index, String party, String share, String role, String society, String partyError, String shareError) {}

    static WorkForm empty() {
        return new WorkForm(
                "",
                "",
                null,
                "",
                "",
                List.of(""),
                List.of(""),
                List.of("CA"),
                List.of(""),
                List.of("false"),
                List.of(""),
                List.of(""),
                List.of("ORIGINAL_PUBLISHER"),
                List.of(""),
                "0",
                "",
                "",
                null);
    }

    static WorkForm of(Work work) {
        List<WriterShare> writers = work.writers;
        List<PublisherShare> publishers = work.publishers;
        return MERGE.opened(new WorkForm(
                work.title,
                work.iswc == null ? "" : Iswc.parse(work.iswc).formatted(),
                work.publicDomain ? "true" : null,
                String.join("\n", work.alternateTitles),
                text(work.notes),
                writers.stream().map(w -> References.label(w.party)).toList(),
                writers.stream()
                        .map(w -> w.share.stripTrailingZeros().toPlainString())
                        .toList(),
                writers.stream().map(w -> w.designation.name()).toList(),
                writers.stream().map(w -> text(w.society)).toList(),
                writers.stream().map(w -> Boolean.toString(w.workForHire)).toList(),
                publishers.stream().map(p -> References.label(p.party)).toList(),
                publishers.stream()
                        .map(p -> p.share.stripTrailingZeros().toPlainString())
                        .toList(),
                publishers.stream().map(p -> p.role.name()).toList(),
                publishers.stream().map(p -> text(p.society)).toList(),
                Long.toString(work.version),
                FormFields.openedNow(),
                null,
                null));
    }

    /** Without blank rows: a row left empty is a row the user did not want. */
    WorkForm compact() {
        List<Integer> writers = ParallelRows.filled(writerParty, writerShare);
        List<Integer> publishers = ParallelRows.filled(publisherParty, publisherShare);
        return new WorkForm(
                title,
                iswc,
                publicDomain,
                alternateTitles,
                notes,
                ParallelRows.pick(writerParty, writers),
                ParallelRows.pick(writerShare, writers),
                ParallelRows.pick(writerDesignation, writers),
                ParallelRows.pick(writerSociety, writers),
                ParallelRows.pick(writerForHire, writers),
                ParallelRows.pick(publisherParty, publishers),
                ParallelRows.pick(publisherShare, publishers),
                ParallelRows.pick(publisherRole, publishers),
                ParallelRows.pick(publisherSociety, publishers),
                version,
                seen,
                baseline,
                null);
    }

    /** The form with a blank row added to, or one removed from, a side: the no-script share editor. */
    WorkForm edited(String request) {
        if ("add-writer".equals(request)) {
            return new WorkForm(
                    title,
                    iswc,
                    publicDomain,
                    alternateTitles,
                    notes,
                    ParallelRows.plus(writerParty, ""),
                    ParallelRows.plus(writerShare, ""),
                    ParallelRows.plus(writerDesignation, "CA"),
                    ParallelRows.plus(writerSociety, ""),
                    ParallelRows.plus(writerForHire, "false"),
                    publisherParty,
                    publisherShare,
                    publisherRole,
                    publisherSociety,
                    version,
                    seen,
                    baseline,
                    null);
        }
        if ("add-publisher".equals(request)) {
            return new WorkForm(
                    title,
                    iswc,
                    publicDomain,
                    alternateTitles,
                    notes,
                    writerParty,
                    writerShare,
                    writerDesignation,
                    writerSociety,
                    writerForHire,
                    ParallelRows.plus(publisherParty, ""),
                    ParallelRows.plus(publisherShare, ""),
                    ParallelRows.plus(publisherRole, "ORIGINAL_PUBLISHER"),
                    ParallelRows.plus(publisherSociety, ""),
                    version,
                    seen,
                    baseline,
                    null);
        }
        int i = ParallelRows.removed(request, "remove-writer-");
        if (i >= 0) {
            return new WorkForm(
                    title,
                    iswc,
                    publicDomain,
                    alternateTitles,
                    notes,
                    ParallelRows.minus(writerParty, i),
                    ParallelRows.minus(writerShare, i),
                    ParallelRows.minus(writerDesignation, i),
                    ParallelRows.minus(writerSociety, i),
                    ParallelRows.minus(writerForHire, i),
                    publisherParty,
                    publisherShare,
                    publisherRole,
                    publisherSociety,
                    version,
                    seen,
                    baseline,
                    null);
        }
        i = ParallelRows.removed(request, "remove-publisher-");
        if (i >= 0) {
            return new WorkForm(
                    title,
                    iswc,
                    publicDomain,
                    alternateTitles,
                    notes,
                    writerParty,
                    writerShare,
                    writerDesignation,
                    writerSociety,
                    writerForHire,
                    ParallelRows.minus(publisherParty, i),
                    ParallelRows.minus(publisherShare, i),
                    ParallelRows.minus(publisherRole, i),
                    ParallelRows.minus(publisherSociety, i),
                    version,
                    seen,
                    baseline,
                    null);
        }
        return this;
    }

    /** Whether the post asks to change the rows rather than save. */
    boolean isRowEdit() {
        return action != null && (action.startsWith("add-") || action.startsWith("remove-"));
    }

    public boolean isPublicDomain() {
        return FormFields.checked(publicDomain);
    }

    public List<WriterLine> writers(FormErrors errors) {
        List<WriterLine> lines = new ArrayList<>();
        for (int i = 0; i < ParallelRows.size(writerParty); i++) {
            lines.add(new WriterLine(
                    i,
                    ParallelRows.at(writerParty, i),
                    ParallelRows.at(writerShare, i),
                    ParallelRows.at(writerDesignation, i),
                    ParallelRows.at(writerSociety, i),
                    FormFields.checked(ParallelRows.at(writerForHire, i)),
                    errors.get("writers[" + i + "].partyId"),
                    errors.get("writers[" + i + "].share")));
        }
        return lines;
    }

    public List<PublisherLine> publishers(FormErrors errors) {
        List<PublisherLine> lines = new ArrayList<>();
        for (int i = 0; i < ParallelRows.size(publisherParty); i++) {
            lines.add(new PublisherLine(
                    i,
                    ParallelRows.at(publisherParty, i),
                    ParallelRows.at(publisherShare, i),
                    ParallelRows.at(publisherRole, i),
                    ParallelRows.at(publisherSociety, i),
                    errors.get("publishers[" + i + "].partyId"),
                    errors.get("publishers[" + i + "].share")));
        }
        return lines;
    }

    public ShareTotal writerTotal() {
        return ShareTotal.of("writer", writerShare);
    }

    public ShareTotal publisherTotal() {
        return ShareTotal.of("publisher", publisherShare);
    }

    long versionNumber() {
        return FormFields.version(version);
    }

    WorkInput toInput(References references) {
        List<FieldError> errors = new ArrayList<>();
        List<WorkInput.Writer> writers = new ArrayList<>();
        for (int i = 0; i < ParallelRows.size(writerParty); i++) {
            Long party = references.party(ParallelRows.at(writerParty, i), "writers[" + i + "].partyId", errors);
            WriterDesignation designation = FormFields.choice(
                    WriterDesignation.class,
                    ParallelRows.at(writerDesignation, i),
                    "writers[" + i + "].designation",
                    "writer roles",
                    errors);
            writers.add(new WorkInput.Writer(
                    party,
                    ParallelRows.at(writerShare, i),
                    designation,
                    ParallelRows.at(writerSociety, i),
                    FormFields.yesNo(
                            ParallelRows.at(writerForHire, i),
                            "writers[" + i + "].workForHire",
                            "work for hire",
                            errors)));
        }
        List<WorkInput.Publisher> publishers = new ArrayList<>();
        for (int i = 0; i < ParallelRows.size(publisherParty); i++) {
            Long party = references.party(ParallelRows.at(publisherParty, i), "publishers[" + i + "].partyId", errors);
            PublisherRole role = FormFields.choice(
                    PublisherRole.class,
                    ParallelRows.at(publisherRole, i),
                    "publishers[" + i + "].role",
                    "publisher roles",
                    errors);
            publishers.add(new WorkInput.Publisher(
                    party, ParallelRows.at(publisherShare, i), role, ParallelRows.at(publisherSociety, i)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<String> alternates = alternateTitles == null
                ? List.of()
                : alternateTitles.lines().filter(l -> !l.isBlank()).toList();
        return new WorkInput(title, iswc, isPublicDomain(), alternates, notes, writers, publishers);
    }
}
