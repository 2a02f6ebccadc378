package org.rightstracker.web.api;

import org.rightstracker.core.shared.Money;

/** Money on the wire: a decimal string and an ISO 4217 code, never a floating-point number. */
public record MoneyDto(String amount, String currency) {

    static MoneyDto of(Money money) {
        return money == null
                ? null
                : new MoneyDto(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }
}
