package org.rightstracker.core.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.core.upgrade.MigrationDatabase.connect;
import static org.rightstracker.core.upgrade.MigrationDatabase.flyway;
import static org.rightstracker.core.upgrade.MigrationDatabase.freshUrl;
import static org.rightstracker.core.upgrade.MigrationDatabase.rows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * V17 turns the series title every episode carried as text into series and season rows: one series per
 * title, season 1, episodes in the order they were created, the text columns left as they were, and
 * every other production untouched.
 */
class SeriesMigrationTest {

    @Test
    void episodesOfTheSameSeriesTitleBecomeOneSeriesWithASeasonInCreationOrder() throws SQLException {
        String url = freshUrl("series-migration");
        // Whatever migration comes last before V17 (other branches add V13..V16).
        String before = Arrays.stream(flyway(url).load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(v -> !v.isAtLeast("17"))
                .max(MigrationVersion::compareTo)
                .orElseThrow()
                .getVersion();
        flyway(url).target(before).load().migrate();
        try (Connection connection = connect(url);
                Statement statement = connection.createStatement()) {
            insert(statement, "Pilot", "EPISODE", "'Harbour Lights'", "GBP");
            insert(statement, "Storm", "EPISODE", "'Other Show'", "USD");
            insert(statement, "Tide", "EPISODE", "'Harbour Lights'", "GBP");
            insert(statement, "Feature", "FEATURE_FILM", "null", "USD");
            insert(statement, "Undated", "EPISODE", "null", "USD");

            flyway(url).load().migrate();

            assertThat(rows(statement, "select title || ':' || currency from series order by title"))
                    .containsExactly("Harbour Lights:GBP", "Other Show:USD");
            assertThat(rows(
                            statement,
                            "select r.title || ':' || s.number from season s join series r"
                                    + " on r.id = s.series_id order by r.title"))
                    .containsExactly("Harbour Lights:1", "Other Show:1");
            assertThat(rows(
                            statement,
                            "select p.title || ':' || coalesce(r.title, '-') || ':' || coalesce(cast(p.episode_order"
                                    + " as varchar), '-') || ':' || coalesce(p.series_title, '-') from production p"
                                    + " left join season s on s.id = p.season_id left join series r on r.id ="
                                    + " s.series_id order by p.id"))
                    .containsExactly(
                            "Pilot:Harbour Lights:1:Harbour Lights",
                            "Storm:Other Show:1:Other Show",
                            "Tide:Harbour Lights:2:Harbour Lights",
                            "Feature:-:-:-",
                            "Undated:-:-:-");
            assertThat(rows(statement, "select distinct cast(currency_from_series as varchar) from production"))
                    .containsExactly("FALSE");
        }
    }

    private static void insert(Statement statement, String title, String kind, String series, String currency)
            throws SQLException {
        statement.executeUpdate("insert into production (created_at, updated_at, version, title, kind, series_title,"
                + " studio_owns_score, frame_rate, currency, plan_media, plan_territories, plan_excluded_territories)"
                + " values (current_timestamp, current_timestamp, 0, '" + title + "', '" + kind + "', " + series
                + ", false, 'FPS_24', '" + currency + "', '', '', '')");
    }
}
