package org.rightstracker.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rightstracker.core.service.TestCatalogue.publisher;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.Work;

/**
 * Approving commits the fee after MFN (the design's worked example: A 50% quotes 5,000 MFN, B 50% 7,500
 * MFN, label 100% 12,000 MFN): the agreed fee and that figure never differ unless the user accepts it.
 */
@QuarkusTest
class ApprovalFigureTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @Inject
    TestCatalogue catalogue;

    @Inject
    LicenceService licences;

    @Test
    void approvingAQuoteMfnRaisesIsRefusedWithTheProposedFigureAndWhy() {
        Deal deal = workedExample();

        assertThatThrownBy(() ->
                        licences.move(deal.a.id, version(deal.a.id), LicenceStatus.APPROVED, LicenceStep.on(MARCH_2)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("agreedFee");
                            assertThat(error.message())
                                    .startsWith("Proposed: USD 7,500.00 — the fee USD 5,000.00 raised by MFN"
                                            + " (USD 2,500.00) to match the best fee on this cue");
                        }));
        ClearanceItem unchanged = catalogue.item(deal.a.id);
        assertThat(unchanged.status).isEqualTo(LicenceStatus.QUOTED);
        assertThat(unchanged.agreedFee).isNull();
    }

    @Test
    void approvingAtTheProposedFigureOrAtTheBestFeeNeedsNoConfirmation() {
        Deal deal = workedExample();

        licences.move(deal.a.id, version(deal.a.id), LicenceStatus.APPROVED, LicenceStep.agree(MARCH_2, "7500"));
        licences.move(deal.b.id, version(deal.b.id), LicenceStatus.APPROVED, LicenceStep.on(MARCH_2));

        assertThat(catalogue.item(deal.a.id).agreedFee).isEqualByComparingTo(new BigDecimal("7500"));
        assertThat(catalogue.item(deal.b.id).status).isEqualTo(LicenceStatus.APPROVED);
        assertThat(catalogue.item(deal.b.id).agreedFee).isEqualByComparingTo(new BigDecimal("7500"));
    }

    @Test
    void anAcceptedApprovalKeepsTheAgreedFeeWhileTheBudgetCommitsTheRaisedFigure() {
        Deal deal = workedExample();

        licences.move(
                deal.label.id,
                version(deal.label.id),
                LicenceStatus.APPROVED,
                new LicenceStep(MARCH_2, null, null, null, null, null, null, null, true));

        ClearanceItem approved = catalogue.item(deal.label.id);
        assertThat(approved.status).isEqualTo(LicenceStatus.APPROVED);
        assertThat(approved.agreedFee).isEqualByComparingTo(new BigDecimal("12000"));
    }

    private record Deal(ClearanceItem a, ClearanceItem b, ClearanceItem label) {}

    private Deal workedExample() {
        Production film = catalogue.film(false, ClearanceWorkflowTest.PLAN_START);
        Party a = catalogue.organisation("Mfn Publisher A", PartyRole.PUBLISHER);
        Party b = catalogue.organisation("Mfn Publisher B", PartyRole.PUBLISHER);
        Party label = catalogue.organisation("Mfn Label", PartyRole.RECORD_LABEL);
        Work work = catalogue.work(catalogue.person("Writer"), List.of(publisher(a, "50"), publisher(b, "50")));
        Cue cue = catalogue.cue(film, "2M14", CueOrigin.SOUNDTRACK, work, catalogue.recording(work, label, "100"));
        List<ClearanceItem> items = catalogue.reload(cue.id).items;
        return new Deal(quoted(of(items, a), "5000"), quoted(of(items, b), "7500"), quoted(of(items, label), "12000"));
    }

    private ClearanceItem quoted(ClearanceItem item, String fee) {
        licences.move(item.id, item.version, LicenceStatus.REQUESTED, LicenceStep.on(MARCH_2));
        licences.move(
                item.id,
                version(item.id),
                LicenceStatus.QUOTED,
                new LicenceStep(MARCH_2, fee, null, "USD", null, null, true, false));
        return catalogue.item(item.id);
    }

    private static ClearanceItem of(List<ClearanceItem> items, Party party) {
        return items.stream()
                .filter(i -> i.party.id.equals(party.id))
                .findFirst()
                .orElseThrow();
    }

    private long version(long itemId) {
        return catalogue.item(itemId).version;
    }
}
