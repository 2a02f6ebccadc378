package org.rightstracker.web.page.catalogue;

import static org.rightstracker.web.page.FormFields.text;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.identifier.Isrc;
import org.rightstracker.core.recording.MasterShare;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.recording.RecordingInput;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.MergeFields;
import org.rightstracker.web.page.PageFormats;
import org.rightstracker.web.page.References;

/** The recording form as typed; its master owners are a side of the share editor ({@link ShareRows}). */
public record RecordingForm(
        @RestForm String title,
        @RestForm String artist,
        @RestForm String isrc,
        @RestForm String releaseYear,
        @RestForm String duration,
        @RestForm String work,
        @RestForm String notes,
        @RestForm List<String> ownerParty,
        @RestForm List<String> ownerShare,
        @RestForm String version,
        @RestForm String seen,
        @RestForm String baseline,
        @RestForm String action)
        implements CatalogueForm<RecordingForm, RecordingInput> {

    static final List<String> FIELDS =
            List.of("title", "artist", "isrc", "releaseYear", "duration", "workId", "notes", "owners");

    /** The fields a conflict merges; the master owners' rows are one field, a whole adding up to 100%. */
    static final MergeFields<RecordingForm> MERGE = MergeFields.of(RecordingForm.class)
            .field("title", "Title")
            .field("artist", "Artist")
            .field("isrc", "ISRC")
            .field("releaseYear", "Release year")
            .field("duration", "Duration")
            .field("work", "Work")
            .field("notes", "Notes")
            .rows("owners", "Master owners", f -> f.ownerRows().summary(), "ownerParty", "ownerShare")
            .build();

    static final ShareRows.Side OWNERS = new ShareRows.Side("owners", "owner", "master", "");

    static RecordingForm empty() {
        return new RecordingForm("", "", "", "", "", "", "", List.of(""), List.of(""), "0", "", "", null);
    }

    static RecordingForm of(Recording r) {
        List<MasterShare> owners = r.owners;
        return MERGE.opened(new RecordingForm(
                r.title,
                text(r.artist),
                r.isrc == null ? "" : Isrc.parse(r.isrc).formatted(),
                text(r.releaseYear),
                r.durationSeconds == null ? "" : PageFormats.runningTime(r.durationSeconds),
                References.label(r.work),
                text(r.notes),
                owners.stream().map(o -> References.label(o.party)).toList(),
                owners.stream()
                        .map(o -> o.share.stripTrailingZeros().toPlainString())
                        .toList(),
                Long.toString(r.version),
                FormFields.openedNow(),
                null,
                null));
    }

    static final CatalogueForm.Kind<Recording, RecordingForm> KIND =
            new CatalogueForm.Kind<>(RecordingForm::empty, RecordingForm::of, FIELDS, MERGE);

    @Override
    public RecordingForm compact() {
        return withOwners(ownerRows().compact());
    }

    @Override
    public RecordingForm edited() {
        return withOwners(ownerRows().edited(action));
    }

    @Override
    public boolean isRowEdit() {
        return ShareRows.isRowEdit(action);
    }

    ShareRows ownerRows() {
        return ShareRows.of(OWNERS, ownerParty, ownerShare, null, null, null);
    }

    private RecordingForm withOwners(ShareRows owners) {
        return new RecordingForm(
                title,
                artist,
                isrc,
                releaseYear,
                duration,
                work,
                notes,
                owners.parties(),
                owners.shares(),
                version,
                seen,
                baseline,
                null);
    }

    public List<ShareRows.Line> owners(FormErrors errors) {
        return ownerRows().lines(errors);
    }

    public ShareTotal ownerTotal() {
        return ownerRows().total();
    }

    @Override
    public long versionNumber() {
        return FormFields.version(version);
    }

    @Override
    public RecordingInput toInput(References references) {
        List<FieldError> errors = new ArrayList<>();
        Integer year = FormFields.integer(releaseYear, "releaseYear", "Release year", errors);
        Long workId = references.work(work, "workId", errors);
        List<RecordingInput.Owner> owners =
                ownerRows().read(references, errors, (row, party, at) -> new RecordingInput.Owner(party, row.share()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new RecordingInput(title, artist, isrc, year, duration, workId, notes, owners);
    }
}
