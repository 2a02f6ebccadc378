package org.rightstracker.core.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RightsScopeTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final RightsScope PLAN = new RightsScope(
            MediaSet.of(Media.THEATRICAL, Media.SVOD),
            TerritoryScope.parse("NORTH_AMERICA EU", ""),
            Term.ofYears(START, 10));

    @Test
    void allMediaWorldPerpetuityCoversAnyPlan() {
        RightsScope grant =
                new RightsScope(MediaSet.of(Media.ALL_MEDIA), TerritoryScope.world(), Term.perpetuity(START));

        assertThat(grant.covers(PLAN)).isTrue();
    }

    @Test
    void aGrantMatchingThePlanExactlyCoversIt() {
        assertThat(PLAN.covers(PLAN)).isTrue();
    }

    @Test
    void missingMediaMeansNotCovered() {
        RightsScope grant =
                new RightsScope(MediaSet.of(Media.FESTIVAL), TerritoryScope.world(), Term.perpetuity(START));

        assertThat(grant.covers(PLAN)).isFalse();
    }

    @Test
    void missingTerritoryMeansNotCovered() {
        RightsScope grant = new RightsScope(
                MediaSet.of(Media.ALL_MEDIA), TerritoryScope.parse("WORLD", "CA"), Term.perpetuity(START));

        assertThat(grant.covers(PLAN)).isFalse();
    }

    @Test
    void shorterTermMeansNotCovered() {
        RightsScope grant =
                new RightsScope(MediaSet.of(Media.ALL_MEDIA), TerritoryScope.world(), Term.ofYears(START, 5));

        assertThat(grant.covers(PLAN)).isFalse();
    }

    @Test
    void anIncompleteGrantCoversNothing() {
        RightsScope noMedia = new RightsScope(MediaSet.of(), TerritoryScope.world(), Term.perpetuity(START));
        RightsScope noTerritory =
                new RightsScope(MediaSet.of(Media.ALL_MEDIA), TerritoryScope.parse("", ""), Term.perpetuity(START));
        RightsScope noTerm = new RightsScope(MediaSet.of(Media.ALL_MEDIA), TerritoryScope.world(), null);

        assertThat(noMedia.isComplete()).isFalse();
        assertThat(noTerritory.isComplete()).isFalse();
        assertThat(noTerm.isComplete()).isFalse();
        assertThat(noMedia.covers(PLAN)).isFalse();
        assertThat(noTerritory.covers(PLAN)).isFalse();
        assertThat(noTerm.covers(PLAN)).isFalse();
    }

    @Test
    void anIncompletePlanIsNeverReportedAsCovered() {
        RightsScope everything =
                new RightsScope(MediaSet.of(Media.ALL_MEDIA), TerritoryScope.world(), Term.perpetuity(START));
        RightsScope planWithoutTerm = new RightsScope(MediaSet.of(Media.THEATRICAL), TerritoryScope.world(), null);

        assertThat(everything.covers(planWithoutTerm)).isFalse();
        assertThat(new RightsScope(null, null, null).isComplete()).isFalse();
    }

    @Test
    void aScopeWithEveryPartStatedIsComplete() {
        assertThat(PLAN.isComplete()).isTrue();
    }
}
