package org.rightstracker.reports.render;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.RunningTime;
import org.rightstracker.core.shared.Share;

/**
 * How report templates show values. One place, so a date or an amount looks the same in every report
 * and on every page of it. Reports print dates in words ("4 Mar 2026") because a legal reader should
 * never have to guess whether 03/04 is March or April.
 */
@TemplateExtension
public final class ReportFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern(
                    "d MMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private ReportFormats() {}

    /** "4 Mar 2026". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "4 Mar 2026, 14:05 UTC": when something was signed or issued. */
    public static String stamp(Instant instant) {
        return STAMP.format(instant);
    }

    /** "7,500.00", without the currency code: tables name the currency once in their heading. */
    public static String grouped(Money money) {
        return String.format(Locale.ROOT, "%,." + money.amount().scale() + "f", money.amount());
    }

    /** "50.00%". */
    public static String percent(Share share) {
        return share.value().toPlainString() + "%";
    }

    /** "87.5%" for a percentage already worked out, e.g. the share of cues cleared. */
    public static String percentage(BigDecimal percent) {
        return percent.toPlainString() + "%";
    }

    /** "2:45" or "1:52:00". */
    public static String clock(Integer seconds) {
        return RunningTime.format(Duration.ofSeconds(seconds));
    }

    /** The first twelve hex digits of a SHA-256 and an ellipsis: enough to compare two copies by eye. */
    public static String shortHash(String sha256) {
        return sha256.length() <= 12 ? sha256 : sha256.substring(0, 12) + "…";
    }

    /** A CSS class for a status badge from any label: "At risk" becomes "r-badge r-badge-at-risk". */
    public static String badge(String label) {
        return "r-badge r-badge-" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
