package org.rightstracker.core.album;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.rightstracker.core.album.engine.RateFacts;
import org.rightstracker.core.album.engine.RateModel;
import org.rightstracker.core.shared.BaseEntity;

/**
 * A mechanical rate an album may use: data an administrator edits, never a constant in code. V14 seeds a
 * statutory-style per-unit rate as the default for new albums.
 */
@Entity
public class MechanicalRate extends BaseEntity {

    @Column(nullable = false, length = 100, unique = true)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public RateModel model;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(precision = 10, scale = 4)
    public BigDecimal unitRate;

    public Integer longSongThresholdSeconds;

    @Column(precision = 10, scale = 4)
    public BigDecimal perMinuteRate;

    @Column(precision = 5, scale = 2)
    public BigDecimal dealerPricePercent;

    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

    public static List<MechanicalRate> listByName() {
        return list("order by name");
    }

    public static Optional<MechanicalRate> findDefault() {
        return find("isDefault = true order by id").firstResultOptional();
    }

    public RateFacts facts() {
        return new RateFacts(
                name,
                model,
                Currency.getInstance(currency),
                unitRate,
                longSongThresholdSeconds,
                perMinuteRate,
                dealerPricePercent);
    }

    @Override
    public String toString() {
        return name;
    }
}
