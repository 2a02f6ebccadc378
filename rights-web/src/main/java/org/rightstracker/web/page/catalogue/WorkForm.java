package org.rightstracker.web.page.catalogue;

import static org.rightstracker.web.page.FormFields.text;

import java.util.ArrayList;
import java.util.List;
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

/** The work form as typed; its writer and publisher rows are two sides of the one share editor ({@link ShareRows}). */
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
        @RestForm String action)
        implements CatalogueForm<WorkForm, WorkInput> {

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
                    f -> f.writerRows().summary(),
                    "writerParty",
                    "writerShare",
                    "writerDesignation",
                    "writerSociety",
                    "writerForHire")
            .rows(
                    "publishers",
                    "Publishers",
                    f -> f.publisherRows().summary(),
                    "publisherParty",
                    "publisherShare",
                    "publisherRole",
                    "publisherSociety")
            .build();

    static final ShareRows.Side WRITERS = new ShareRows.Side("writers", "writer", "writer", "CA");
    static final ShareRows.Side PUBLISHERS =
            new ShareRows.Side("publishers", "publisher", "publisher", "ORIGINAL_PUBLISHER");

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

    static final CatalogueForm.Kind<Work, WorkForm> KIND =
            new CatalogueForm.Kind<>(WorkForm::empty, WorkForm::of, FIELDS, MERGE);

    @Override
    public WorkForm compact() {
        return with(writerRows().compact(), publisherRows().compact());
    }

    @Override
    public WorkForm edited() {
        return with(writerRows().edited(action), publisherRows().edited(action));
    }

    @Override
    public boolean isRowEdit() {
        return ShareRows.isRowEdit(action);
    }

    ShareRows writerRows() {
        return ShareRows.of(WRITERS, writerParty, writerShare, writerDesignation, writerSociety, writerForHire);
    }

    ShareRows publisherRows() {
        return ShareRows.of(PUBLISHERS, publisherParty, publisherShare, publisherRole, publisherSociety, null);
    }

    private WorkForm with(ShareRows writers, ShareRows publishers) {
        return new WorkForm(
                title,
                iswc,
                publicDomain,
                alternateTitles,
                notes,
                writers.parties(),
                writers.shares(),
                writers.roles(),
                writers.societies(),
                writers.forHire(),
                publishers.parties(),
                publishers.shares(),
                publishers.roles(),
                publishers.societies(),
                version,
                seen,
                baseline,
                null);
    }

    public boolean isPublicDomain() {
        return FormFields.checked(publicDomain);
    }

    public List<ShareRows.Line> writers(FormErrors errors) {
        return writerRows().lines(errors);
    }

    public List<ShareRows.Line> publishers(FormErrors errors) {
        return publisherRows().lines(errors);
    }

    public ShareTotal writerTotal() {
        return writerRows().total();
    }

    public ShareTotal publisherTotal() {
        return publisherRows().total();
    }

    @Override
    public long versionNumber() {
        return FormFields.version(version);
    }

    @Override
    public WorkInput toInput(References references) {
        List<FieldError> errors = new ArrayList<>();
        List<WorkInput.Writer> writers = writerRows().read(references, errors, (row, party, at) -> {
            WriterDesignation designation =
                    FormFields.choice(WriterDesignation.class, row.role(), at + ".designation", "writer roles", errors);
            boolean forHire = FormFields.yesNo(row.forHire(), at + ".workForHire", "work for hire", errors);
            return new WorkInput.Writer(party, row.share(), designation, row.society(), forHire);
        });
        List<WorkInput.Publisher> publishers = publisherRows().read(references, errors, (row, party, at) -> {
            PublisherRole role =
                    FormFields.choice(PublisherRole.class, row.role(), at + ".role", "publisher roles", errors);
            return new WorkInput.Publisher(party, row.share(), role, row.society());
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<String> alternates = alternateTitles == null
                ? List.of()
                : alternateTitles.lines().filter(l -> !l.isBlank()).toList();
        return new WorkInput(title, iswc, isPublicDomain(), alternates, notes, writers, publishers);
    }
}
