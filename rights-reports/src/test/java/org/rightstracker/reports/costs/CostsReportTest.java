package org.rightstracker.reports.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.shared.Money;
import org.rightstracker.reports.DemoFilm;
import org.rightstracker.reports.PdfText;

@QuarkusTest
class CostsReportTest {

    @Inject
    DemoFilm demo;

    @Inject
    CostsBuilder costs;

    @Test
    void theMfnExampleOfTheDesignShowsEachFeeBeforeAndAfter() {
        CostsReport report = costs.build(demo.id(), LocalDate.now());

        assertThat(report.mfn())
                .filteredOn(a -> a.cueNumber().equals("2M14"))
                .extracting(
                        a -> a.party(), a -> a.before().amount(), a -> a.after().amount())
                .containsExactlyInAnyOrder(
                        tuple("Harbour Songs Publishing", new BigDecimal("5000.00"), new BigDecimal("7500.00")),
                        tuple("Northlight Records", new BigDecimal("12000.00"), new BigDecimal("15000.00")));
        assertThat(report.mfnTotal()).isEqualTo(report.budget().mfnExposure());
        assertThat(report.mfnTotal().amount()).isEqualByComparingTo("5500");
    }

    @Test
    void licensorRowsAddUpToTheProductionTotals() {
        CostsReport report = costs.build(demo.id(), LocalDate.now());
        Money zero = Money.zero(report.budget().currency());
        assertThat(report.licensors().stream()
                        .map(CostsReport.LicensorCost::projected)
                        .reduce(zero, Money::plus))
                .isEqualTo(report.budget().projected());
        assertThat(report.licensors().stream()
                        .map(CostsReport.LicensorCost::committed)
                        .reduce(zero, Money::plus))
                .isEqualTo(report.budget().committed());
        assertThat(report.cues().stream().map(CostsReport.CueCost::projected).reduce(zero, Money::plus))
                .isEqualTo(report.budget().projected());
    }

    @Test
    void theChartScalesBarsToTheLargestLicensor() {
        CostsReport report = costs.build(demo.id(), LocalDate.now());
        CostsReport.LicensorCost largest = report.licensors().stream()
                .max((a, b) -> a.projected().compareTo(b.projected()))
                .orElseThrow();
        assertThat(largest.bar().width()).isEqualTo(CostsReport.CHART_WIDTH);
        assertThat(report.licensors()).allSatisfy(l -> {
            assertThat(l.bar().width()).isBetween(0, CostsReport.CHART_WIDTH);
            assertThat(l.bar().committedWidth()).isLessThanOrEqualTo(l.bar().width());
        });
        String body = CostsRenderer.output(report).body();
        assertThat(body)
                .contains("<svg", "width=\"" + CostsReport.CHART_WIDTH + "\"")
                .doesNotContain("<script");
    }

    @Test
    void theCsvEndsWithTheProductionTotals() {
        CostsReport report = costs.build(demo.id(), LocalDate.now());
        String[] lines = new String(CostsRenderer.output(report).csv(), StandardCharsets.UTF_8).split("\r\n");
        // commons-csv quotes an empty first value so that the line cannot be read as an empty record.

        assertThat(lines).hasSize(report.cues().size() + 2);
        assertThat(lines[lines.length - 1])
                .isEqualTo("\"\",Total,,," + report.production().currency() + ","
                        + report.budget().quoted().amount().toPlainString() + ","
                        + report.budget().committed().amount().toPlainString() + ","
                        + report.budget().projected().amount().toPlainString() + ","
                        + report.budget().mfnExposure().amount().toPlainString() + ","
                        + report.budget().unpricedItems());
    }

    @Test
    void aLicensorOrCueWithoutAnyFeeReadsNotPricedNotZero() {
        CostsReport report = costs.build(demo.id(), LocalDate.now());
        assertThat(report.licensors()).anySatisfy(l -> assertThat(l.notPriced()).isTrue());
        assertThat(report.licensors())
                .filteredOn(CostsReport.LicensorCost::notPriced)
                .allSatisfy(l -> assertThat(l.unpricedItems()).isEqualTo(l.items()));

        String body = CostsRenderer.output(report).body();
        long expected = report.licensors().stream()
                        .filter(CostsReport.LicensorCost::notPriced)
                        .count()
                + report.cues().stream().filter(CostsReport.CueCost::notPriced).count();
        assertThat(body.split("— <span class=\"r-muted r-small\">not priced</span>", -1).length - 1)
                .isEqualTo((int) expected);
    }

    @Test
    void thePdfShowsTheMfnTable() {
        String text = PdfText.of(CostsRenderer.output(costs.build(demo.id(), LocalDate.now()))
                        .pdf())
                .all();
        assertThat(text)
                .contains("MFN ADJUSTMENTS", "Paper Lanterns", "7,500.00", "15,000.00", "Total raised by MFN 5,500.00");
    }
}
