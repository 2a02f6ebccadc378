package org.rightstracker.core.production;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.scope.MediaSet;
import org.rightstracker.core.scope.MediaSetConverter;
import org.rightstracker.core.scope.RightsScope;
import org.rightstracker.core.scope.Term;
import org.rightstracker.core.scope.TerritoryScope;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.shared.DuplicateValueException;
import org.rightstracker.core.shared.FrameRate;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.SearchKey;

/** A film, episode, game, trailer, advert or documentary, with its release plan and music budget. */
@Entity
public class Production extends BaseEntity {

    @Column(nullable = false, length = 300)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ProductionKind kind = ProductionKind.FEATURE_FILM;

    /** Also-known-as title, printed on the cue sheet. */
    @Column(length = 300)
    public String aka;

    @Column(length = 300)
    public String seriesTitle;

    @Column(length = 20)
    public String episodeNumber;

    @Column(length = 300)
    public String episodeTitle;

    @Column(length = 50)
    public String productionNumber;

    /** The season this episode belongs to; null for a production outside any series. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "season_id")
    public Season season;

    /** Place of the episode in its season (1, 2, …): the order in which series licences count uses. */
    public Integer episodeOrder;

    /** The episode takes its series' currency instead of its own {@link #currency} column. */
    @Column(nullable = false)
    public boolean currencyFromSeries;

    /**
     * Raised in the database by {@link org.rightstracker.core.clearance.ClearanceRevisions} whenever
     * anything this production's clearance depends on changes; never written by Hibernate.
     */
    @Column(insertable = false, updatable = false)
    public long clearanceRevision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "studio_id")
    public Party studio;

    /** The studio owns the score outright (work made for hire): score cues need no composer agreement. */
    @Column(nullable = false)
    public boolean studioOwnsScore;

    public Integer runtimeSeconds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public FrameRate frameRate = FrameRate.FPS_24;

    @Column(precision = 14, scale = 2)
    public BigDecimal budgetAmount;

    @Column(nullable = false, length = 3)
    public String currency = "USD";

    // The release plan: what every licence must cover.
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

    public LocalDate releaseDate;

    /** The score minutes the production plans for; the score page measures progress against it. */
    public Integer plannedScoreMinutes;

    @Column(length = 4000)
    public String notes;

    @OneToMany(mappedBy = "production", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    public List<Cue> cues = new ArrayList<>();

    /**
     * The currency fees and budgets are totalled in: the series' when the episode inherits it. This and
     * {@link #releasePlan()} and {@link #effectiveStudio()} are the one place an episode's inheritance
     * from its series is resolved; the engine and the reports read these, never the raw columns.
     */
    public Currency currency() {
        if (currencyFromSeries && season != null) {
            return season.series.currency();
        }
        return Currency.getInstance(currency);
    }

    /** The production's own studio, else its series' studio; null when neither is set. */
    public Party effectiveStudio() {
        if (studio == null && season != null) {
            return season.series.studio;
        }
        return studio;
    }

    /** The music budget, or null when none is set yet. */
    public Money budget() {
        return budgetAmount == null ? null : Money.of(budgetAmount, currency());
    }

    public TerritoryScope planTerritoryScope() {
        return TerritoryScope.parse(planTerritories, planExcludedTerritories);
    }

    public Term planTerm() {
        if (planTermStart == null) {
            return null;
        }
        return planTermYears == null ? Term.perpetuity(planTermStart) : Term.ofYears(planTermStart, planTermYears);
    }

    /**
     * The release plan, or null while any of media, territories and term is still missing. An episode
     * without a complete plan of its own inherits its series' plan.
     */
    public RightsScope releasePlan() {
        RightsScope plan = ownReleasePlan();
        if (plan == null && season != null) {
            return season.series.releasePlan();
        }
        return plan;
    }

    /** The plan entered on the production itself, ignoring the series. */
    public RightsScope ownReleasePlan() {
        RightsScope plan = new RightsScope(planMedia, planTerritoryScope(), planTerm());
        return plan.isComplete() ? plan : null;
    }

    public void setReleasePlan(RightsScope plan) {
        planMedia = plan.media();
        planTerritories = plan.territories().includedCode();
        planExcludedTerritories = plan.territories().excludedCode();
        planTermStart = plan.term() == null ? null : plan.term().start();
        planTermYears = plan.term() == null ? null : plan.term().years().orElse(null);
    }

    /** Adds a cue, refusing a cue number the production already uses. */
    public Cue addCue(Cue cue) {
        boolean taken = cues.stream().anyMatch(c -> c.number.equalsIgnoreCase(cue.number));
        if (taken) {
            throw new DuplicateValueException("number", "Cue " + cue.number + " already exists in " + title + ".");
        }
        cue.production = this;
        cues.add(cue);
        return cue;
    }

    /** The heading a cue sheet or page shows: series and episode for episodes. */
    public String displayTitle() {
        String series = season != null ? season.series.title : seriesTitle;
        if (kind == ProductionKind.EPISODE && series != null) {
            String episode = episodeNumber == null ? "" : " " + episodeNumber;
            return series + episode + (episodeTitle == null ? "" : " — " + episodeTitle);
        }
        return title;
    }

    /** title folded by {@link SearchKey}: what matching, search and sorting compare. */
    @Column(nullable = false, length = 300)
    public String titleKey = "";

    /** Keeps the folded keys in step with the text on every save, whoever saves (see V16). */
    @PrePersist
    @PreUpdate
    void refreshSearchKeys() {
        titleKey = SearchKey.of(title, 300);
    }

    @Override
    public String toString() {
        return displayTitle();
    }
}
