package org.rightstracker.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueInput;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.licence.OptionInput;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.RecordingInput;
import org.rightstracker.core.recording.RecordingService;
import org.rightstracker.core.shared.DuplicateValueException;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.PublisherRole;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;
import org.rightstracker.core.work.WriterDesignation;

/** Every bounded value is refused at its field before it reaches a column that would cut or reject it. */
@QuarkusTest
class InputLimitsTest {

    @Inject
    TestCatalogue catalogue;

    @Inject
    CueService cues;

    @Inject
    WorkService works;

    @Inject
    RecordingService recordings;

    @Inject
    LicenceService licences;

    @Test
    void renumberingACueOntoANumberItsProductionUsesIsADuplicateAtTheNumberAndChangesNothing() {
        Production film = catalogue.film(false, LocalDate.now());
        catalogue.cue(film, "1M1", CueOrigin.SCORE, null, null);
        Cue second = catalogue.reload(catalogue.cue(film, "1M2", CueOrigin.SCORE, null, null).id);

        assertThatThrownBy(() -> cues.update(second.id, second.version, cueInput("1m1", "Renamed")))
                .isInstanceOf(DuplicateValueException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("number"))
                .hasMessageContaining("Cue 1M1 already exists in " + film.title);
        Cue after = catalogue.reload(second.id);
        assertThat(after.number).isEqualTo("1M2");
        assertThat(after.title).isEqualTo("Cue 1M2");
        assertThat(after.version).isEqualTo(second.version);
    }

    @Test
    void addingACueWithATakenNumberIsADuplicateToo() {
        Production film = catalogue.film(false, LocalDate.now());
        catalogue.cue(film, "3M1", CueOrigin.SCORE, null, null);

        assertThatThrownBy(() -> catalogue.cue(film, "3m1", CueOrigin.SCORE, null, null))
                .isInstanceOf(DuplicateValueException.class);
    }

    @Test
    void aTextLongerThanItsColumnIsRefusedNamingTheFieldAndTheLimit() {
        Production film = catalogue.film(false, LocalDate.now());
        Cue cue = catalogue.reload(catalogue.cue(film, "2M1", CueOrigin.SCORE, null, null).id);
        CueInput input = cueInput("2M1", "Long notes");
        CueInput withLongNotes = new CueInput(
                input.number(),
                input.title(),
                input.origin(),
                input.usage(),
                null,
                null,
                input.duration(),
                null,
                null,
                null,
                "n".repeat(100_000),
                null,
                null,
                true);

        assertThatThrownBy(() -> cues.update(cue.id, cue.version, withLongNotes))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .containsExactly(new FieldError("notes", "Notes is 100,000 characters; at most 4,000.")));
        assertThat(catalogue.reload(cue.id).notes).isNull();
    }

    @Test
    void aNullWriterOrPublisherIsRefusedAtItsIndexAndATooLongSocietyAtItsRow() {
        Party writer = catalogue.person("Writer");
        Party publisher = catalogue.organisation("Publisher", PartyRole.PUBLISHER);
        WorkInput input = new WorkInput(
                TestCatalogue.unique("Nulls"),
                null,
                false,
                List.of(),
                null,
                Arrays.asList(
                        new WorkInput.Writer(writer.id, "100", WriterDesignation.CA, "S".repeat(21), false), null),
                Arrays.asList(
                        null, new WorkInput.Publisher(publisher.id, "100", PublisherRole.ORIGINAL_PUBLISHER, null)));

        assertThatThrownBy(() -> works.create(input))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(fields(e))
                        .containsExactlyInAnyOrder("writers[0].society", "writers[1]", "publishers[0]"));
    }

    @Test
    void aNullMasterOwnerAndAnImpossibleDurationAreRefusedAtTheirFields() {
        RecordingInput input = new RecordingInput(
                TestCatalogue.unique("Take"),
                null,
                null,
                2020,
                "999999:00:00",
                null,
                null,
                Arrays.asList((RecordingInput.Owner) null));

        assertThatThrownBy(() -> recordings.create(input))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder("duration", "owners[0]"))
                .hasMessageContaining("longer than the longest we store, 99:59:59");
    }

    @Test
    void feesBeyondTheMoneyColumnsAndTermsBeyondTheirLimitAreRefusedAtTheirFields() {
        Party label = catalogue.organisation("Label", PartyRole.RECORD_LABEL);
        Party publisher = catalogue.organisation("Publisher", PartyRole.PUBLISHER);
        var work = catalogue.work(catalogue.person("Writer"), List.of(TestCatalogue.publisher(publisher, "100")));
        Cue cue = catalogue.cue(
                catalogue.film(false, LocalDate.now()),
                "4M1",
                CueOrigin.SOUNDTRACK,
                work,
                catalogue.recording(work, label, "100"));
        ClearanceItem item = catalogue.item(catalogue.reload(cue.id).items.get(0).id);
        LicenceTerms terms = new LicenceTerms(
                "USD",
                "1000000000000",
                "12.345",
                false,
                false,
                null,
                "ALL_MEDIA",
                "WORLD",
                "",
                LocalDate.of(2026, 1, 1),
                5000,
                null,
                null);

        assertThatThrownBy(() -> licences.updateTerms(item.id, item.version, terms))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder("quotedFee", "agreedFee", "termYears"))
                .hasMessageContaining("largest amount we store, 999,999,999,999.99")
                .hasMessageContaining("Term in years is 5000; at most 999.");
        assertThatThrownBy(
                        () -> licences.addOption(item.id, item.version, new OptionInput("Sequel", "-5", "USD", null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("fee"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ClearanceItem.<ClearanceItem>findById(item.id).version))
                .isEqualTo(item.version);
    }

    private static CueInput cueInput(String number, String title) {
        return new CueInput(
                number,
                title,
                CueOrigin.SCORE,
                CueUsage.BI,
                null,
                null,
                "0:30",
                null,
                null,
                null,
                null,
                null,
                null,
                true);
    }

    private static List<String> fields(Throwable e) {
        return ((ValidationException) e)
                .errors().stream().map(FieldError::field).toList();
    }
}
