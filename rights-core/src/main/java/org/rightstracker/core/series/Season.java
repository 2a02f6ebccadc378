package org.rightstracker.core.series;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.rightstracker.core.clearance.ClearanceRevisions;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.shared.Money;

/** One season of a series: its episodes (productions pointing here, in episode order) and its own budget. */
@Entity
@EntityListeners(ClearanceRevisions.class)
public class Season extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id")
    public Series series;

    /** 1 for the first season; unique within the series. */
    @Column(nullable = false)
    public int number;

    @Column(length = 300)
    public String title;

    /** Money set aside for the season as a whole (series-wide deals, contingencies), beside episode budgets. */
    @Column(precision = 14, scale = 2)
    public BigDecimal budgetAmount;

    public Money budget() {
        return budgetAmount == null ? null : Money.of(budgetAmount, series.currency());
    }

    /** "Season 2" or "Season 2 — The Return". */
    public String label() {
        return "Season " + number + (title == null || title.isBlank() ? "" : " — " + title);
    }

    @Override
    public String toString() {
        return series.title + ", " + label();
    }
}
