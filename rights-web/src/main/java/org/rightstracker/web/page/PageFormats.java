package org.rightstracker.web.page;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.RunningTime;

/** How pages write dates, times, amounts and statuses, the same way on every page and on paper. */
@TemplateExtension
public final class PageFormats {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private PageFormats() {}

    /** "3 March 2026". */
    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** "3 Mar 2026", for tables. */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /** "3 Mar 2026 14:05 UTC": the server keeps instants in UTC and says so. */
    public static String when(Instant instant) {
        return instant == null ? "" : STAMP.format(instant);
    }

    /** "in 12 days", "today", "3 days ago". */
    public static String fromToday(LocalDate date) {
        if (date == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(LocalDate.now(), date);
        if (days == 0) {
            return "today";
        }
        String span = Math.abs(days) + (Math.abs(days) == 1 ? " day" : " days");
        return days > 0 ? "in " + span : span + " ago";
    }

    /** Seconds as a running time, "2:45" or "1:52:00"; empty when unknown. */
    public static String runningTime(Integer seconds) {
        return seconds == null ? "" : RunningTime.format(Duration.ofSeconds(seconds));
    }

    /** A share or percentage without trailing zeros: "50%", "33.33%", "12.5%". */
    public static String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal shown = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString() + "%";
    }

    /** A whole-number percentage for the width of a bar, clamped to 0..100. */
    public static int barWidth(BigDecimal value) {
        if (value == null) {
            return 0;
        }
        return Math.max(0, Math.min(100, value.setScale(0, RoundingMode.HALF_UP).intValue()));
    }

    /** An amount, or a dash when there is none. */
    public static String orDash(Money money) {
        return money == null ? "—" : money.formatted();
    }

    /** An option's fee as money, e.g. "USD 2,500.00"; a dash when it has none. */
    public static String feeShown(LicenceOption option) {
        if (option.fee == null || option.currency == null) {
            return "—";
        }
        return Money.of(option.fee, Money.currencyOf(option.currency)).formatted();
    }

    /** "12.4 KB", "3.1 MB". */
    public static String fileSize(Long bytes) {
        if (bytes == null) {
            return "";
        }
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double kilo = bytes / 1024.0;
        if (kilo < 1024) {
            return String.format(Locale.ROOT, "%.1f KB", kilo);
        }
        return String.format(Locale.ROOT, "%.1f MB", kilo / 1024);
    }

    /** The CSS class of a status, severity or other enum value: "cleared", "at-risk", "not-requested"... */
    public static String css(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
