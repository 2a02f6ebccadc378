package org.rightstracker.core.album;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.rightstracker.core.album.engine.RateModel;
import org.rightstracker.core.shared.DuplicateValueException;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.NumberLimit;
import org.rightstracker.core.shared.RunningTime;
import org.rightstracker.core.shared.Share;
import org.rightstracker.core.shared.TextLimit;

/** The mechanical rates albums choose from; one of them is the default for new albums. */
@ApplicationScoped
public class MechanicalRateService {

    public MechanicalRate get(long id) {
        return MechanicalRate.<MechanicalRate>findByIdOptional(id)
                .orElseThrow(() -> NotFoundException.of("Mechanical rate", id));
    }

    public List<MechanicalRate> list() {
        return MechanicalRate.listByName();
    }

    @Transactional
    public MechanicalRate create(MechanicalRateInput input) {
        MechanicalRate rate = new MechanicalRate();
        apply(rate, input);
        rate.persist();
        MechanicalRate.flush();
        return rate;
    }

    @Transactional
    public MechanicalRate update(long id, long version, MechanicalRateInput input) {
        MechanicalRate rate = get(id);
        rate.requireVersion(version, "Mechanical rate " + rate.name);
        apply(rate, input);
        MechanicalRate.flush();
        return rate;
    }

    private void apply(MechanicalRate rate, MechanicalRateInput input) {
        Errors errors = new Errors();
        String name = errors.required(TextLimit.MECHANICAL_RATE_NAME, input.name());
        if (input.model() == null) {
            errors.add("model", "Choose a rate model: per unit or a percentage of the dealer price.");
        }
        Currency currency = input.currency() == null || input.currency().isBlank()
                ? null
                : errors.parse("currency", input.currency(), Money::currencyOf);
        if (currency == null && (input.currency() == null || input.currency().isBlank())) {
            errors.add("currency", "Currency is required, e.g. USD or EUR.");
        }
        BigDecimal unitRate = errors.parse("unitRate", input.unitRate(), t -> amount(t, "Rate per unit"));
        BigDecimal perMinute = errors.parse("perMinuteRate", input.perMinuteRate(), t -> amount(t, "Rate per minute"));
        Duration threshold = errors.parse("longSongThreshold", input.longSongThreshold(), RunningTime::parse);
        Share percent = errors.parse("dealerPricePercent", input.dealerPricePercent(), Share::of);
        if (input.model() == RateModel.PER_UNIT) {
            if (input.unitRate() == null || input.unitRate().isBlank()) {
                errors.add("unitRate", "A per-unit rate needs its amount per unit.");
            }
            boolean hasThreshold = input.longSongThreshold() != null
                    && !input.longSongThreshold().isBlank();
            boolean hasPerMinute =
                    input.perMinuteRate() != null && !input.perMinuteRate().isBlank();
            if (hasThreshold != hasPerMinute) {
                errors.add(
                        hasThreshold ? "perMinuteRate" : "longSongThreshold",
                        "The long-song rule needs both a threshold duration and a rate per minute.");
            }
        }
        if (input.model() == RateModel.PERCENT_OF_DEALER_PRICE
                && (input.dealerPricePercent() == null
                        || input.dealerPricePercent().isBlank())) {
            errors.add("dealerPricePercent", "A percentage rate needs its percentage of the dealer price.");
        }
        if (name != null) {
            boolean taken = MechanicalRate.count(
                            "lower(name) = ?1 and id <> ?2",
                            name.toLowerCase(Locale.ROOT),
                            rate.id == null ? -1L : rate.id)
                    > 0;
            if (taken) {
                errors.throwIfAny();
                throw new DuplicateValueException("name", "A mechanical rate named " + name + " already exists.");
            }
        }
        errors.throwIfAny();

        if (input.isDefault() && !rate.isDefault) {
            // One default at a time: new albums take it.
            MechanicalRate.update("isDefault = false where isDefault = true");
        }
        rate.name = name;
        rate.model = input.model();
        rate.currency = currency.getCurrencyCode();
        boolean perUnit = input.model() == RateModel.PER_UNIT;
        rate.unitRate = perUnit ? unitRate : null;
        rate.perMinuteRate = perUnit ? perMinute : null;
        rate.longSongThresholdSeconds = perUnit && threshold != null ? (int) threshold.toSeconds() : null;
        rate.dealerPricePercent = perUnit || percent == null ? null : percent.value();
        rate.isDefault = input.isDefault() || rate.isDefault;
    }

    private static BigDecimal amount(String text, String label) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new org.rightstracker.core.shared.InvalidValueException(
                    label + " '" + text.strip() + "' is not a number; enter it as 0.1240.");
        }
        if (value.stripTrailingZeros().scale() > NumberLimit.MECHANICAL_RATE.scale()) {
            throw new org.rightstracker.core.shared.InvalidValueException(label + " " + text.strip() + " has more than "
                    + NumberLimit.MECHANICAL_RATE.scale() + " decimals.");
        }
        if (!NumberLimit.MECHANICAL_RATE.admits(value)) {
            throw new org.rightstracker.core.shared.InvalidValueException(label + " " + text.strip()
                    + " is outside 0 to " + NumberLimit.MECHANICAL_RATE.max().toPlainString() + ".");
        }
        return value;
    }
}
