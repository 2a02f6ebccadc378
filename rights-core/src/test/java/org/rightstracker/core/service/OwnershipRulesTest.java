package org.rightstracker.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rightstracker.core.service.TestCatalogue.publisher;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.CueStatus;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.ProblemCode;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueInput;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.RecordingInput;
import org.rightstracker.core.recording.RecordingService;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;

@QuarkusTest
class OwnershipRulesTest {

    @Inject
    TestCatalogue catalogue;

    @Inject
    WorkService works;

    @Inject
    RecordingService recordings;

    @Inject
    CueService cues;

    @Inject
    ProductionClearance clearance;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void publisherSharesOverOneHundredPercentAreRefusedAndNothingIsWritten() {
        Party a = catalogue.organisation("Publisher A", PartyRole.PUBLISHER);
        Party b = catalogue.organisation("Publisher B", PartyRole.PUBLISHER);
        String title = TestCatalogue.unique("Overbooked");
        long before = Work.count();

        assertThatThrownBy(() -> works.create(new WorkInput(
                        title,
                        null,
                        false,
                        List.of(),
                        null,
                        List.of(),
                        List.of(publisher(a, "60"), publisher(b, "50")))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(errors(e))
                        .containsExactly(new FieldError(
                                "publishers", "The publisher shares total 110.00%; a side can never exceed 100%.")));
        assertThat(Work.count()).isEqualTo(before);
        assertThat(Work.count("title", title)).isZero();
    }

    @Test
    void everyBadShareIsReportedAgainstItsRow() {
        Party a = catalogue.organisation("Publisher A", PartyRole.PUBLISHER);
        assertThatThrownBy(() -> works.create(new WorkInput(
                        "Bad rows",
                        null,
                        false,
                        List.of(),
                        null,
                        List.of(),
                        List.of(publisher(a, "fifty"), new WorkInput.Publisher(null, "10", null, null)))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(errors(e))
                        .extracting(FieldError::field)
                        .containsExactly("publishers[0].share", "publishers[1].partyId"));
    }

    @Test
    void aSecondWorkWithTheSameIswcIsRefusedNamingTheFirst() {
        String iswc = "T-034.524.680-1";
        String firstTitle = TestCatalogue.unique("First");
        works.create(new WorkInput(firstTitle, iswc, false, List.of(), null, List.of(), List.of()));
        assertThatThrownBy(() -> works.create(
                        new WorkInput("Second", "t0345246801", false, List.of(), null, List.of(), List.of())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("iswc: ISWC T-034.524.680-1 is already used by the work \"" + firstTitle + "\".");
    }

    @Test
    void aSecondRecordingWithTheSameIsrcIsRefusedNamingTheFirst() {
        recordings.create(
                new RecordingInput("Original Take", "Band", "US-PR3-73-00012", 1973, null, null, null, List.of()));
        assertThatThrownBy(() -> recordings.create(
                        new RecordingInput("Copy", "Other", "usPR37300012", 1974, null, null, null, List.of())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(
                        "ISRC US-PR3-73-00012 is already used by the recording \"Original Take — Band\".");
    }

    @Test
    void anInvalidIdentifierIsReportedAgainstItsField() {
        assertThatThrownBy(() -> works.create(
                        new WorkInput("Typo", "T1234567893", false, List.of(), null, List.of(), List.of())))
                .isInstanceOf(ValidationException.class)
                .satisfies(
                        e -> assertThat(errors(e)).extracting(FieldError::field).containsExactly("iswc"))
                .hasMessageContaining("check digit");
    }

    @Test
    void aCueNumberIsUniqueWithinItsProduction() {
        Production film = catalogue.film(false, java.time.LocalDate.now());
        catalogue.cue(film, "1M1", CueOrigin.SCORE, null, null);
        assertThatThrownBy(() -> catalogue.cue(film, "1m1", CueOrigin.SCORE, null, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Cue 1M1 already exists in " + film.title);
        Production other = catalogue.film(false, java.time.LocalDate.now());
        assertThat(catalogue.cue(other, "1M1", CueOrigin.SCORE, null, null).id).isNotNull();
    }

    @Test
    void timecodeOutMustComeAfterTimecodeIn() {
        Production film = catalogue.film(false, java.time.LocalDate.now());
        assertThatThrownBy(() -> cues.create(
                        film.id,
                        new CueInput(
                                "1M2",
                                "Backwards",
                                CueOrigin.SCORE,
                                CueUsage.BI,
                                "01:00:20:00",
                                "01:00:10:00",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                true)))
                .isInstanceOf(ValidationException.class)
                .satisfies(
                        e -> assertThat(errors(e)).extracting(FieldError::field).containsExactly("timecodeOut"));
    }

    @Test
    void theDurationFollowsTheTimecodes() {
        Production film = catalogue.film(false, java.time.LocalDate.now());
        Cue cue = cues.create(
                film.id,
                new CueInput(
                        "1M3",
                        "Timed",
                        CueOrigin.SCORE,
                        CueUsage.BI,
                        "01:00:10:00",
                        "01:01:25:12",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        true));
        assertThat(cue.durationSeconds).isEqualTo(76);
    }

    @Test
    void incompleteOwnershipIsSavedAndReportedAsAProblem() {
        Production film = catalogue.film(false, java.time.LocalDate.now());
        Party a = catalogue.organisation("Partial Publisher", PartyRole.PUBLISHER);
        Work work = catalogue.work(catalogue.person("Writer"), List.of(publisher(a, "75")));
        Cue cue = catalogue.cue(film, "2M1", CueOrigin.SOUNDTRACK, work, null);

        CueVerdict verdict = clearance.evaluate(film.id).cues().stream()
                .filter(v -> v.cueId() == cue.id)
                .findFirst()
                .orElseThrow();
        assertThat(verdict.status()).isEqualTo(CueStatus.BLOCKED);
        assertThat(verdict.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.PUBLISHER_SHARES_INCOMPLETE);
            assertThat(p.message()).contains("75.00%").contains("25.00%");
        });
        assertThat(verdict.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo(ProblemCode.NO_RECORDING));
    }

    @Test
    void theDatabaseItselfRefusesAShareOverOneHundredPercent() throws SQLException {
        Party a = catalogue.organisation("Publisher", PartyRole.PUBLISHER);
        Work work = catalogue.work(catalogue.person("Writer"), List.of());
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("insert into publisher_share"
                            + " (created_at, updated_at, version, work_id, party_id, role, share, position)"
                            + " values (current_timestamp, current_timestamp, 0, " + work.id + ", " + a.id
                            + ", 'ORIGINAL_PUBLISHER', 120.00, 0)"))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static List<FieldError> errors(Throwable e) {
        return ((ValidationException) e).errors();
    }
}
