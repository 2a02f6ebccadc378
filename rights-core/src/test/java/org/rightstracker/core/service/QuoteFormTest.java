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
import org.rightstracker.core.licence.LicenceTimeline;
import org.rightstracker.core.licence.QuoteTerms;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.scope.Media;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.Work;

/** A quote recorded whole: fee, currency, MFN, expiry, the scope on offer and the contact, in one step. */
@QuarkusTest
class QuoteFormTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @Inject
    TestCatalogue catalogue;

    @Inject
    LicenceService licences;

    @Inject
    LicenceTimeline timeline;

    @Test
    void aQuoteRecordsItsFeeMfnExpiryScopeAndContactInOneStepWithOneTimelineRecord() {
        ClearanceItem item = requested();

        licences.quote(
                item.id,
                version(item.id),
                new LicenceStep(MARCH_2, "5000", null, "EUR", MARCH_2.plusDays(30), "by phone", true, false),
                new QuoteTerms("THEATRICAL,FREE_TV", "WORLD", "FR", MARCH_2, 10, "Anna, anna@example.org"));

        ClearanceItem quoted = catalogue.item(item.id);
        assertThat(quoted.status).isEqualTo(LicenceStatus.QUOTED);
        assertThat(quoted.quotedFee).isEqualByComparingTo(new BigDecimal("5000"));
        assertThat(quoted.feeCurrency).isEqualTo("EUR");
        assertThat(quoted.mfn).isTrue();
        assertThat(quoted.quoteExpiresOn).isEqualTo(MARCH_2.plusDays(30));
        assertThat(quoted.grantedMedia.media()).containsExactlyInAnyOrder(Media.THEATRICAL, Media.FREE_TV);
        assertThat(quoted.grantedTerritories).isEqualTo("WORLD");
        assertThat(quoted.grantedExcludedTerritories).isEqualTo("FR");
        assertThat(quoted.termStart).isEqualTo(MARCH_2);
        assertThat(quoted.termYears).isEqualTo(10);
        assertThat(quoted.contact).isEqualTo("Anna, anna@example.org");
        assertThat(timeline.page(item.id, 0, 5))
                .filteredOn(e -> e.status == LicenceStatus.QUOTED)
                .singleElement()
                .satisfies(e -> assertThat(e.detail)
                        .contains("Quoted fee EUR 5,000.00")
                        .contains("MFN")
                        .contains("Offered: "));
    }

    @Test
    void aBadTerritoryRefusesTheWholeQuoteAndLeavesTheLicenceAndTimelineAsTheyWere() {
        ClearanceItem item = requested();
        long before = version(item.id);
        long events = timeline.count(item.id);

        assertThatThrownBy(() -> licences.quote(
                        item.id,
                        before,
                        new LicenceStep(MARCH_2, "5000", null, "USD", null, null, true, false),
                        new QuoteTerms("ALL_MEDIA", "WORLD", "NOWHERE", MARCH_2, null, "Anna")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("excludedTerritories"));

        ClearanceItem unchanged = catalogue.item(item.id);
        assertThat(unchanged.status).isEqualTo(LicenceStatus.REQUESTED);
        assertThat(unchanged.quotedFee).isNull();
        assertThat(unchanged.contact).isNull();
        assertThat(unchanged.version).isEqualTo(before);
        assertThat(timeline.count(item.id)).isEqualTo(events);
    }

    @Test
    void aQuoteWithoutScopeOrContactKeepsWhatTheLicenceRecords() {
        ClearanceItem item = requested();
        licences.quote(
                item.id,
                version(item.id),
                LicenceStep.quote(MARCH_2, "4000", "USD"),
                new QuoteTerms("ALL_MEDIA", "WORLD", "", MARCH_2, null, "Anna"));

        licences.quote(
                item.id,
                version(item.id),
                LicenceStep.quote(MARCH_2.plusDays(3), "4500", "USD"),
                new QuoteTerms(null, null, null, null, null, null));

        ClearanceItem requoted = catalogue.item(item.id);
        assertThat(requoted.quotedFee).isEqualByComparingTo(new BigDecimal("4500"));
        assertThat(requoted.grantedTerritories).isEqualTo("WORLD");
        assertThat(requoted.contact).isEqualTo("Anna");
    }

    private ClearanceItem requested() {
        Production film = catalogue.film(false, ClearanceWorkflowTest.PLAN_START);
        Party only = catalogue.organisation("Quote Publisher", PartyRole.PUBLISHER);
        Work work = catalogue.work(catalogue.person("Writer"), List.of(publisher(only, "100")));
        Cue cue = catalogue.cue(film, "4M1", CueOrigin.SOUNDTRACK, work, null);
        ClearanceItem item = catalogue.reload(cue.id).items.get(0);
        licences.move(item.id, item.version, LicenceStatus.REQUESTED, LicenceStep.on(MARCH_2));
        return catalogue.item(item.id);
    }

    private long version(long itemId) {
        return catalogue.item(itemId).version;
    }
}
