package org.rightstracker.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.core.service.TestCatalogue.publisher;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.licence.OptionInput;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.service.TestCatalogue;
import org.rightstracker.core.work.Work;

@QuarkusTest
class DeadlinesTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    TestCatalogue catalogue;

    @Inject
    LicenceService licences;

    @Inject
    Deadlines deadlines;

    @Test
    void optionsExercisedLapsedOrOnDeniedLicencesAndPerpetualTermsGiveNoDeadline() {
        Production film = catalogue.film(false, TODAY.plusMonths(3));
        long open = item(film, "1M1");
        long exercised = item(film, "1M2");
        long lapsed = item(film, "1M3");
        long denied = item(film, "1M4");
        long perpetual = item(film, "1M5");
        long fiveYears = item(film, "1M6");
        LicenceOption kept = option(open, "Festival", TODAY.plusDays(5));
        LicenceOption used = option(exercised, "Trailer", TODAY.plusDays(6));
        licences.setExercised(used.id, used.version, true);
        LicenceOption gone = option(lapsed, "Sequel", TODAY.minusDays(1));
        licences.markLapsedOptions(TODAY);
        option(denied, "Promo", TODAY.plusDays(7));
        step(denied, LicenceStatus.REQUESTED);
        step(denied, LicenceStatus.DENIED);
        license(perpetual, null);
        license(fiveYears, 5);

        List<Deadline> found = deadlines.of(List.of(film.id));

        assertThat(found)
                .extracting(Deadline::kind, Deadline::sourceId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.OPTION_DEADLINE, kept.id),
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.TERM_END, fiveYears));
        assertThat(found.get(1).on()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(found.get(0).what()).isEqualTo("Festival");
        assertThat(gone.id).isNotNull();
        assertThat(deadlines.of(List.of())).isEmpty();
    }

    @Test
    void quotesExpireOnlyWhileQuotedOrNegotiating() {
        Production film = catalogue.film(false, TODAY.plusMonths(3));
        long quoted = item(film, "2M1");
        long approved = item(film, "2M2");
        for (long id : List.of(quoted, approved)) {
            step(id, LicenceStatus.REQUESTED);
            licences.move(
                    id,
                    version(id),
                    LicenceStatus.QUOTED,
                    new LicenceStep(TODAY, "1000", null, "USD", TODAY.plusDays(20), null));
        }
        licences.move(approved, version(approved), LicenceStatus.APPROVED, LicenceStep.agree(null, "1000"));

        assertThat(deadlines.of(List.of(film.id))).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineKind.QUOTE_EXPIRY);
            assertThat(d.itemId()).isEqualTo(quoted);
            assertThat(d.on()).isEqualTo(TODAY.plusDays(20));
            assertThat(d.cueNumber()).isEqualTo("2M1");
        });
    }

    private long item(Production film, String number) {
        Work work = catalogue.work(
                catalogue.person("Writer"),
                List.of(publisher(catalogue.organisation("Deadline Publisher", PartyRole.PUBLISHER), "100")));
        Cue cue = catalogue.cue(film, number, CueOrigin.SOUNDTRACK, work, null);
        return catalogue.reload(cue.id).items.get(0).id;
    }

    private LicenceOption option(long itemId, String description, LocalDate deadline) {
        return licences.addOption(itemId, version(itemId), new OptionInput(description, "100", "USD", deadline));
    }

    private void step(long itemId, LicenceStatus status) {
        licences.move(itemId, version(itemId), status, LicenceStep.on(TODAY));
    }

    private void license(long itemId, Integer years) {
        step(itemId, LicenceStatus.REQUESTED);
        licences.move(itemId, version(itemId), LicenceStatus.QUOTED, LicenceStep.quote(null, "500", "USD"));
        licences.move(itemId, version(itemId), LicenceStatus.APPROVED, LicenceStep.agree(null, "500"));
        licences.updateTerms(
                itemId,
                version(itemId),
                new LicenceTerms(
                        "USD",
                        "500",
                        "500",
                        false,
                        false,
                        null,
                        "ALL_MEDIA",
                        "WORLD",
                        "",
                        LocalDate.of(2026, 1, 1),
                        years,
                        null,
                        null));
        licences.move(itemId, version(itemId), LicenceStatus.LICENSED, LicenceStep.on(null));
    }

    private long version(long itemId) {
        return QuarkusTransaction.requiringNew().call(() -> ClearanceItem.<ClearanceItem>findById(itemId).version);
    }
}
