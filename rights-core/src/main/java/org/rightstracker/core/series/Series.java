package org.rightstracker.core.series;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.rightstracker.core.clearance.ClearanceRevisions;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.scope.MediaSet;
import org.rightstracker.core.scope.MediaSetConverter;
import org.rightstracker.core.scope.RightsScope;
import org.rightstracker.core.scope.Term;
import org.rightstracker.core.scope.TerritoryScope;
import org.rightstracker.core.shared.BaseEntity;

/**
 * A television series: its seasons, and the defaults (release plan, studio, currency) its episodes
 * inherit unless they set their own. {@code Production.releasePlan()} and friends resolve the inheritance.
 */
@Entity
@EntityListeners(ClearanceRevisions.class)
public class Series extends BaseEntity {

    @Column(nullable = false, length = 300)
    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "studio_id")
    public Party studio;

    @Column(nullable = false, length = 3)
    public String currency = "USD";

    @Convert(converter = MediaSetConverter.class)
    @Column(nullable = false, length = 300)
    public MediaSet planMedia = MediaSet.of();

    @Column(nullable = false, length = 1000)
    public String planTerritories = "";

    @Column(nullable = false, length = 1000)
    public String planExcludedTerritories = "";

    public LocalDate planTermStart;

    /** Years of the planned term; null with a start date means in perpetuity. */
    public Integer planTermYears;

    @Column(length = 4000)
    public String notes;

    @OneToMany(mappedBy = "series")
    @OrderBy("number")
    public List<Season> seasons = new ArrayList<>();

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    /** The default release plan, or null while any of media, territories and term is missing. */
    public RightsScope releasePlan() {
        Term term = planTermStart == null
                ? null
                : planTermYears == null ? Term.perpetuity(planTermStart) : Term.ofYears(planTermStart, planTermYears);
        RightsScope plan =
                new RightsScope(planMedia, TerritoryScope.parse(planTerritories, planExcludedTerritories), term);
        return plan.isComplete() ? plan : null;
    }

    public void setReleasePlan(RightsScope plan) {
        planMedia = plan == null ? MediaSet.of() : plan.media();
        planTerritories = plan == null ? "" : plan.territories().includedCode();
        planExcludedTerritories = plan == null ? "" : plan.territories().excludedCode();
        planTermStart = plan == null || plan.term() == null ? null : plan.term().start();
        planTermYears =
                plan == null || plan.term() == null ? null : plan.term().years().orElse(null);
    }

    public static Optional<Series> findByTitle(String title) {
        return find("lower(title) = lower(?1)", title.strip()).firstResultOptional();
    }

    @Override
    public String toString() {
        return title;
    }
}
