package org.rightstracker.core.shared;

import java.math.BigDecimal;
import java.util.List;

/**
 * The range of every kind of number people type and we store: amounts of money, shares, running times,
 * terms in years and release years, each with the columns that hold it. The parsers and services check
 * values against these ({@link Money}, {@link Share}, {@link RunningTime}, {@link Errors#whole}), and
 * {@code TextLimitsMatchTheSchemaTest} compares each with its columns' real type, so a value the service
 * accepts is always a value the database can hold.
 */
public enum NumberLimit {
    /** Fees, budgets and option fees: {@code numeric(14,2)}, never negative. */
    MONEY(
            "Amount",
            "0",
            "999999999999.99",
            14,
            2,
            new StoredColumn("production", "budget_amount", "budget"),
            new StoredColumn("season", "budget_amount", "budget"),
            new StoredColumn("clearance_item", "quoted_fee", "quotedFee"),
            new StoredColumn("clearance_item", "agreed_fee", "agreedFee"),
            new StoredColumn("licence_option", "fee", "fee"),
            new StoredColumn("album", "dealer_price", "dealerPrice"),
            new StoredColumn("album_right", "fee", "fee")),
    /** A percentage of one side: {@code numeric(5,2)} from 0 to 100. */
    SHARE(
            "Share",
            "0",
            "100",
            5,
            2,
            new StoredColumn("writer_share", "share", "share"),
            new StoredColumn("publisher_share", "share", "share"),
            new StoredColumn("master_share", "share", "share"),
            new StoredColumn("work_right_ownership", "pr_share", "pr"),
            new StoredColumn("work_right_ownership", "mr_share", "mr"),
            new StoredColumn("work_right_ownership", "sr_share", "sr"),
            new StoredColumn("work_collection_territory", "pr_share", "pr"),
            new StoredColumn("work_collection_territory", "mr_share", "mr"),
            new StoredColumn("work_collection_territory", "sr_share", "sr"),
            new StoredColumn("clearance_item", "sync_share", "share"),
            new StoredColumn("clearance_item", "master_share", "share"),
            new StoredColumn("album_right", "share", "share"),
            new StoredColumn("album_right", "royalty_percent", "royaltyPercent"),
            new StoredColumn("mechanical_rate", "dealer_price_percent", "dealerPricePercent")),
    /** Runtimes and durations in whole seconds, up to 99:59:59 as cue sheets write them. */
    RUNNING_TIME_SECONDS(
            "Running time",
            "0",
            "359999",
            0,
            0,
            new StoredColumn("production", "runtime_seconds", "runtime"),
            new StoredColumn("cue", "duration_seconds", "duration"),
            new StoredColumn("recording", "duration_seconds", "duration"),
            new StoredColumn("clearance_item", "granted_max_seconds", "maxDuration"),
            new StoredColumn("album_track", "duration_seconds", "duration"),
            new StoredColumn("mechanical_rate", "long_song_threshold_seconds", "longSongThreshold")),
    /** A mechanical rate per unit or per minute, in a currency's units with four decimals (0.1240). */
    MECHANICAL_RATE(
            "Rate",
            "0",
            "999999.9999",
            10,
            4,
            new StoredColumn("mechanical_rate", "unit_rate", "unitRate"),
            new StoredColumn("mechanical_rate", "per_minute_rate", "perMinuteRate")),
    /** A licence or release-plan term; perpetuity is no number at all. */
    TERM_YEARS(
            "Term in years",
            "1",
            "999",
            0,
            0,
            new StoredColumn("production", "plan_term_years", "planTermYears"),
            new StoredColumn("clearance_item", "term_years", "termYears")),
    /** Season numbers, an episode's place in its season, and the uses a range licence covers at most. */
    ORDINAL(
            "Number",
            "1",
            "9999",
            0,
            0,
            new StoredColumn("season", "number", "number"),
            new StoredColumn("production", "episode_order", "episodeOrder"),
            new StoredColumn("clearance_item", "range_cap", "rangeCap")),
    /** The year a recording was released: from the first commercial recordings on, four digits. */
    RELEASE_YEAR("Release year", "1860", "9999", 0, 0, new StoredColumn("recording", "release_year", "releaseYear")),
    /** Planned score minutes of a production and players at a recording session: small positive counts. */
    SCORE_COUNT(
            "Number",
            "1",
            "9999",
            0,
            0,
            new StoredColumn("production", "planned_score_minutes", "plannedScoreMinutes"),
            new StoredColumn("recording_session", "players", "players"));

    /** A column holding numbers of one kind, and the field forms and the API report it under. */
    public record StoredColumn(String table, String column, String field) {}

    private final String label;
    private final BigDecimal min;
    private final BigDecimal max;
    private final int precision;
    private final int scale;
    private final List<StoredColumn> columns;

    NumberLimit(String label, String min, String max, int precision, int scale, StoredColumn... columns) {
        this.label = label;
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        this.precision = precision;
        this.scale = scale;
        this.columns = List.of(columns);
    }

    public String label() {
        return label;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    /** The whole-number maximum, for limits on integer columns. */
    public long maxWhole() {
        return max.longValueExact();
    }

    public long minWhole() {
        return min.longValueExact();
    }

    /** Digits in all of a {@code numeric} column; 0 for an {@code integer} column. */
    public int precision() {
        return precision;
    }

    /** Digits after the point of a {@code numeric} column; 0 for an {@code integer} column. */
    public int scale() {
        return scale;
    }

    public boolean isWhole() {
        return precision == 0;
    }

    public List<StoredColumn> columns() {
        return columns;
    }

    public boolean admits(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    public boolean admits(long value) {
        return admits(BigDecimal.valueOf(value));
    }

    /**
     * The sentence for a whole number outside the range, e.g. "Term in years is 5000; at most 999.",
     * under the given label (a form's own wording) or this limit's.
     */
    public String outside(String shownLabel, long value) {
        String name = shownLabel == null ? label : shownLabel;
        return value < minWhole()
                ? name + " is " + value + "; at least " + minWhole() + "."
                : name + " is " + value + "; at most " + maxWhole() + ".";
    }
}
