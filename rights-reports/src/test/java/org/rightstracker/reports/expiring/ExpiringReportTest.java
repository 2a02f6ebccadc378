package org.rightstracker.reports.expiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.work.Work;
import org.rightstracker.reports.PdfText;
import org.rightstracker.reports.TestProductions;

/**
 * One production with a licence ending in 10 days, a two-year licence against a perpetual plan, a quote
 * lapsing in 20 days and an option due in 45 days; the window decides which appear.
 */
@QuarkusTest
class ExpiringReportTest {

    static final LocalDate TODAY = LocalDate.now();

    @Inject
    TestProductions productions;

    @Inject
    ExpiringBuilder expiring;

    long productionId;
    String title;

    @BeforeEach
    @Transactional
    void productionWithThingsRunningOut() {
        title = TestProductions.unique("Expiring Film");
        // The plan starts two years ago, so licences must reach back that far to cover it.
        Production film = productions.film(title, "1:40:00", TODAY.minusYears(2));
        Party writer = productions.person("Writer", "PRS");
        Party publisher = productions.organisation("Fjord Musikkforlag", PartyRole.PUBLISHER, "TONO");
        Party label = productions.organisation("Northlight Records", PartyRole.RECORD_LABEL, null);

        Work soon = productions.song(writer, "100", publisher, "100");
        Cue endingSoon = productions.cue(
                film,
                "1M1",
                "Ending Soon",
                CueOrigin.SOUNDTRACK,
                CueUsage.BV,
                soon,
                productions.recording(soon, label),
                3600,
                30);
        // One year from a year ago plus ten days: the last day covered is in nine days.
        productions.license(endingSoon.items.get(0), "1000", TODAY.minusYears(1).plusDays(10), 1, "ALL_MEDIA");
        productions.license(endingSoon.items.get(1), "1000", TODAY.minusYears(2), null, "ALL_MEDIA");

        Work shortWork = productions.song(writer, "100", publisher, "100");
        Cue shortTerm = productions.cue(
                film,
                "1M2",
                "Short Term",
                CueOrigin.SOUNDTRACK,
                CueUsage.BV,
                shortWork,
                productions.recording(shortWork, label),
                3700,
                30);
        productions.license(shortTerm.items.get(0), "1000", TODAY.minusYears(2), 5, "ALL_MEDIA");
        productions.quote(shortTerm.items.get(1), "2000", false, TODAY.plusDays(20));
        productions.option(shortTerm.items.get(0), "Trailer use", TODAY.plusDays(45));
        productionId = film.id;
    }

    @Test
    void aThirtyDayWindowListsTheEndingLicenceAndTheLapsingQuoteAndTheShortLicenceApart() {
        ExpiringReport report = expiring.build(List.of(productionId), 30, TODAY);

        assertThat(report.licences())
                .extracting(ExpiringReport.EndingLicence::cueNumber, ExpiringReport.EndingLicence::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "1M1", "Ends within the window, before the release plan needs it"));
        assertThat(report.shortOfPlan())
                .extracting(ExpiringReport.EndingLicence::cueNumber, ExpiringReport.EndingLicence::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1M2", "Ends before the release plan needs it"));
        assertThat(report.licences().get(0).lastDay()).isEqualTo(TODAY.plusDays(9));
        assertThat(report.licences().get(0).daysLeft()).isEqualTo(9);
        assertThat(report.quotes())
                .extracting(ExpiringReport.LapsingQuote::expires)
                .containsExactly(TODAY.plusDays(20));
        assertThat(report.options()).isEmpty();
    }

    @Test
    void theWindowDecidesWhatIsNear() {
        ExpiringReport week = expiring.build(List.of(productionId), 5, TODAY);
        // 1M1's last day is in nine days: outside a five-day window, so only listed apart, as short of plan.
        assertThat(week.licences()).isEmpty();
        assertThat(week.licences()).allSatisfy(l -> assertThat(l.lastDay()).isBeforeOrEqualTo(week.until()));
        assertThat(week.shortOfPlan())
                .extracting(ExpiringReport.EndingLicence::cueNumber, ExpiringReport.EndingLicence::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1M1", "Ends before the release plan needs it"),
                        org.assertj.core.groups.Tuple.tuple("1M2", "Ends before the release plan needs it"));
        assertThat(week.quotes()).isEmpty();
        assertThat(week.options()).isEmpty();

        ExpiringReport twoMonths = expiring.build(List.of(productionId), 60, TODAY);
        assertThat(twoMonths.options())
                .extracting(ExpiringReport.NearOption::description, ExpiringReport.NearOption::daysLeft)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Trailer use", 45L));
        assertThat(twoMonths.quotes()).hasSize(1);
    }

    @Test
    void onlyTheGivenProductionsAreLookedAt() {
        assertThat(expiring.build(List.of(), 365, TODAY).isEmpty()).isTrue();
        assertThat(expiring.build(null, 365, TODAY).licences())
                .extracting(ExpiringReport.EndingLicence::production)
                .contains(title);
    }

    @Test
    void thePdfListsEachSection() {
        PdfText pdf = PdfText.of(ExpiringRenderer.output(expiring.build(List.of(productionId), 60, TODAY))
                .pdf());
        assertThat(pdf.all())
                .contains("Expiring rights — next 60 days", "Page 1 of " + pdf.pageCount())
                .contains("Ending Soon", "Short Term", "Trailer use", "Northlight Records");
    }
}
