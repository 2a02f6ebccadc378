package org.rightstracker.web.page.catalogue;

import static org.rightstracker.web.page.FormFields.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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

/** The recording form as typed, master owners as parallel lists. */
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
        @RestForm String action) {

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
            .rows(
                    "owners",
                    "Master owners",
                    f -> f.owners(FormErrors.none()).stream()
                            .map(o -> o.party() + " " + o.share() + "%")
                            .collect(Collectors.joining("; ")),
                    "ownerParty",
                    "ownerShare")
            .build();

    /** One master owner row as typed, with the messages for its cells. */
    public record OwnerLine(int index, String party, String share, String partyError, String shareError) {}

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

    RecordingForm compact() {
        List<Integer> rows = ParallelRows.filled(ownerParty, ownerShare);
        return new RecordingForm(
                title,
                artist,
                isrc,
                releaseYear,
                duration,
                work,
                notes,
                ParallelRows.pick(ownerParty, rows),
                ParallelRows.pick(ownerShare, rows),
                version,
                seen,
                baseline,
                null);
    }

    RecordingForm edited(String request) {
        if ("add-owner".equals(request)) {
            return withOwners(ParallelRows.plus(ownerParty, ""), ParallelRows.plus(ownerShare, ""));
        }
        int row = ParallelRows.removed(request, "remove-owner-");
        if (row >= 0) {
            return withOwners(ParallelRows.minus(ownerParty, row), ParallelRows.minus(ownerShare, row));
        }
        return this;
    }

    private RecordingForm withOwners(List<String> parties, List<String> shares) {
        return new RecordingForm(
                title,
                artist,
                isrc,
                releaseYear,
                duration,
                work,
                notes,
                parties,
                shares,
                version,
                seen,
                baseline,
                null);
    }

    boolean isRowEdit() {
        return action != null && (action.startsWith("add-") || action.startsWith("remove-"));
    }

    public List<OwnerLine> owners(FormErrors errors) {
        List<OwnerLine> lines = new ArrayList<>();
        for (int i = 0; i < ParallelRows.size(ownerParty); i++) {
            lines.add(new OwnerLine(
                    i,
                    ParallelRows.at(ownerParty, i),
                    ParallelRows.at(ownerShare, i),
                    errors.get("owners[" + i + "].partyId"),
                    errors.get("owners[" + i + "].share")));
        }
        return lines;
    }

    public ShareTotal ownerTotal() {
        return ShareTotal.of("master", ownerShare);
    }

    long versionNumber() {
        return FormFields.version(version);
    }

    RecordingInput toInput(References references) {
        List<FieldError> errors = new ArrayList<>();
        Integer year = FormFields.integer(releaseYear, "releaseYear", "Release year", errors);
        Long workId = references.work(work, "workId", errors);
        List<RecordingInput.Owner> owners = new ArrayList<>();
        for (int i = 0; i < ParallelRows.size(ownerParty); i++) {
            Long party = references.party(ParallelRows.at(ownerParty, i), "owners[" + i + "].partyId", errors);
            owners.add(new RecordingInput.Owner(party, ParallelRows.at(ownerShare, i)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new RecordingInput(title, artist, isrc, year, duration, workId, notes, owners);
    }
}
