package org.rightstracker.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.audit.AuditAction;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.letter.LetterKind;
import org.rightstracker.core.licence.FollowUpChannel;
import org.rightstracker.core.licence.LicenceEventKind;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.party.PartyRolesConverter;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.scope.Media;
import org.rightstracker.core.scope.MediaSet;
import org.rightstracker.core.scope.Territory;
import org.rightstracker.core.scope.TerritoryScope;
import org.rightstracker.core.work.PublisherRole;
import org.rightstracker.core.work.WriterDesignation;

/**
 * The declared limits ({@link TextLimit}, {@link NumberLimit}) against the schema the migrations built,
 * read from JDBC metadata on whichever database the tests run on: a migration that widens or narrows a
 * column, or adds a text column, fails here until the declaration follows.
 */
@QuarkusTest
class StoredLimitsMatchTheSchemaTest {

    /** Flyway's own bookkeeping: no application code writes it. */
    private static final Set<String> NOT_OURS = Set.of("flyway_schema_history");

    @Inject
    AgroalDataSource dataSource;

    record StoredColumn(String table, String column, int type, int size, int decimals) {}

    @Test
    void everyDeclaredTextLimitIsTheSizeOfItsColumn() throws SQLException {
        Map<String, StoredColumn> columns = columns();
        List<String> wrong = new ArrayList<>();
        for (TextLimit limit : TextLimit.values()) {
            StoredColumn stored = columns.get(key(limit.table(), limit.column()));
            if (stored == null) {
                wrong.add(limit + ": no column " + limit.table() + "." + limit.column());
            } else if (!isText(stored.type()) || stored.size() != limit.max()) {
                wrong.add(limit + ": declared " + limit.max() + ", column holds " + stored.size());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyTextColumnOfTheSchemaHasExactlyOneDeclaredLimit() throws SQLException {
        Map<String, Long> declarations = Arrays.stream(TextLimit.values())
                .collect(Collectors.groupingBy(l -> key(l.table(), l.column()), Collectors.counting()));
        List<String> undeclared = columns().values().stream()
                .filter(c -> isText(c.type()))
                .map(c -> key(c.table(), c.column()))
                .filter(k -> declarations.getOrDefault(k, 0L) != 1)
                .sorted()
                .toList();
        assertThat(undeclared)
                .as("text columns without exactly one TextLimit (declare them in core shared TextLimit)")
                .isEmpty();
    }

    @Test
    void everyNumberLimitFitsTheColumnsItBounds() throws SQLException {
        Map<String, StoredColumn> columns = columns();
        List<String> wrong = new ArrayList<>();
        for (NumberLimit limit : NumberLimit.values()) {
            assertThat(limit.min()).as(limit + " min").isLessThanOrEqualTo(limit.max());
            for (NumberLimit.StoredColumn declared : limit.columns()) {
                StoredColumn stored = columns.get(key(declared.table(), declared.column()));
                String name = limit + " on " + declared.table() + "." + declared.column();
                if (stored == null) {
                    wrong.add(name + ": no such column");
                } else if (limit.isWhole()) {
                    if (stored.type() != Types.INTEGER
                            || limit.maxWhole() > Integer.MAX_VALUE
                            || limit.minWhole() < Integer.MIN_VALUE) {
                        wrong.add(name + ": not an integer column for a whole number in the int range");
                    }
                } else if (!isDecimal(stored.type())
                        || stored.size() != limit.precision()
                        || stored.decimals() != limit.scale()) {
                    wrong.add(name + ": declared numeric(" + limit.precision() + "," + limit.scale()
                            + "), column is numeric(" + stored.size() + "," + stored.decimals() + ")");
                } else if (limit.max().compareTo(largest(stored)) > 0) {
                    wrong.add(name + ": declared maximum " + limit.max() + " does not fit");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theMoneyLimitIsTheLargestAmountTheMoneyColumnsHold() {
        assertThat(NumberLimit.MONEY.max())
                .isEqualByComparingTo(BigDecimal.TEN
                        .pow(NumberLimit.MONEY.precision() - NumberLimit.MONEY.scale())
                        .subtract(BigDecimal.ONE.movePointLeft(NumberLimit.MONEY.scale())));
        assertThat(NumberLimit.MONEY.min()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    /**
     * Code columns are never checked on input: every value the application can write must fit. Enum names
     * are compared with their longest constant, sets with all their members joined.
     */
    @Test
    void everyCodeColumnHoldsTheLongestValueTheApplicationWrites() {
        Map<TextLimit, String> longest = new LinkedHashMap<>();
        longest.put(TextLimit.PARTY_KIND, longestName(PartyKind.class));
        longest.put(
                TextLimit.PARTY_ROLES,
                new PartyRolesConverter().convertToDatabaseColumn(EnumSet.allOf(PartyRole.class)));
        longest.put(TextLimit.WRITER_DESIGNATION, longestName(WriterDesignation.class));
        longest.put(TextLimit.PUBLISHER_ROLE, longestName(PublisherRole.class));
        longest.put(TextLimit.PRODUCTION_KIND, longestName(ProductionKind.class));
        longest.put(TextLimit.PRODUCTION_FRAME_RATE, longestName(FrameRate.class));
        longest.put(TextLimit.CUE_ORIGIN, longestName(CueOrigin.class));
        longest.put(TextLimit.CUE_USAGE, longestName(CueUsage.class));
        longest.put(TextLimit.ITEM_SIDE, longestName(ClearanceSide.class));
        longest.put(TextLimit.ITEM_STATUS, longestName(LicenceStatus.class));
        longest.put(TextLimit.ITEM_RANGE_KIND, longestName(org.rightstracker.core.licence.LicenceRange.class));
        longest.put(
                TextLimit.ITEM_GRANTED_USAGES,
                new org.rightstracker.core.licence.GrantedUse(EnumSet.allOf(CueUsage.class), null, null).usagesCode());
        longest.put(TextLimit.LICENCE_EVENT_STATUS, longestName(LicenceStatus.class));
        longest.put(TextLimit.LICENCE_EVENT_KIND, longestName(LicenceEventKind.class));
        longest.put(TextLimit.LICENCE_EVENT_CHANNEL, longestName(FollowUpChannel.class));
        longest.put(TextLimit.DOCUMENT_KIND, longestName(DocumentKind.class));
        longest.put(TextLimit.LETTER_TEMPLATE_KIND, longestName(LetterKind.class));
        longest.put(TextLimit.AUDIT_ACTION, longestName(AuditAction.class));
        longest.put(TextLimit.SCORE_STAGE, longestName(org.rightstracker.core.score.ScoreStage.class));
        longest.put(TextLimit.CATALOGUE_MERGE_KIND, longestName(org.rightstracker.core.catalogue.CatalogueKind.class));
        String allMedia = MediaSet.of(EnumSet.allOf(Media.class)).code();
        longest.put(TextLimit.PRODUCTION_PLAN_MEDIA, allMedia);
        longest.put(TextLimit.ITEM_GRANTED_MEDIA, allMedia);
        longest.put(TextLimit.SERIES_PLAN_MEDIA, allMedia);
        String allTerritories = everyTerritory();
        longest.put(TextLimit.PRODUCTION_PLAN_TERRITORIES, allTerritories);
        longest.put(TextLimit.PRODUCTION_PLAN_EXCLUDED_TERRITORIES, allTerritories);
        longest.put(TextLimit.ITEM_GRANTED_TERRITORIES, allTerritories);
        longest.put(TextLimit.SERIES_PLAN_TERRITORIES, allTerritories);
        longest.put(TextLimit.SERIES_PLAN_EXCLUDED_TERRITORIES, allTerritories);
        longest.put(TextLimit.ITEM_GRANTED_EXCLUDED_TERRITORIES, allTerritories);
        longest.put(TextLimit.CUE_TIMECODE_IN, "23:59:59:59");
        longest.put(TextLimit.CUE_TIMECODE_OUT, "23:59:59:59");
        String currency = "USD";
        longest.put(TextLimit.PRODUCTION_CURRENCY, currency);
        longest.put(TextLimit.ITEM_FEE_CURRENCY, currency);
        longest.put(TextLimit.SERIES_CURRENCY, currency);
        longest.put(TextLimit.OPTION_CURRENCY, currency);
        longest.put(TextLimit.PARTY_IPI_NAME_NUMBER, "00014107338");
        longest.put(TextLimit.PARTY_ISNI, "000000012146438X");
        longest.put(TextLimit.WORK_ISWC, "T0345246801");
        // CWR codes: ISO 639 language, version type (ORI, MOD), title type (AT, TE, ...), ACK status (RA, ...).
        longest.put(TextLimit.WORK_LANGUAGE_CODE, "EN");
        longest.put(TextLimit.WORK_VERSION_TYPE, "MOD");
        longest.put(TextLimit.TITLE_DETAIL_TITLE_TYPE, "AT");
        longest.put(TextLimit.TITLE_DETAIL_LANGUAGE_CODE, "EN");
        longest.put(
                TextLimit.RIGHT_OWNERSHIP_PARTY_KIND, longestName(org.rightstracker.core.work.RightHolderKind.class));
        longest.put(TextLimit.ACK_TRANSACTION_TYPE, "NWR");
        longest.put(TextLimit.ACK_STATUS, "RA");
        longest.put(TextLimit.RECORDING_ISRC, "USPR37300012");
        String sha256 = "0".repeat(64);
        longest.put(TextLimit.DOCUMENT_SHA256, sha256);
        longest.put(TextLimit.REVISION_SHA256, sha256);
        longest.put(TextLimit.SIGN_OFF_SHA256, sha256);
        // 32 random bytes in base64url without padding.
        longest.put(TextLimit.USER_CALENDAR_TOKEN, "x".repeat(43));
        longest.put(TextLimit.STORED_FILE_SHA256, sha256);
        longest.put(TextLimit.STORED_FILE_CHUNK_SHA256, sha256);
        String longestArea = Arrays.stream(org.rightstracker.core.files.FileArea.values())
                .map(org.rightstracker.core.files.FileArea::folder)
                .max(java.util.Comparator.comparingInt(String::length))
                .orElseThrow();
        longest.put(TextLimit.STORED_FILE_AREA, longestArea);
        longest.put(TextLimit.STORED_FILE_CHUNK_AREA, longestArea);
        longest.put(TextLimit.DOCUMENT_CONTENT_TYPE, "x".repeat(TextLimit.DOCUMENT_CONTENT_TYPE.max()));
        longest.put(TextLimit.MECHANICAL_RATE_MODEL, longestName(org.rightstracker.core.album.engine.RateModel.class));
        longest.put(TextLimit.MECHANICAL_RATE_CURRENCY, currency);
        longest.put(TextLimit.ALBUM_GTIN, "4006381333931");
        longest.put(TextLimit.ALBUM_DEALER_PRICE_CURRENCY, currency);
        longest.put(TextLimit.ALBUM_RIGHT_KIND, longestName(org.rightstracker.core.album.engine.AlbumRightKind.class));
        longest.put(
                TextLimit.ALBUM_RIGHT_STATUS, longestName(org.rightstracker.core.album.engine.AlbumRightStatus.class));
        longest.put(
                TextLimit.ALBUM_RIGHT_FEE_MODEL, longestName(org.rightstracker.core.album.engine.MasterFeeModel.class));
        longest.put(TextLimit.ALBUM_RIGHT_FEE_CURRENCY, currency);

        assertThat(longest.entrySet().stream()
                        .filter(e -> !e.getKey().fits(e.getValue()))
                        .map(e -> e.getKey() + " cannot hold " + e.getValue().length() + " characters")
                        .toList())
                .isEmpty();
        // Code columns of the web module (user role, password hash, job names, entity types) are
        // written from values checked there; every other code column is listed above.
        Set<TextLimit> checkedElsewhere = EnumSet.of(
                TextLimit.USER_PASSWORD_HASH, TextLimit.USER_ROLE, TextLimit.JOB_RUN_JOB, TextLimit.AUDIT_ENTITY_TYPE);
        assertThat(Arrays.stream(TextLimit.values())
                        .filter(l -> l.source() == TextLimit.Source.CODE)
                        .filter(l -> !longest.containsKey(l) && !checkedElsewhere.contains(l)))
                .as("code columns whose longest value this test does not know")
                .isEmpty();
    }

    private static String everyTerritory() {
        String regions = Territory.regions().stream().map(Territory::code).collect(Collectors.joining(" "));
        String countries = String.join(" ", Locale.getISOCountries());
        return TerritoryScope.parse(regions + " " + countries, "").includedCode();
    }

    private static <E extends Enum<E>> String longestName(Class<E> type) {
        return Stream.of(type.getEnumConstants()).map(Enum::name).reduce("", (a, b) -> b.length() > a.length() ? b : a);
    }

    private Map<String, StoredColumn> columns() throws SQLException {
        Map<String, StoredColumn> columns = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            try (ResultSet rows = metadata.getColumns(null, connection.getSchema(), "%", "%")) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (NOT_OURS.contains(table)) {
                        continue;
                    }
                    StoredColumn column = new StoredColumn(
                            table,
                            rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                            rows.getInt("DATA_TYPE"),
                            rows.getInt("COLUMN_SIZE"),
                            rows.getInt("DECIMAL_DIGITS"));
                    columns.put(key(column.table(), column.column()), column);
                }
            }
        }
        assertThat(columns).as("columns read from the schema").containsKey("cue.number");
        return columns;
    }

    private static BigDecimal largest(StoredColumn numeric) {
        return BigDecimal.TEN
                .pow(numeric.size() - numeric.decimals())
                .subtract(BigDecimal.ONE.movePointLeft(numeric.decimals()));
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }

    private static boolean isText(int type) {
        return type == Types.VARCHAR || type == Types.NVARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR;
    }

    private static boolean isDecimal(int type) {
        return type == Types.NUMERIC || type == Types.DECIMAL;
    }
}
